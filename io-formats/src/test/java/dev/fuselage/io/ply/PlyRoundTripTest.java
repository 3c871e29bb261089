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
import dev.fuselage.io.WriteOptions;
import dev.fuselage.io.kitti.KittiBinFormat;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Write-then-read round trips in all three encodings, and files written by hand in each encoding. */
class PlyRoundTripTest {
    private static final List<String> ENCODINGS = List.of("ascii", "binary_little_endian", "binary_big_endian");
    private final PlyFormat ply = new PlyFormat();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary_little_endian", "binary_big_endian"})
    void kittiBinThroughPlyAndBackIsByteIdentical(String encoding) throws IOException {
        Path bin = TestData.file("kitti/object/testing/velodyne/000000.bin");
        KittiBinFormat kitti = new KittiBinFormat();
        PointCloud original = kitti.read(bin);
        Path plyFile = dir.resolve("scan.ply");
        PointCloudIO.write(original, plyFile, WriteOptions.encoding(encoding));
        PointCloud back = ply.read(plyFile);
        PlyRealDataTest.assertBitwiseEqual(original, back);
        Path binAgain = dir.resolve("again.bin");
        kitti.write(back, binAgain, WriteOptions.DEFAULT);
        assertArrayEquals(Files.readAllBytes(bin), Files.readAllBytes(binAgain));
    }

    @Test
    void defaultEncodingIsBinaryLittleEndian() throws IOException {
        Path file = dir.resolve("d.ply");
        ply.write(new PointCloud(2), file, WriteOptions.DEFAULT);
        String head = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        assertTrue(head.startsWith("ply\nformat binary_little_endian 1.0\n"), head);
        assertEquals(2, ply.read(file).size());
    }

    @Test
    void unknownWriteEncodingIsRefused() {
        FormatException e = assertThrows(FormatException.class,
                () -> ply.write(new PointCloud(1), dir.resolve("u.ply"), WriteOptions.encoding("binary_compressed")));
        assertTrue(e.getMessage().contains("unknown PLY encoding 'binary_compressed'"), e.getMessage());
    }

