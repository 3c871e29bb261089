package dev.fuselage.io.ply;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.kitti.KittiBinFormat;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the real PLY files of PCL, PDAL and the KITTI conversions in the shared test data. */
class PlyRealDataTest {
    private final PlyFormat ply = new PlyFormat();

    @ParameterizedTest
    @ValueSource(strings = {"ply/pcl/cube.ply", "ply/pdal/simple_binary.ply", "ply/pdal/simple_text.ply",
            "ply/pdal/text_extradim.ply", "ply/pdal/sized_dims.ply", "ply/pdal/unsized_dims.ply", "ply/pdal/mesh.ply",
            "ply/kitti-testing-000000-ascii.ply", "ply/kitti-testing-000000-binary.ply"})
    void readsTheHeadersVertexCount(String relative) throws IOException {
        Path file = TestData.file(relative);
        PointCloud cloud = ply.read(file);
        assertEquals(declaredVertices(file), cloud.size(), relative);
        assertEquals("ply", cloud.metadata().get("format"));
        assertEquals(0, cloud.invalidCount());
        // through the registry too: the extension picks this format
        assertEquals(cloud.size(), PointCloudIO.read(file).size());
    }

    /** The vertex count as the header text states it, found without the reader under test. */
    private static long declaredVertices(Path file) throws IOException {
        byte[] head = new byte[(int) Math.min(Files.size(file), 2048)];
        try (var in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        }
        Matcher m = Pattern.compile("element vertex (\\d+)").matcher(new String(head, StandardCharsets.ISO_8859_1));
        assertTrue(m.find(), "fixture declares a vertex element");
        return Long.parseLong(m.group(1));
    }

    @Test
    void noVertexFixtureIsRejected() {
        Path file = TestData.file("ply/pdal/no_vertex.ply");
        FormatException e = assertThrows(FormatException.class, () -> ply.read(file));
        assertTrue(e.getMessage().startsWith("no_vertex.ply: "), e.getMessage());
        assertTrue(e.getMessage().contains("no vertex element"), e.getMessage());
    }

    @Test
    void textExtradimKeepsEveryPropertyWithItsType() throws IOException {
        PointCloud cloud = ply.read(TestData.file("ply/pdal/text_extradim.ply"));
        assertEquals(List.of("nx:float32", "ny:float32", "nz:float32", "red:uint8", "green:uint8", "blue:int8",
                "alpha:uint8", "omg:int32"), cloud.columns().stream().map(AttributeColumn::toString).toList());
        assertEquals(-2.64944f, cloud.x()[0]);
        assertEquals(-13.0955f, cloud.y()[0]);
        assertEquals(0.00640115f, cloud.z()[0]);
        assertEquals(-0.0237552f, cloud.column("nx").orElseThrow().floats()[0]);
        assertEquals(0.999665f, cloud.column("nz").orElseThrow().floats()[0]);
        assertEquals(63, cloud.column("red").orElseThrow().getLong(0));
        assertEquals(200, cloud.column("green").orElseThrow().getLong(0));
        assertEquals(64, cloud.column("blue").orElseThrow().getLong(0));
        assertEquals(255, cloud.column("alpha").orElseThrow().getLong(0));
        assertEquals(1234, cloud.column("omg").orElseThrow().getLong(0));
        assertTrue(cloud.metadata().get("ply.comments").contains("VCGLIB generated"));
    }

    @Test
    void sizedTypeNames() throws IOException {
        PointCloud cloud = ply.read(TestData.file("ply/pdal/sized_dims.ply"));
        // x int8, y uint16 are positions; j int32 and i float64 are columns in file order
        assertEquals(List.of("j:int32", "i:float64"), cloud.columns().stream().map(AttributeColumn::toString).toList());
        assertEquals(1.0, cloud.worldX(0));
        assertEquals(12346.0, cloud.worldY(0));
        assertEquals(0.0, cloud.worldZ(0));
        assertEquals(12345, cloud.column("j").orElseThrow().getLong(0));
        assertEquals(1234567890.0, cloud.column("i").orElseThrow().getDouble(0));
        assertTrue(cloud.warnings().stream().anyMatch(w -> w.contains("no z property")), cloud.warnings().toString());
    }

    @Test
    void unsizedTypeNamesInPropertyOrderYXIJ() throws IOException {
        PointCloud cloud = ply.read(TestData.file("ply/pdal/unsized_dims.ply"));
        assertEquals(List.of("i:float64", "j:int32"), cloud.columns().stream().map(AttributeColumn::toString).toList());
        assertEquals(1.0, cloud.worldX(0));
        assertEquals(12346.0, cloud.worldY(0));
        assertEquals(1234567890.0, cloud.column("i").orElseThrow().getDouble(0));
        assertEquals(12345, cloud.column("j").orElseThrow().getLong(0));
    }

