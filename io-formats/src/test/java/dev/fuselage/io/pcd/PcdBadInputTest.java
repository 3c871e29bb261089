package dev.fuselage.io.pcd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives a FormatException naming the file and the problem, before any large allocation. */
class PcdBadInputTest {
    private final PcdFormat pcd = new PcdFormat();

    @TempDir
    Path dir;

    @Test
    void emptyFile() throws IOException {
        expectFailure("empty.pcd", new byte[0], "empty file");
    }

    @Test
    void garbageWithoutMagic() throws IOException {
        byte[] junk = new byte[4096];
        new SplittableRandom(1).nextBytes(junk);
        junk[0] = 'Z';
        expectFailure("junk.pcd", junk, "not a PCD file");
        expectFailure("ply.pcd", ascii("ply\nformat ascii 1.0\nelement vertex 1\nend_header\n1 2 3\n"),
                "not a PCD file", "ply");
    }

    @Test
    void headerWithoutDataLine() throws IOException {
        expectFailure("nodata.pcd", ascii("# .PCD v0.7\nVERSION 0.7\nFIELDS x y z\nSIZE 4 4 4\nTYPE F F F\n"),
                "without a DATA line");
    }

    @Test
    void truncatedBinary() throws IOException {
        byte[] good = written(100, "binary");
        expectFailure("cut.pcd", Arrays.copyOf(good, good.length - 43 * 16 - 5),
                "header says POINTS 100 but the data holds 56");
    }

    @Test
    void truncatedCompressed() throws IOException {
        byte[] good = written(100, "binary_compressed");
        expectFailure("cut.pcd", Arrays.copyOf(good, good.length - 100), "truncated", "LZF block");
        int header = headerLength(good);
        expectFailure("cut.pcd", Arrays.copyOf(good, header + 5), "truncated", "8 bytes");
    }

    @Test
    void pointsLargerThanTheData() throws IOException {
        byte[] data = new byte[1000 * 12];
        expectFailure("lies.pcd", concat(header("x y z", "4 4 4", "F F F", "1 1 1", 125635, 1, 125635, "binary"), data),
                "header says POINTS 125635 but the data holds 1000");
        expectFailure("lies.pcd", ascii(header("x y z", "4 4 4", "F F F", "1 1 1", 5, 1, 5, "ascii")
                + "1 2 3\n4 5 6\n"), "header says POINTS 5 but the data holds 2");
        expectFailure("lies.pcd", ascii(header("x y z", "4 4 4", "F F F", "1 1 1", 50000, 1, 50000, "ascii")
                + "1 2 3\n4 5 6\n"), "header says POINTS 50000 but the data holds 2");
    }

    @Test
    void negativeWidth() throws IOException {
        expectFailure("neg.pcd", ascii(header("x y z", "4 4 4", "F F F", "1 1 1", -5, 1, 5, "ascii")),
                "WIDTH -5 is negative");
    }

    @Test
    void pointsBeyondWhatACloudCanHold() throws IOException {
        expectFailure("huge.pcd", ascii(header("x y z", "4 4 4", "F F F", "1 1 1", 1099511627776L, 1,
                1099511627776L, "binary")), "POINTS 1099511627776", "more than one cloud can hold");
    }

    @Test
    void pointsDifferentFromWidthTimesHeight() throws IOException {
        expectFailure("grid.pcd", ascii(header("x y z", "4 4 4", "F F F", "1 1 1", 4, 3, 10, "ascii")),
                "POINTS 10 does not equal WIDTH 4 x HEIGHT 3");
    }

    @Test
    void unknownType() throws IOException {
        expectFailure("type.pcd", ascii(header("x y z", "4 4 4", "F F Q", "1 1 1", 1, 1, 1, "ascii") + "1 2 3\n"),
                "TYPE 'Q'", "field 'z'");
    }

    @Test
    void sizeThree() throws IOException {
        expectFailure("size.pcd", ascii(header("x y z", "4 3 4", "F F F", "1 1 1", 1, 1, 1, "ascii") + "1 2 3\n"),
                "SIZE 3 of field 'y'");
        expectFailure("half.pcd", ascii(header("x y z", "4 4 2", "F F F", "1 1 1", 1, 1, 1, "ascii") + "1 2 3\n"),
                "TYPE F with SIZE 2");
    }

    @Test
    void negativeCount() throws IOException {
        expectFailure("count.pcd", ascii(header("x y z", "4 4 4", "F F F", "1 -1 1", 1, 1, 1, "ascii") + "1 2 3\n"),
                "COUNT -1 of field 'y' is negative");
    }

    @Test
    void unknownDataEncoding() throws IOException {
        expectFailure("data.pcd", ascii(header("x y z", "4 4 4", "F F F", "1 1 1", 1, 1, 1, "zip") + "1 2 3\n"),
                "DATA 'zip'");
    }

