package dev.fuselage.io.pcd;

import static dev.fuselage.io.pcd.PcdBadInputTest.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header forms real writers produce: missing lines, padding, odd spellings, CRLF, extra data. */
class PcdHeaderVariantsTest {
    private final PcdFormat pcd = new PcdFormat();

    @TempDir
    Path dir;

    @Test
    void missingCountMeansOneAndMissingHeightMeansOne() throws IOException {
        PointCloud c = read("VERSION .5\nFIELDS x y z\nSIZE 4 4 4\nTYPE F F F\nPOINTS 2\nDATA ascii\n1 2 3\n4 5 6\n");
        assertEquals(2, c.size());
        assertEquals(6f, c.z()[1]);
        assertEquals(".5", c.metadata().get("pcd.version"));
    }

    @Test
    void paddingAndCountZeroFieldsAreSkippedInText() throws IOException {
        PointCloud c = read(header("x _ y _ z empty label", "4 1 4 4 4 4 1", "F U F F F F U", "1 2 1 1 1 0 1", 2, 1, 2,
                "ascii") + "1 9 9 2 7 3 5\n4 9 9 5 7 6 255\n");
        assertEquals(List.of("label:uint8"), c.columns().stream().map(AttributeColumn::toString).toList());
        assertEquals(5f, c.y()[1]);
        assertEquals(6f, c.z()[1]);
        assertEquals(255, c.column("label").orElseThrow().getLong(1));
    }

    @Test
    void paddingAndCountZeroFieldsAreSkippedInBinary() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(2 * 18).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 2; i++) {
            b.putFloat(i).put((byte) 9).put((byte) 9).putFloat(10 + i).putFloat(20 + i).putFloat(30 + i);
        }
        PointCloud c = read(header("x _ y z _ intensity", "4 1 4 4 8 4", "F U F F F F", "1 2 1 1 0 1", 2, 1, 2,
                "binary"), b.array());
        assertEquals(11f, c.y()[1]);
        assertEquals(31f, c.column("intensity").orElseThrow().floats()[1]);
    }

    @Test
    void upperCaseNamesMapToCoordinatesAndIntensityUnlessTheExactNameExists() throws IOException {
        PointCloud c = read(header("X Y Z Intensity", "8 8 8 2", "F F F U", "1 1 1 1", 1, 1, 1, "ascii")
                + "1.5 -2.25 3 700\n");
        assertEquals(1.5f, c.x()[0]);
        assertEquals(0, c.originX(), "sensor-frame doubles keep origin 0");
        assertEquals(700, c.column("intensity").orElseThrow().getLong(0));
        PointCloud both = read(header("x y z Intensity intensity", "4 4 4 4 4", "F F F F F", "1 1 1 1 1", 1, 1, 1,
                "ascii") + "1 2 3 4 5\n");
        assertEquals(4f, both.column("Intensity").orElseThrow().floats()[0]);
        assertEquals(5f, both.column("intensity").orElseThrow().floats()[0]);
    }

    @Test
    void windowsLineEndsBlankLinesAndExtraData() throws IOException {
        PointCloud c = read(header("x y z", "4 4 4", "F F F", "1 1 1", 2, 1, 2, "ascii").replace("\n", "\r\n")
                + "1 2 3\r\n\r\n4 5 6\r\n7 8 9\r\n");
        assertEquals(2, c.size());
        assertEquals(6f, c.z()[1]);
        assertEquals(List.of("1 lines after the 2 points the header declares were ignored"), c.warnings());
    }

    @Test
    void unknownHeaderLinesAreWarnings() throws IOException {
        PointCloud c = read("# .PCD v0.7\nVERSION 0.7\nFIELDS x y z\nSIZE 4 4 4\nTYPE F F F\nWIDTH 1\n"
                + "SENSOR velodyne\nPOINTS 1\nDATA ascii\n1 2 3\n");
        assertTrue(c.warnings().get(0).contains("'SENSOR velodyne' is not a PCD keyword"), c.warnings().toString());
    }

    @Test
    void integerCoordinatesBecomeFloats() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN).putShort((short) -5).putShort((short) 7)
                .putShort((short) 300);
        PointCloud c = read(header("x y z", "2 2 2", "I I U", "1 1 1", 1, 1, 1, "binary"), b.array());
        assertEquals(-5f, c.x()[0]);
        assertEquals(300f, c.z()[0]);
        assertEquals("I2", c.metadata().get("pcd.type.x"));
    }

    private PointCloud read(String text) throws IOException {
        return read(text, new byte[0]);
    }

    private PointCloud read(String head, byte[] data) throws IOException {
        Path file = dir.resolve("variant.pcd");
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + data.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(data, 0, all, h.length, data.length);
        Files.write(file, all);
        return pcd.read(file);
    }
}
