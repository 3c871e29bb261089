package dev.fuselage.io.pcd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.Bounds;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.cloud.Viewpoint;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real PCD fixture in the shared data reads; field mapping is checked against the raw bytes and against
 * other formats holding the same points.
 */
class PcdFixturesTest {
    /** Fixtures the manifest marks BROKEN: they must fail, see {@link #missingHeaderIsRejected()}. */
    private static final Set<String> BROKEN = Set.of("missingheader.pcd");

    private final PcdFormat pcd = new PcdFormat();

    static Stream<Path> fixtures() throws IOException {
        List<Path> all;
        try (Stream<Path> a = Files.walk(TestData.file("pcd"));
                Stream<Path> b = Files.walk(TestData.file("sustech/lidar"))) {
            all = Stream.concat(a, b).filter(p -> p.toString().endsWith(".pcd"))
                    .filter(p -> !BROKEN.contains(p.getFileName().toString())).sorted().collect(Collectors.toList());
        }
        assertTrue(all.size() >= 18, "expected the manifest's PCD fixtures, found " + all);
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureReadsWithTheHeadersPointCount(Path file) throws IOException {
        PointCloud cloud = PointCloudIO.read(file); // through the registry: extension -> PcdFormat
        assertEquals(headerNumber(file, "POINTS"), cloud.size(), file.toString());
        long height = headerNumber(file, "HEIGHT");
        assertEquals(height > 1, cloud.isOrganized());
        if (height > 1) {
            assertEquals(headerNumber(file, "WIDTH"), cloud.width());
            assertEquals(height, cloud.height());
        } else {
            assertEquals(0, cloud.invalidCount(), "unorganized clouds hold only finite points");
        }
        assertFalse(cloud.bounds().isEmpty());
        assertEquals("pcd", cloud.metadata().get("format"));
    }

    @Test
    void bun0KeepsNormalsAndCurvatureAsFloatColumns() throws IOException {
        PointCloud c = pcd.read(TestData.file("pcd/pcl/bun0.pcd"));
        assertEquals(397, c.size());
        assertEquals(List.of("normal_x:float32", "normal_y:float32", "normal_z:float32", "curvature:float32"),
                c.columns().stream().map(AttributeColumn::toString).collect(Collectors.toList()));
        // first data line: 0.0054215998 0.11349 0.040748999 -0.16884723 -0.45159745 -0.87609947 0.0030943851
        assertEquals(Float.parseFloat("0.0054215998"), c.x()[0]);
        assertEquals(Float.parseFloat("0.040748999"), c.z()[0]);
        assertEquals(Float.parseFloat("-0.87609947"), c.column("normal_z").orElseThrow().floats()[0]);
        assertEquals(Viewpoint.IDENTITY, c.viewpoint());
        assertEquals("ascii", c.metadata().get("pcd.encoding"));
    }

    @Test
    void coloredCloudKeepsUint32RgbAndItsColumnGrid() throws IOException {
        Path file = TestData.file("pcd/pcl/colored_cloud.pcd");
        PointCloud c = pcd.read(file);
        AttributeColumn rgb = c.column(StandardAttributes.RGB).orElseThrow();
        assertEquals(ScalarType.UINT32, rgb.type());
        assertEquals(1, c.width());
        assertEquals(1000, c.height());
        assertFalse(c.metadata().containsKey("pcd.type.rgb"), "TYPE U needs no note");
        ByteBuffer raw = rawData(file);
        int step = 32; // x y z rgb normal_x normal_y normal_z curvature, 4 bytes each
        for (int i : new int[] {0, 1, 499, 999}) {
            assertEquals(raw.getInt(i * step + 12), rgb.ints()[i], "rgb of point " + i);
            assertEquals(raw.getFloat(i * step + 28), c.column("curvature").orElseThrow().floats()[i]);
        }
    }

    @Test
    void pclLogoKeepsFloatPackedRgbBitsAndNotesTheType() throws IOException {
        PointCloud c = pcd.read(TestData.file("pcd/pcl/pcl_logo.pcd"));
        assertEquals(12909, c.size());
        AttributeColumn rgb = c.column(StandardAttributes.RGB).orElseThrow();
        assertEquals(ScalarType.UINT32, rgb.type());
        assertEquals("F4", c.metadata().get("pcd.type.rgb"));
        // PCL 1.13's pcl_convert_pcd_ascii_binary prints this value for the first point's rgb
        assertEquals(1249935488L, rgb.getLong(0));
        assertEquals(new Viewpoint(0, 0, -2, 0, 1, 0, 0), c.viewpoint());
        assertEquals("binary_compressed", c.metadata().get("pcd.encoding"));
    }

    @Test
    void milkColorHasRgba() throws IOException {
        PointCloud c = pcd.read(TestData.file("pcd/pcl/milk_color.pcd"));
        assertEquals(13704, c.size());
        assertEquals(List.of("rgba:uint32"), c.columns().stream().map(AttributeColumn::toString).toList());
    }

    @Test
    void tableSceneIsOrganizedWithInvalidPointsKeptInPlace() throws IOException {
        PointCloud c = pcd.read(TestData.file("pcd/pcl/table_scene_mug_stereo_textured.pcd"));
        assertEquals(307200, c.size());
        assertEquals(640, c.width());
        assertEquals(480, c.height());
        int invalid = c.invalidCount();
        assertTrue(invalid > 0 && invalid < c.size(), "invalid points: " + invalid);
        int first = c.invalidPoints().nextSetBit(0);
        assertTrue(Float.isNaN(c.x()[first]));
        assertFalse(c.isValid(first));
        Bounds b = c.bounds();
        assertTrue(Double.isFinite(b.minX()) && Double.isFinite(b.maxZ()) && !b.isEmpty());
    }

    /**
     * PDAL's autzen-utm.pcd holds simple.las's points reprojected from Oregon State Plane (international feet) to
     * UTM 10N (metres): heights are the LAS ones times 0.3048, horizontal distances between points scale by 0.3048
     * (conformal projections, scale factors within 0.1%), and the attributes are the same point for point.
     */
    @Test
    void autzenDoublesAreTheSameSurveysLasPoints() throws IOException {
        PointCloud c = pcd.read(TestData.file("pcd/pdal/autzen-utm.pcd"));
        LasPoints las = LasPoints.read(TestData.file("las/simple.las"));
        assertEquals(las.count, c.size());
        assertEquals("F8", c.metadata().get("pcd.type.x"));
        assertTrue(Math.abs(c.originX()) > 1e5 && Math.abs(c.originY()) > 1e6, "UTM cloud gets an origin");
        assertEquals(0, c.originZ(), "heights of ~130 m need no origin");
        AttributeColumn intensity = c.column(StandardAttributes.INTENSITY).orElseThrow();
        assertEquals(ScalarType.UINT16, intensity.type(), "PDAL's Intensity keeps its U2 type");
        AttributeColumn gps = c.column("GpsTime").orElseThrow();
        AttributeColumn red = c.column("Red").orElseThrow();
        double feet = 0.3048;
        for (int i = 0; i < c.size(); i++) {
            assertEquals(las.z(i) * feet, c.worldZ(i), 0.01, "height of point " + i);
            assertEquals(las.intensity(i), intensity.getLong(i));
            assertEquals(las.gpsTime(i), gps.getDouble(i));
            assertEquals(las.red(i), red.getLong(i));
            if (i > 0) {
                double lasDistance = Math.hypot(las.x(i) - las.x(0), las.y(i) - las.y(0)) * feet;
                double pcdDistance = Math.hypot(c.worldX(i) - c.worldX(0), c.worldY(i) - c.worldY(0));
                assertEquals(lasDistance, pcdDistance, 0.001 * lasDistance + 0.01, "distance to point " + i);
            }
        }
        // the first point as PCL 1.13 prints it (7 significant digits)
        assertEquals(494428.6, c.worldX(0), 0.05);
        assertEquals(4877456, c.worldY(0), 0.5);
    }

    @Test
    void utmTextReadsTheSameWithSpacesTabsOrCommas() throws IOException {
        PointCloud space = pcd.read(TestData.file("pcd/pdal/utm17_space.pcd"));
        PointCloud tab = pcd.read(TestData.file("pcd/pdal/utm17_tab.pcd"));
        PointCloud comma = pcd.read(TestData.file("pcd/pdal/utm17_comma.pcd"));
        assertEquals(10, space.size());
        assertEquals(Float.parseFloat("289814.15"), space.x()[0]);
        assertEquals(Float.parseFloat("170.58"), space.z()[9]);
        for (PointCloud other : List.of(tab, comma)) {
            assertArrayEquals(space.x(), other.x());
            assertArrayEquals(space.y(), other.y());
            assertArrayEquals(space.z(), other.z());
        }
    }

    @Test
    void sustechReadsByItsHeaderAndWarnsAboutTrailingBytes() throws IOException {
        for (String name : List.of("000950", "000965", "000970")) {
            Path file = TestData.file("sustech/lidar/" + name + ".pcd");
            PointCloud c = pcd.read(file);
            assertEquals(headerNumber(file, "POINTS"), c.size());
            assertEquals(List.of("intensity:float32", "timestamp:float64", "ring:uint16"),
                    c.columns().stream().map(AttributeColumn::toString).toList());
            assertTrue(c.warnings().stream().anyMatch(w -> w.contains("3848 bytes")), c.warnings().toString());
            ByteBuffer raw = rawData(file);
            float[] intensity = c.column(StandardAttributes.INTENSITY).orElseThrow().floats();
            for (int i = 0; i < c.size(); i += 997) {
                int at = i * 48; // true layout: x y z @0,4,8, intensity @16
                assertEquals(raw.getFloat(at), c.x()[i]);
                assertEquals(raw.getFloat(at + 4), c.y()[i]);
                assertEquals(raw.getFloat(at + 8), c.z()[i]);
                assertEquals(raw.getFloat(at + 16), intensity[i]);
            }
        }
    }

    @Test
    void missingHeaderIsRejected() {
        FormatException e = assertThrows(FormatException.class,
                () -> pcd.read(TestData.file("pcd/pdal/missingheader.pcd")));
        assertTrue(e.getMessage().startsWith("missingheader.pcd: not a PCD file"), e.getMessage());
    }

    @Test
    void sniffsHeadersButNotOtherFiles() throws IOException {
        for (String f : List.of("pcd/pcl/bunny.pcd", "pcd/pdal/autzen-utm.pcd", "sustech/lidar/000950.pcd")) {
            byte[] head = Files.readAllBytes(TestData.file(f));
            assertTrue(pcd.sniff(head, Math.min(64, head.length)), f);
        }
        byte[] ply = Files.readAllBytes(TestData.file("ply/pcl/cube.ply"));
        assertFalse(pcd.sniff(ply, 64));
        byte[] broken = Files.readAllBytes(TestData.file("pcd/pdal/missingheader.pcd"));
        assertFalse(pcd.sniff(broken, 64));
    }

    /** A header value read independently of the reader under test. */
    static long headerNumber(Path file, String key) throws IOException {
        for (String line : headerLines(file)) {
            if (line.startsWith(key + " ")) {
                return Long.parseLong(line.substring(key.length() + 1).trim());
            }
        }
        throw new AssertionError(key + " missing in " + file);
    }

    private static List<String> headerLines(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        String head = new String(all, 0, Math.min(all.length, 4096), StandardCharsets.ISO_8859_1);
        return head.lines().takeWhile(l -> !l.startsWith("DATA")).toList();
    }

    /** The bytes after the DATA line, little-endian. */
    static ByteBuffer rawData(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        String head = new String(all, 0, Math.min(all.length, 4096), StandardCharsets.ISO_8859_1);
        int data = head.indexOf('\n', head.indexOf("\nDATA ") + 1) + 1;
        return ByteBuffer.wrap(all, data, all.length - data).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Just enough of LAS 1.2 point format 3 to cross-check PDAL's PCD export of the same survey. */
    private record LasPoints(ByteBuffer points, int count, int recordLength, double[] scale, double[] offset) {
        static LasPoints read(Path file) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(3, b.get(104), "point format");
            int data = b.getInt(96);
            double[] scale = {b.getDouble(131), b.getDouble(139), b.getDouble(147)};
            double[] offset = {b.getDouble(155), b.getDouble(163), b.getDouble(171)};
            ByteBuffer points = b.position(data).slice().order(ByteOrder.LITTLE_ENDIAN);
            LasPoints las = new LasPoints(points, b.getInt(107), b.getShort(105) & 0xFFFF, scale, offset);
            assertNotNull(las.points);
            return las;
        }

        double x(int i) {
            return points.getInt(i * recordLength) * scale[0] + offset[0];
        }

        double y(int i) {
            return points.getInt(i * recordLength + 4) * scale[1] + offset[1];
        }

        double z(int i) {
            return points.getInt(i * recordLength + 8) * scale[2] + offset[2];
        }

        int intensity(int i) {
            return points.getShort(i * recordLength + 12) & 0xFFFF;
        }

        double gpsTime(int i) {
            return points.getDouble(i * recordLength + 20);
        }

        int red(int i) {
            return points.getShort(i * recordLength + 28) & 0xFFFF;
        }
    }
}