    /** A cloud with one column of every type, a 3-component column and awkward values. */
    static PointCloud mixedCloud(int n) {
        PointCloud c = new PointCloud(n);
        SplittableRandom rnd = new SplittableRandom(42);
        byte[] i8 = c.addColumn("i8", ScalarType.INT8, 1).bytes();
        byte[] u8 = c.addColumn("u8", ScalarType.UINT8, 1).bytes();
        short[] i16 = c.addColumn("i16", ScalarType.INT16, 1).shorts();
        short[] u16 = c.addColumn("u16", ScalarType.UINT16, 1).shorts();
        int[] i32 = c.addColumn("i32", ScalarType.INT32, 1).ints();
        int[] u32 = c.addColumn("u32", ScalarType.UINT32, 1).ints();
        float[] f32 = c.addColumn("f32", ScalarType.FLOAT32, 1).floats();
        double[] f64 = c.addColumn("f64", ScalarType.FLOAT64, 1).doubles();
        float[] normal = c.addColumn("normal", ScalarType.FLOAT32, 3).floats();
        long[] i64 = c.addColumn("gps_ticks", ScalarType.INT64, 1).longs();
        float[] specials = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, Float.MIN_VALUE,
                Float.MAX_VALUE, Float.MIN_NORMAL, 1e-42f};
        for (int i = 0; i < n; i++) {
            c.x()[i] = Float.intBitsToFloat(rnd.nextInt()) % 1000f;
            c.y()[i] = (float) rnd.nextDouble(-200, 200);
            c.z()[i] = i == 0 ? -0.0f : (float) rnd.nextGaussian();
            if (!Float.isFinite(c.x()[i])) {
                c.x()[i] = i;
            }
            i8[i] = (byte) rnd.nextInt();
            u8[i] = (byte) (i == 1 ? 0xFF : rnd.nextInt());
            i16[i] = (short) rnd.nextInt();
            u16[i] = (short) (i == 1 ? 0xFFFF : rnd.nextInt());
            i32[i] = i == 2 ? Integer.MIN_VALUE : rnd.nextInt();
            u32[i] = i == 1 ? -1 : rnd.nextInt();
            f32[i] = i < specials.length ? specials[i] : Float.intBitsToFloat(rnd.nextInt());
            f64[i] = i == 0 ? Double.MIN_VALUE : Double.longBitsToDouble(rnd.nextLong());
            for (int k = 0; k < 3; k++) {
                normal[i * 3 + k] = (float) rnd.nextDouble(-1, 1);
            }
            i64[i] = rnd.nextLong(-(1L << 53), 1L << 53);
        }
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary_little_endian", "binary_big_endian"})
    void mixedTypesRoundTrip(String encoding) throws IOException {
        PointCloud original = mixedCloud(300);
        Path file = dir.resolve("mixed.ply");
        ply.write(original, file, WriteOptions.encoding(encoding));
        PointCloud back = ply.read(file);
        assertEquals(List.of("i8:int8", "u8:uint8", "i16:int16", "u16:uint16", "i32:int32", "u32:uint32",
                "f32:float32", "f64:float64", "normal_0:float32", "normal_1:float32", "normal_2:float32",
                "gps_ticks:float64"), back.columns().stream().map(AttributeColumn::toString).toList());
        assertFalse(back.hasOrigin());
        assertBitsEqual(original.x(), back.x());
        assertBitsEqual(original.y(), back.y());
        assertBitsEqual(original.z(), back.z());
        for (String name : List.of("i8", "u8", "i16", "u16", "i32", "u32")) {
            AttributeColumn a = original.column(name).orElseThrow(), b = back.column(name).orElseThrow();
            for (int i = 0; i < original.size(); i++) {
                assertEquals(a.getLong(i), b.getLong(i), name + " point " + i);
            }
        }
        float[] f32 = original.column("f32").orElseThrow().floats(), f32b = back.column("f32").orElseThrow().floats();
        if (encoding.equals("ascii")) { // text has one NaN: payloads cannot survive it
            for (int i = 0; i < f32.length; i++) {
                assertEquals(Float.floatToIntBits(f32[i]), Float.floatToIntBits(f32b[i]), "f32 point " + i);
            }
        } else {
            assertBitsEqual(f32, f32b);
        }
        double[] f64 = original.column("f64").orElseThrow().doubles(), f64b = back.column("f64").orElseThrow().doubles();
        for (int i = 0; i < f64.length; i++) {
            assertEquals(encoding.equals("ascii") ? Double.doubleToLongBits(f64[i]) : Double.doubleToRawLongBits(f64[i]),
                    encoding.equals("ascii") ? Double.doubleToLongBits(f64b[i]) : Double.doubleToRawLongBits(f64b[i]),
                    "f64 point " + i);
        }
        AttributeColumn normal = original.column("normal").orElseThrow();
        long[] ticks = original.column("gps_ticks").orElseThrow().longs();
        for (int i = 0; i < original.size(); i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(normal.floats()[i * 3 + k], back.column("normal_" + k).orElseThrow().floats()[i]);
            }
            assertEquals(ticks[i], (long) back.column("gps_ticks").orElseThrow().doubles()[i], "int64 below 2^53");
        }
        String header = new String(Files.readAllBytes(file), 0, 600, StandardCharsets.US_ASCII);
        assertTrue(header.contains("comment column gps_ticks is int64, written as double"), header);
    }

    private static void assertBitsEqual(float[] a, float[] b) {
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(Float.floatToRawIntBits(a[i]), Float.floatToRawIntBits(b[i]), "value " + i + ": " + a[i]
                    + " vs " + b[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary_little_endian", "binary_big_endian"})
    void georeferencedCloudIsWrittenAsDoublesAndKeepsItsPrecision(String encoding) throws IOException {
        int n = 1000;
        PointCloud original = new PointCloud(n);
        original.setOrigin(637_000.25, 5_120_000.5, 180.0);
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            original.x()[i] = (float) rnd.nextDouble(-800, 800);
            original.y()[i] = (float) rnd.nextDouble(-800, 800);
            original.z()[i] = (float) rnd.nextDouble(-20, 20);
        }
        Path file = dir.resolve("utm.ply");
        ply.write(original, file, WriteOptions.encoding(encoding));
        assertTrue(new String(Files.readAllBytes(file), 0, 200, StandardCharsets.US_ASCII)
                .contains("property double x"));
        PointCloud back = ply.read(file);
        assertTrue(back.hasOrigin());
        for (int i = 0; i < n; i++) {
            // float32 offsets within ~1 km of the chosen origin resolve to 2^-14 m or better
            assertEquals(original.worldX(i), back.worldX(i), 1e-4, "x " + i);
            assertEquals(original.worldY(i), back.worldY(i), 1e-4, "y " + i);
            assertEquals(original.worldZ(i), back.worldZ(i), 1e-5, "z " + i);
        }
        assertEquals(Math.rint((back.bounds().minX() + back.bounds().maxX()) / 2), back.originX(), 1.0,
                "origin is the rounded centre of the first block");
    }

    @Test
    void handWrittenBigEndianWithElementsAroundTheVertices() throws IOException {
        assertSampleReads(PlyBuilder.sample("binary_big_endian", 70));
    }

    @Test
    void handWrittenLittleEndianAndAsciiWithElementsAroundTheVertices() throws IOException {
        assertSampleReads(PlyBuilder.sample("binary_little_endian", 70));
        assertSampleReads(PlyBuilder.sample("ascii", 70));
    }

    private void assertSampleReads(byte[] bytes) throws IOException {
        Path file = dir.resolve("sample.ply");
        Files.write(file, bytes);
        PointCloud c = ply.read(file);
        assertEquals(70, c.size());
        AttributeColumn intensity = c.column("intensity").orElseThrow();
        assertEquals(ScalarType.UINT8, intensity.type());
        assertEquals(List.of("intensity:uint8"), c.columns().stream().map(AttributeColumn::toString).toList());
        for (int i = 0; i < 70; i++) {
            assertEquals(i, c.x()[i]);
            assertEquals(-i / 4f, c.y()[i]);
            assertEquals(i / 8f, c.z()[i]);
            assertEquals(i, intensity.getLong(i));
        }
    }

    @Test
    void wideIntegerAndDoublePositionsInAllEncodings() throws IOException {
        for (String enc : ENCODINGS) {
            PlyBuilder b = new PlyBuilder(enc).element("vertex", 3).property("int", "x").property("uint", "y")
                    .property("double", "z").property("short", "scalar_Intensity");
            b.value("int", -2_000_000_000).value("uint", 4_000_000_000L).value("double", 1.25).value("short", -5)
                    .endRecord();
            b.value("int", -2_000_000_100).value("uint", 4_000_000_100L).value("double", 2.5).value("short", 7)
                    .endRecord();
            b.value("int", -1_999_999_900).value("uint", 3_999_999_900L).value("double", 0).value("short", 0)
                    .endRecord();
            Path file = dir.resolve("wide-" + enc + ".ply");
            Files.write(file, b.bytes());
            PointCloud c = ply.read(file);
            assertEquals(-2_000_000_000.0, c.worldX(0), enc);
            assertEquals(-2_000_000_100.0, c.worldX(1), enc);
            assertEquals(4_000_000_100.0, c.worldY(1), enc);
            assertEquals(3_999_999_900.0, c.worldY(2), enc);
            assertEquals(2.5, c.worldZ(1), enc);
            assertEquals(0, c.originZ(), "small doubles keep origin 0");
            assertEquals(-5, c.column("intensity").orElseThrow().getLong(0), "scalar_Intensity is the intensity");
        }
    }

    @Test
    void crlfHeaderAndBody() throws IOException {
        String text = "ply\r\nformat ascii 1.0\r\ncomment made on windows\r\nelement vertex 2\r\n"
                + "property float32 x\r\nproperty float32 y\r\nproperty float32 z\r\nend_header\r\n"
                + "1.5 2.5 3.5\r\n-1e-3 4E2 +7\r\n";
        Path file = dir.resolve("crlf.ply");
        Files.writeString(file, text);
        PointCloud c = ply.read(file);
        assertArrayEquals(new float[] {1.5f, -1e-3f}, c.x());
        assertArrayEquals(new float[] {2.5f, 400f}, c.y());
        assertArrayEquals(new float[] {3.5f, 7f}, c.z());
    }

    @Test
    void crlfBinaryBodyStartsAfterTheLineEnd() throws IOException {
        PlyBuilder b = new PlyBuilder("binary_little_endian").element("vertex", 1).property("float", "x")
                .property("float", "y").property("float", "z");
        b.value("float", 13).value("float", 10).value("float", 32);
        String asText = new String(b.bytes(), StandardCharsets.ISO_8859_1).replace("\n", "\r\n");
        // only the header gets CRs: the body bytes (13, 10 ...) are floats, not text, so rebuild them as they were
        byte[] header = asText.substring(0, asText.indexOf("end_header\r\n") + 12).getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = b.bytes();
        int bodyStart = new String(all, StandardCharsets.ISO_8859_1).indexOf("end_header\n") + 11;
        byte[] out = new byte[header.length + all.length - bodyStart];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(all, bodyStart, out, header.length, all.length - bodyStart);
        Path file = dir.resolve("crlf-bin.ply");
        Files.write(file, out);
        PointCloud c = ply.read(file);
        assertEquals(13f, c.x()[0]);
        assertEquals(10f, c.y()[0]);
        assertEquals(32f, c.z()[0]);
    }

    @Test
    void emptyCloudRoundTrips() throws IOException {
        for (String enc : ENCODINGS) {
            Path file = dir.resolve("empty-" + enc + ".ply");
            ply.write(new PointCloud(0), file, WriteOptions.encoding(enc));
            assertEquals(0, ply.read(file).size());
        }
    }
}
