package dev.fuselage.io.las;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile headers fail with one clear line, before anything large is allocated. */
class LasBadInputTest {
    @TempDir
    Path tmp;

    private ByteBuffer simple() throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(TestData.file("las/simple.las"))).order(ByteOrder.LITTLE_ENDIAN);
    }

    private ByteBuffer fourteen() throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(TestData.file("las/1_4_w_evlr.las"))).order(ByteOrder.LITTLE_ENDIAN);
    }

    private String problem(ByteBuffer bytes) throws IOException {
        return problem(bytes.array());
    }

    private String problem(byte[] bytes) throws IOException {
        Path f = tmp.resolve("bad.las");
        Files.write(f, bytes);
        FormatException e = assertThrows(FormatException.class, () -> PointCloudIO.read(f));
        assertEquals("bad.las: " + e.problem(), e.getMessage());
        assertTrue(!e.problem().contains("\n"), "one line");
        return e.problem();
    }

    @Test
    void emptyAndTruncatedHeaders() throws IOException {
        assertEquals("empty file (a LAS file starts with a 227-byte header)", problem(new byte[0]));
        byte[] head = Arrays.copyOf(simple().array(), 100);
        assertEquals("truncated: 100 bytes, but a LAS header alone needs 227", problem(head));
    }

    @Test
    void wrongMagic() throws IOException {
        ByteBuffer b = simple();
        b.put(3, (byte) 'X');
        assertEquals("not a LAS file: it does not start with the signature 'LASF'", problem(b));
    }

    @Test
    void unsupportedVersion() throws IOException {
        ByteBuffer b = simple();
        b.put(25, (byte) 9);
        assertEquals("unsupported LAS version 1.9 (Fuselage reads 1.0-1.4)", problem(b));
    }

    @Test
    void headerSmallerThanTheVersionRequires() throws IOException {
        ByteBuffer b = simple();
        b.putShort(94, (short) 200);
        assertEquals("header size 200 is smaller than the 227 bytes LAS 1.2 requires", problem(b));
        ByteBuffer c = fourteen();
        c.putShort(94, (short) 227);
        assertEquals("header size 227 is smaller than the 375 bytes LAS 1.4 requires", problem(c));
    }

    @Test
    void recordShorterThanThePointFormat() throws IOException {
        ByteBuffer b = simple();
        b.putShort(105, (short) 33);
        assertEquals("point record length 33 is smaller than the 34 bytes point format 3 needs", problem(b));
    }

    @Test
    void unknownPointFormat() throws IOException {
        ByteBuffer b = simple();
        b.put(104, (byte) 11);
        assertEquals("unknown point data record format 11 (LAS defines 0-10)", problem(b));
    }

    @Test
    void pointDataOffsetOutsideTheFile() throws IOException {
        ByteBuffer b = simple();
        b.putInt(96, 1_000_000);
        assertEquals("offset to point data 1000000 is beyond the end of the file (36437 bytes)", problem(b));
        ByteBuffer c = simple();
        c.putInt(96, 100);
        assertEquals("offset to point data 100 lies inside the 227-byte header", problem(c));
    }

    @Test
    void absurdPointCountsFailBeforeAllocating() throws IOException {
        ByteBuffer b = fourteen();
        b.putLong(247, 1L << 40);
        assertEquals("header says 1099511627776 points, more than one cloud can hold (2147483639)", problem(b));
        ByteBuffer c = simple();
        c.putInt(107, -1); // 4,294,967,295 in a 1.2 header
        assertEquals("header says 4294967295 points, more than one cloud can hold (2147483639)", problem(c));
        ByteBuffer d = simple();
        d.putInt(107, 2_000_000_000);
        assertEquals("header says 2000000000 points but the data holds 1065", problem(d));
    }

    @Test
    void unusableScaleOrOffset() throws IOException {
        ByteBuffer zero = simple();
        zero.putDouble(131, 0.0);
        assertEquals("x scale factor is 0.0 (it must be a finite, non-zero number)", problem(zero));
        ByteBuffer nan = simple();
        nan.putDouble(139, Double.NaN);
        assertEquals("y scale factor is NaN (it must be a finite, non-zero number)", problem(nan));
        ByteBuffer inf = simple();
        inf.putDouble(147, Double.POSITIVE_INFINITY);
        assertEquals("z scale factor is Infinity (it must be a finite, non-zero number)", problem(inf));
        ByteBuffer offset = simple();
        offset.putDouble(163, Double.NEGATIVE_INFINITY);
        assertEquals("y offset is -Infinity (it must be finite)", problem(offset));
    }

    @Test
    void vlrsThatDoNotFitAreIgnoredWithAWarning() throws IOException {
        ByteBuffer b = simple();
        b.putInt(100, 1_000_000); // no VLR fits between header and points
        Path f = tmp.resolve("vlrs.las");
        Files.write(f, b.array());
        PointCloud c = PointCloudIO.read(f);
        assertEquals(1065, c.size());
        assertTrue(c.warnings().get(0).startsWith("header lists 1000000 VLRs but only 0 fit"), c.warnings().toString());
    }

    /** Records longer than the format with no extra-bytes VLR: the bytes are kept as one opaque column. */
    @Test
    void undescribedExtraBytesAreKeptOpaque() throws IOException {
        RawLas src = RawLas.of(TestData.file("las/simple.las"));
        int n = (int) src.count();
        ByteBuffer out = ByteBuffer.allocate(227 + n * 37).order(ByteOrder.LITTLE_ENDIAN);
        out.put(Arrays.copyOf(src.bytes(), 227));
        out.putShort(105, (short) 37);
        for (int i = 0; i < n; i++) {
            out.put(227 + i * 37, src.record(i));
            out.put(227 + i * 37 + 34, new byte[] {(byte) i, 7, (byte) (i >> 8)});
        }
        Path f = tmp.resolve("opaque.las");
        Files.write(f, out.array());
        PointCloud c = PointCloudIO.read(f);
        AttributeColumn extra = c.column(LasColumns.EXTRA_BYTES).orElseThrow();
        assertEquals(ScalarType.UINT8, extra.type());
        assertEquals(3, extra.components());
        assertEquals(1000 & 0xFF, extra.getLong(1000, 0));
        assertEquals(7, extra.getLong(1000, 1));
        assertEquals(1000 >> 8, extra.getLong(1000, 2));
        // and they survive a write
        Path copy = tmp.resolve("opaque-copy.las");
        PointCloudIO.write(c, copy, WriteOptions.DEFAULT);
        RawLas written = RawLas.of(copy);
        assertEquals(37, written.recordLength());
        for (int i = 0; i < n; i++) {
            assertTrue(Arrays.equals(Arrays.copyOfRange(out.array(), 227 + i * 37, 227 + i * 37 + 37),
                    written.record(i)), "record " + i);
        }
    }

    /** An extra-bytes VLR describing more than the records hold keeps what fits and reports the rest. */
    @Test
    void extraBytesDescriptorsBeyondTheRecordAreReported() throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(TestData.file("las/extrabytes.las")))
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(105, (short) (34 + 6 + 7 + 2)); // cut before "Intensity" and "Time"
        Path f = tmp.resolve("short.las");
        Files.write(f, b.array());
        PointCloud c = PointCloudIO.read(f);
        assertTrue(c.hasColumn("Colors") && c.hasColumn("Reserved") && c.hasColumn("Flags"));
        assertTrue(!c.hasColumn("Intensity"));
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("'Intensity' needs 4 bytes")), c.warnings().toString());
    }

    @Test
    void unknownExtraBytesTypeKeepsTheBytesOpaque() throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(TestData.file("las/extrabytes.las")))
                .order(ByteOrder.LITTLE_ENDIAN);
        int descriptors = 375 + 54;
        b.put(descriptors + 2 * 192 + 2, (byte) 99); // "Flags" gets data type 99
        Path f = tmp.resolve("unknown.las");
        Files.write(f, b.array());
        PointCloud c = PointCloudIO.read(f);
        assertTrue(c.hasColumn("Colors") && c.hasColumn("Reserved"));
        AttributeColumn rest = c.column(LasColumns.EXTRA_BYTES).orElseThrow();
        assertEquals(2 + 4 + 8, rest.components());
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("unknown data type 99")), c.warnings().toString());
    }
}