    @Test
    void headerListsOfDifferentLengthsOrMissing() throws IOException {
        expectFailure("len.pcd", ascii(header("x y z", "4 4", "F F F", "1 1 1", 1, 1, 1, "ascii")),
                "SIZE lists 2 values but FIELDS names 3");
        expectFailure("nofields.pcd", ascii("VERSION 0.7\nSIZE 4\nTYPE F\nWIDTH 1\nPOINTS 1\nDATA ascii\n1\n"),
                "no FIELDS line");
        expectFailure("twice.pcd", ascii("VERSION 0.7\nFIELDS x y z\nFIELDS x y z\nSIZE 4 4 4\nTYPE F F F\n"
                + "WIDTH 1\nPOINTS 1\nDATA ascii\n1 2 3\n"), "repeats FIELDS");
    }

    @Test
    void fieldsWithoutCoordinatesOrWithTwoOfTheSameName() throws IOException {
        expectFailure("noz.pcd", ascii(header("x y intensity", "4 4 4", "F F F", "1 1 1", 1, 1, 1, "ascii")
                + "1 2 3\n"), "no 'z'");
        expectFailure("xcount.pcd", ascii(header("x y z", "4 4 4", "F F F", "2 1 1", 1, 1, 1, "ascii")
                + "1 1 2 3\n"), "'x' has COUNT 2");
        expectFailure("dup.pcd", ascii(header("x y z a a", "4 4 4 4 4", "F F F F F", "1 1 1 1 1", 1, 1, 1, "ascii")
                + "1 2 3 4 5\n"), "'a' appears twice");
    }

    @Test
    void lzfSizesThatLie() throws IOException {
        // uncompressed size far beyond what POINTS needs
        expectFailure("big.pcd", concat(header("x y z", "4 4 4", "F F F", "1 1 1", 2, 1, 2, "binary_compressed"),
                sizes(4, 0xFFFF_FFF0L), new byte[4]), "declares 4294967280 uncompressed bytes");
        // 3.6 GB of points claimed from 4 compressed bytes: rejected before allocating 300 million points
        expectFailure("bomb.pcd", concat(header("x y z", "4 4 4", "F F F", "1 1 1", 300_000_000, 1, 300_000_000,
                "binary_compressed"), sizes(4, 3_600_000_000L), new byte[] {0, 0, 0x20, 0}),
                "4 compressed bytes cannot expand to 3600000000");
        // compressed size larger than the file
        expectFailure("short.pcd", concat(header("x y z", "4 4 4", "F F F", "1 1 1", 1, 1, 1, "binary_compressed"),
                sizes(1000, 12), new byte[13]), "truncated", "1000 bytes");
        // uncompressed size smaller than POINTS needs
        expectFailure("small.pcd", concat(header("x y z", "4 4 4", "F F F", "1 1 1", 10, 1, 10, "binary_compressed"),
                sizes(13, 24), new byte[13]), "header says POINTS 10 but the data holds 2");
    }

    @Test
    void corruptLzfStreams() throws IOException {
        byte[] head = ascii(header("x y z", "4 4 4", "F F F", "1 1 1", 1, 1, 1, "binary_compressed"));
        // back-reference at the very start
        expectFailure("ref.pcd", concat(head, sizes(2, 12), new byte[] {0x20, 0}), "corrupt LZF data",
                "before the start");
        // literal run of 32 bytes with 3 present
        expectFailure("lit.pcd", concat(head, sizes(4, 12), new byte[] {31, 1, 2, 3}), "corrupt LZF data",
                "past the end of the block");
        // expands to more than declared: 12 literal bytes then a match
        byte[] over = new byte[16];
        over[0] = 11;
        over[13] = (byte) 0x20;
        over[14] = 0;
        expectFailure("over.pcd", concat(head, sizes(15, 12), Arrays.copyOf(over, 15)), "expands past the 12 bytes");
        // stops short of what it declares
        expectFailure("under.pcd", concat(head, sizes(9, 12), new byte[] {7, 1, 2, 3, 4, 5, 6, 7, 8}),
                "expands to 8 bytes, not the declared 12");
    }

    @Test
    void nonFiniteCoordinatesInAnUnorganizedCloud() throws IOException {
        expectFailure("nan.pcd", ascii(header("x y z", "4 4 4", "F F F", "1 1 1", 2, 1, 2, "ascii")
                + "1 2 3\nnan nan nan\n"), "point 1 has a non-finite coordinate", "unorganized");
        ByteBuffer data = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        data.putFloat(1).putFloat(2).putFloat(3).putFloat(4).putFloat(Float.POSITIVE_INFINITY).putFloat(6);
        expectFailure("inf.pcd", concat(header("x y z", "4 4 4", "F F F", "1 1 1", 2, 1, 2, "binary"), data.array()),
                "point 1 has a non-finite coordinate (4.0, Infinity, 6.0)");
    }

