package dev.fuselage.io.pcd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.cloud.Viewpoint;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import dev.fuselage.io.kitti.KittiBinFormat;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Write, read back, compare: every encoding, every column type, organized grids, origins. */
class PcdRoundTripTest {
    private final PcdFormat pcd = new PcdFormat();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary", "binary_compressed"})
    void kittiScanSurvivesEveryEncodingBitForBit(String encoding) throws IOException {
        PointCloud bin = new KittiBinFormat().read(TestData.file("kitti/object/testing/velodyne/000000.bin"));
        Path file = dir.resolve("scan.pcd");
        PointCloudIO.write(bin, file, WriteOptions.encoding(encoding));
        PointCloud back = pcd.read(file);
        PcdKittiTest.assertSameFloats(bin, back);
        assertEquals(encoding, back.metadata().get("pcd.encoding"));
        assertTrue(back.warnings().isEmpty(), back.warnings().toString());
    }

    @Test
    void defaultEncodingIsBinary() throws IOException {
        Path file = dir.resolve("default.pcd");
        pcd.write(mixedCloud(), file, WriteOptions.DEFAULT);
        assertTrue(headerText(file).contains("\nDATA binary\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary", "binary_compressed"})
    void mixedTypesOrganizedGridAndViewpointRoundTrip(String encoding) throws IOException {
        PointCloud cloud = mixedCloud();
        Path file = dir.resolve("mixed.pcd");
        pcd.write(cloud, file, WriteOptions.encoding(encoding));
        PointCloud back = pcd.read(file);
        assertSameCloud(cloud, back);
        assertEquals(cloud.invalidCount(), back.invalidCount());
        assertTrue(back.invalidCount() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary", "binary_compressed"})
    void floatPackedRgbIsWrittenBackAsTypeF(String encoding) throws IOException {
        PointCloud logo = pcd.read(TestData.file("pcd/pcl/pcl_logo.pcd"));
        Path file = dir.resolve("logo.pcd");
        pcd.write(logo, file, WriteOptions.encoding(encoding));
        assertTrue(headerText(file).contains("\nTYPE F F F F\n"), headerText(file));
        PointCloud back = pcd.read(file);
        assertEquals("F4", back.metadata().get("pcd.type.rgb"));
        assertSameCloud(logo, back);
    }

    @Test
    void asciiWritesPackedRgbAsUnsignedLikePcl() throws IOException {
        PointCloud logo = pcd.read(TestData.file("pcd/pcl/pcl_logo.pcd"));
        Path file = dir.resolve("logo.pcd");
        pcd.write(logo, file, WriteOptions.encoding("ascii"));
        assertTrue(headerText(file).contains("\nTYPE F F F U\n"), headerText(file));
        assertSameCloud(logo, pcd.read(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary", "binary_compressed"})
    void georeferencedCloudIsWrittenAsDoublesAndKeepsItsPrecision(String encoding) throws IOException {
        PointCloud autzen = pcd.read(TestData.file("pcd/pdal/autzen-utm.pcd"));
        Path file = dir.resolve("autzen.pcd");
        pcd.write(autzen, file, WriteOptions.encoding(encoding));
        assertTrue(headerText(file).contains("\nSIZE 8 8 8 "), headerText(file));
        PointCloud back = pcd.read(file);
        assertEquals(autzen.originX(), back.originX());
        assertEquals(autzen.originY(), back.originY());
        assertSameCloud(autzen, back);
    }

    @Test
    void cloudWithAnOriginButNoPcdHistoryGetsDoubles() throws IOException {
        PointCloud c = new PointCloud(new float[] {0.25f, -1.5f}, new float[] {2f, 3f}, new float[] {0f, 1f});
        c.setOrigin(500_000, 4_000_000, 0);
        Path file = dir.resolve("shifted.pcd");
        pcd.write(c, file, WriteOptions.DEFAULT);
        PointCloud back = pcd.read(file);
        for (int i = 0; i < 2; i++) {
            assertEquals(c.worldX(i), back.worldX(i));
            assertEquals(c.worldY(i), back.worldY(i));
            assertEquals(c.worldZ(i), back.worldZ(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary", "binary_compressed"})
    void emptyCloudRoundTrips(String encoding) throws IOException {
        Path file = dir.resolve("empty.pcd");
        PointCloud empty = new PointCloud(0);
        empty.addColumn(StandardAttributes.INTENSITY, ScalarType.FLOAT32, 1);
        pcd.write(empty, file, WriteOptions.encoding(encoding));
        PointCloud back = pcd.read(file);
        assertEquals(0, back.size());
        assertEquals(1, back.columns().size());
    }

    /** Every float bit pattern class through ascii text: the shortest repr must parse back to the same bits. */
    @Test
    void asciiFloatsRoundTripExactly() throws IOException {
        int n = 200_000;
        SplittableRandom rnd = new SplittableRandom(7);
        PointCloud c = new PointCloud(n);
        float[] v = c.addColumn("v", ScalarType.FLOAT32, 1).floats();
        double[] d = c.addColumn("d", ScalarType.FLOAT64, 1).doubles();
        for (int i = 0; i < n; i++) {
            float f = switch (i % 4) {
                case 0 -> Float.intBitsToFloat(rnd.nextInt()); // any pattern: subnormals, huge, NaN
                case 1 -> (float) rnd.nextDouble(-200, 200);
                case 2 -> Math.round(rnd.nextDouble(-1e5, 1e5)) / 1000f;
                default -> (float) (rnd.nextDouble() * Math.pow(10, rnd.nextInt(-40, 39)));
            };
            v[i] = Float.isNaN(f) ? 1f : f;
            d[i] = i % 2 == 0 ? Double.longBitsToDouble(rnd.nextLong()) : rnd.nextDouble(-1e7, 1e7);
            if (Double.isNaN(d[i])) {
                d[i] = -0.0;
            }
            c.x()[i] = (float) rnd.nextDouble(-100, 100);
        }
        Path file = dir.resolve("floats.pcd");
        pcd.write(c, file, WriteOptions.encoding("ascii"));
        assertSameCloud(c, pcd.read(file));
    }

    /** 7 x 9 organized cloud with one column of every integer width, float64, a COUNT 3 column and NaN points. */
    static PointCloud mixedCloud() {
        int w = 7, h = 9, n = w * h;
        SplittableRandom rnd = new SplittableRandom(42);
        PointCloud c = new PointCloud(n);
        c.setOrganized(w, h);
        c.setViewpoint(new Viewpoint(1.5, -2, 0.25, 0.7071067811865476, 0, 0.7071067811865476, 0));
        AttributeColumn label = c.addColumn("label", ScalarType.UINT8, 1);
        AttributeColumn temp = c.addColumn("temperature", ScalarType.INT16, 1);
        AttributeColumn rgb = c.addColumn(StandardAttributes.RGB, ScalarType.UINT32, 1);
        AttributeColumn time = c.addColumn(StandardAttributes.TIME, ScalarType.FLOAT64, 1);
        AttributeColumn normal = c.addColumn("normal", ScalarType.FLOAT32, 3);
        AttributeColumn offset = c.addColumn("offset", ScalarType.INT8, 1);
        AttributeColumn ring = c.addColumn(StandardAttributes.RING, ScalarType.UINT16, 1);
        AttributeColumn id = c.addColumn("id", ScalarType.INT64, 1);
        AttributeColumn hash = c.addColumn("hash", ScalarType.UINT64, 2);
        AttributeColumn count = c.addColumn("count", ScalarType.INT32, 1);
        for (int i = 0; i < n; i++) {
            boolean invalid = i % 10 == 3;
            c.x()[i] = invalid ? Float.NaN : (float) rnd.nextDouble(-50, 50);
            c.y()[i] = invalid ? Float.NaN : (float) rnd.nextDouble(-50, 50);
            c.z()[i] = invalid ? Float.NaN : (float) rnd.nextDouble(-3, 10);
            label.setLong(i, 0, i == 0 ? 255 : rnd.nextInt(256));
            temp.setLong(i, 0, i == 1 ? Short.MIN_VALUE : rnd.nextInt(-30000, 30000));
            rgb.setLong(i, 0, i == 2 ? 0xFFFFFFFFL : rnd.nextLong(0, 1L << 32));
            time.setDouble(i, 1.6e9 + rnd.nextDouble());
            for (int k = 0; k < 3; k++) {
                normal.setDouble(i, k, rnd.nextDouble(-1, 1));
            }
            offset.setLong(i, 0, i == 3 ? -128 : rnd.nextInt(-128, 128));
            ring.setLong(i, 0, i == 4 ? 65535 : rnd.nextInt(128));
            id.setLong(i, 0, i == 5 ? Long.MIN_VALUE : rnd.nextLong());
            hash.setLong(i, 0, i == 6 ? -1L : rnd.nextLong());
            hash.setLong(i, 1, rnd.nextLong());
            count.setLong(i, 0, i == 7 ? Integer.MIN_VALUE : rnd.nextInt());
        }
        return c;
    }

    /** Same size, grid, viewpoint, world positions and columns (names, types, components, values bit for bit). */
    static void assertSameCloud(PointCloud expected, PointCloud actual) {
        assertSameCloud(expected, actual, 0);
    }

    /** As {@link #assertSameCloud(PointCloud, PointCloud)} with the viewpoint compared within a tolerance. */
    static void assertSameCloud(PointCloud expected, PointCloud actual, double viewpointTolerance) {
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.isOrganized(), actual.isOrganized());
        if (expected.isOrganized()) {
            assertEquals(expected.width(), actual.width());
            assertEquals(expected.height(), actual.height());
        }
        if (viewpointTolerance == 0) {
            assertEquals(expected.viewpoint(), actual.viewpoint());
        } else {
            Viewpoint e = expected.viewpoint(), a = actual.viewpoint();
            assertArrayEquals(new double[] {e.tx(), e.ty(), e.tz(), e.qw(), e.qx(), e.qy(), e.qz()},
                    new double[] {a.tx(), a.ty(), a.tz(), a.qw(), a.qx(), a.qy(), a.qz()}, viewpointTolerance);
        }
        assertEquals(expected.invalidPoints(), actual.invalidPoints());
        for (int i = 0; i < expected.size(); i++) {
            if (expected.isValid(i)) {
                assertEquals(expected.worldX(i), actual.worldX(i), "x " + i);
                assertEquals(expected.worldY(i), actual.worldY(i), "y " + i);
                assertEquals(expected.worldZ(i), actual.worldZ(i), "z " + i);
            }
        }
        assertEquals(expected.columns().size(), actual.columns().size(), actual.columns().toString());
        for (AttributeColumn e : expected.columns()) {
            AttributeColumn a = actual.column(e.name()).orElseThrow(() -> new AssertionError("no column " + e.name()));
            assertEquals(e.toString(), a.toString());
            assertValuesEqual(e, a);
        }
    }

    private static void assertValuesEqual(AttributeColumn e, AttributeColumn a) {
        switch (e.type()) {
            case FLOAT32 -> {
                float[] x = e.floats(), y = a.floats();
                for (int i = 0; i < x.length; i++) {
                    assertEquals(Float.floatToIntBits(x[i]), Float.floatToIntBits(y[i]), e.name() + " " + i);
                }
            }
            case FLOAT64 -> {
                double[] x = e.doubles(), y = a.doubles();
                for (int i = 0; i < x.length; i++) {
                    assertEquals(Double.doubleToLongBits(x[i]), Double.doubleToLongBits(y[i]), e.name() + " " + i);
                }
            }
            case INT8, UINT8 -> assertArrayEquals(e.bytes(), a.bytes(), e.name());
            case INT16, UINT16 -> assertArrayEquals(e.shorts(), a.shorts(), e.name());
            case INT32, UINT32 -> assertArrayEquals(e.ints(), a.ints(), e.name());
            case INT64, UINT64 -> assertArrayEquals(e.longs(), a.longs(), e.name());
        }
    }

    static String headerText(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        String s = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1);
        return s.substring(0, s.indexOf("\nDATA ") + s.substring(s.indexOf("\nDATA ") + 1).indexOf('\n') + 2);
    }
}