    @Test
    void meshFacesAreSkipped() throws IOException {
        PointCloud cloud = ply.read(TestData.file("ply/pdal/mesh.ply"));
        assertEquals(4, cloud.size());
        assertTrue(cloud.columns().isEmpty());
        assertFalse(cloud.hasOrigin(), "small float64 coordinates keep origin 0");
        assertArrayEquals(new float[] {1, 2, 1, 2}, cloud.x());
        assertArrayEquals(new float[] {1, 1, 2, 2}, cloud.y());
        assertArrayEquals(new float[] {0, 0, 0, 2}, cloud.z());
    }

    @Test
    void cubeWithBinaryFacesAfterTheVertices() throws IOException {
        PointCloud cloud = ply.read(TestData.file("ply/pcl/cube.ply"));
        assertEquals(24, cloud.size());
        for (int i = 0; i < cloud.size(); i++) {
            assertEquals(1f, Math.abs(cloud.x()[i]));
            assertEquals(1f, Math.abs(cloud.y()[i]));
            assertEquals(1f, Math.abs(cloud.z()[i]));
        }
        assertTrue(cloud.warnings().isEmpty(), cloud.warnings().toString());
    }

    @Test
    void pdalSimpleTextWithTrailingBlanksEqualsSimpleBinary() throws IOException {
        PointCloud text = ply.read(TestData.file("ply/pdal/simple_text.ply"));
        PointCloud bin = ply.read(TestData.file("ply/pdal/simple_binary.ply"));
        assertArrayEquals(new float[] {-1, 0, 1}, text.x());
        assertArrayEquals(new float[] {0, 1, 0}, text.y());
        assertArrayEquals(new float[] {0, 0, 0}, text.z());
        assertArrayEquals(text.x(), bin.x());
        assertArrayEquals(text.y(), bin.y());
        assertArrayEquals(text.z(), bin.z());
        assertEquals("Generated by CloudCompare!", bin.metadata().get("ply.obj_info"));
        assertEquals("binary_little_endian", bin.metadata().get("ply.encoding"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ply/kitti-testing-000000-ascii.ply", "ply/kitti-testing-000000-binary.ply"})
    void kittiConversionsHoldExactlyTheBinPoints(String relative) throws IOException {
        PointCloud expected = new KittiBinFormat().read(TestData.file("kitti/object/testing/velodyne/000000.bin"));
        PointCloud actual = ply.read(TestData.file(relative));
        assertBitwiseEqual(expected, actual);
        // the binary file's camera element after the vertices is accounted for to the byte: no warning
        assertTrue(actual.warnings().isEmpty(), actual.warnings().toString());
        assertEquals(List.of("intensity:float32"), actual.columns().stream().map(AttributeColumn::toString).toList());
    }

    /** x, y, z and intensity float bits equal, point by point, in order. */
    static void assertBitwiseEqual(PointCloud expected, PointCloud actual) {
        assertEquals(expected.size(), actual.size());
        assertFalse(actual.hasOrigin());
        float[] ei = expected.column("intensity").orElseThrow().floats();
        AttributeColumn ai = actual.column("intensity").orElseThrow();
        assertEquals(ScalarType.FLOAT32, ai.type());
        for (int i = 0; i < expected.size(); i++) {
            if (Float.floatToRawIntBits(expected.x()[i]) != Float.floatToRawIntBits(actual.x()[i])
                    || Float.floatToRawIntBits(expected.y()[i]) != Float.floatToRawIntBits(actual.y()[i])
                    || Float.floatToRawIntBits(expected.z()[i]) != Float.floatToRawIntBits(actual.z()[i])
                    || Float.floatToRawIntBits(ei[i]) != Float.floatToRawIntBits(ai.floats()[i])) {
                throw new AssertionError("point " + i + " differs: expected (" + expected.x()[i] + ", "
                        + expected.y()[i] + ", " + expected.z()[i] + ", " + ei[i] + ") got (" + actual.x()[i] + ", "
                        + actual.y()[i] + ", " + actual.z()[i] + ", " + ai.floats()[i] + ")");
            }
        }
    }

    @Test
    void sniffedWithoutTheExtension(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("cloud.dat");
        Files.copy(TestData.file("ply/pdal/simple_text.ply"), copy);
        assertEquals("ply", PointCloudIO.detect(copy).name());
        assertEquals(3, PointCloudIO.read(copy).size());
    }

    @Test
    void sniffAcceptsLfCrlfAndBlankOnly() {
        assertTrue(ply.sniff("ply\nformat".getBytes(StandardCharsets.US_ASCII), 10));
        assertTrue(ply.sniff("ply\r\nformat".getBytes(StandardCharsets.US_ASCII), 11));
        assertTrue(ply.sniff("ply \nformat".getBytes(StandardCharsets.US_ASCII), 11));
        assertFalse(ply.sniff("plyx\n".getBytes(StandardCharsets.US_ASCII), 5));
        assertFalse(ply.sniff("ply\r".getBytes(StandardCharsets.US_ASCII), 4));
        assertFalse(ply.sniff("# .PCD v0.7".getBytes(StandardCharsets.US_ASCII), 11));
    }
}