    @Test
    void organizedCloudKeepsNonFinitePoints() throws IOException {
        Path file = dir.resolve("grid.pcd");
        Files.write(file, ascii(header("x y z", "4 4 4", "F F F", "1 1 1", 2, 2, 4, "ascii")
                + "1 2 3\nnan nan nan\n4 5 6\n7 8 9\n"));
        PointCloud c = pcd.read(file);
        assertEquals(1, c.invalidCount());
        assertTrue(c.invalidPoints().get(1));
    }

    @Test
    void malformedAsciiValues() throws IOException {
        String h = header("x y z label", "4 4 4 1", "F F F U", "1 1 1 1", 1, 1, 1, "ascii");
        expectFailure("few.pcd", ascii(h + "1 2 3\n"), "line 12 has 3 values but the FIELDS need 4");
        expectFailure("many.pcd", ascii(h + "1 2 3 4 5\n"), "line 12 has more than the 4 values");
        expectFailure("word.pcd", ascii(h + "1 two 3 4\n"), "line 12: 'two' is not a number (field 'y')");
        expectFailure("range.pcd", ascii(h + "1 2 3 300\n"), "300 does not fit field 'label' (U1)");
        expectFailure("float.pcd", ascii(h + "1 2 3 4.5\n"), "'4.5' is not a whole number");
        expectFailure("exp.pcd", ascii(h + "1 2e 3 4\n"), "'2e' is not a number");
    }

    @Test
    void asciiWithoutLineBreaksDoesNotGrowWithoutBound() throws IOException {
        byte[] digits = new byte[3 << 20];
        Arrays.fill(digits, (byte) '7');
        expectFailure("long.pcd", concat(header("x y z", "4 4 4", "F F F", "1 1 1", 1, 1, 1, "ascii"), digits),
                "line 12 is longer than 1048768 bytes");
    }

    @Test
    void writerRejectsNamesPcdCannotCarry() throws IOException {
        PointCloud c = new PointCloud(1);
        c.addColumn("two words", dev.fuselage.core.cloud.ScalarType.UINT8, 1);
        FormatException e = assertThrows(FormatException.class,
                () -> pcd.write(c, dir.resolve("bad.pcd"), WriteOptions.DEFAULT));
        assertTrue(e.getMessage().contains("'two words' cannot be a PCD field name"), e.getMessage());
        FormatException enc = assertThrows(FormatException.class,
                () -> pcd.write(new PointCloud(1), dir.resolve("bad.pcd"), WriteOptions.encoding("zip")));
        assertTrue(enc.getMessage().contains("unknown PCD encoding 'zip'"), enc.getMessage());
    }

    private void expectFailure(String name, byte[] content, String... keywords) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        FormatException e = assertThrows(FormatException.class, () -> pcd.read(file));
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        for (String k : keywords) {
            assertTrue(e.getMessage().contains(k), "expected '" + k + "' in: " + e.getMessage());
        }
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
    }

    /** A small valid file in the given encoding. */
    private byte[] written(int n, String encoding) throws IOException {
        PointCloud c = new PointCloud(n);
        float[] in = c.addColumn(StandardAttributes.INTENSITY, dev.fuselage.core.cloud.ScalarType.FLOAT32, 1).floats();
        for (int i = 0; i < n; i++) {
            c.x()[i] = i;
            c.y()[i] = i * 0.5f;
            c.z()[i] = -i;
            in[i] = i % 7;
        }
        Path file = dir.resolve("good-" + encoding + ".pcd");
        pcd.write(c, file, WriteOptions.encoding(encoding));
        return Files.readAllBytes(file);
    }

    private static int headerLength(byte[] file) {
        String s = new String(file, StandardCharsets.ISO_8859_1);
        int data = s.indexOf("\nDATA ");
        return s.indexOf('\n', data + 1) + 1;
    }

    static String header(String fields, String size, String type, String count, long width, long height, long points,
            String data) {
        return "# .PCD v0.7 - Point Cloud Data file format\nVERSION 0.7\nFIELDS " + fields + "\nSIZE " + size
                + "\nTYPE " + type + "\nCOUNT " + count + "\nWIDTH " + width + "\nHEIGHT " + height
                + "\nVIEWPOINT 0 0 0 1 0 0 0\nPOINTS " + points + "\nDATA " + data + "\n";
    }

    private static byte[] sizes(long compressed, long uncompressed) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt((int) compressed)
                .putInt((int) uncompressed).array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof String s ? ascii(s) : (byte[]) p);
        }
        return out.toByteArray();
    }
}
