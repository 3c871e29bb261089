package dev.fuselage.io.las;

import static dev.fuselage.io.las.LasColumns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LazReaderTest {
    private static final String AUTZEN = "las/autzen_trim.laz";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({
        "las/simple.laz, las/simple.las",
        "las/1_4_w_evlr.laz, las/1_4_w_evlr.las",
        "las/pdal/simple-laszip-compressor-version-1.2r0.laz, las/simple.las"})
    void lazGivesExactlyTheColumnsOfItsLasTwin(String laz, String las) throws IOException {
        PointCloud compressed = PointCloudIO.read(TestData.file(laz));
        PointCloud plain = PointCloudIO.read(TestData.file(las));
        assertEquals(plain.size(), compressed.size());
        LasFixtures.assertSameColumns(plain, compressed);
        assertPositionsIdentical(plain, compressed);
        assertTrue(compressed.metadata().get(LasMetadata.COMPRESSION).startsWith("laszip"));
    }

    @Test
    void autzenLazMatchesItsFormat7LasCopy() throws IOException {
        PointCloud laz = PointCloudIO.read(TestData.file(AUTZEN)); // format 3
        PointCloud las = PointCloudIO.read(TestData.file("las/pdal/autzen_trim_7.las")); // format 7
        assertEquals(110_000, laz.size());
        assertEquals(las.size(), laz.size());
        for (int i = 0; i < laz.size(); i++) {
            for (int a = 0; a < 3; a++) {
                assertEquals(LasFixtures.quantized(las, i, a), LasFixtures.quantized(laz, i, a), "point " + i);
            }
            assertEquals(las.worldX(i), laz.worldX(i), 1e-6);
            assertEquals(las.worldY(i), laz.worldY(i), 1e-6);
            assertEquals(las.worldZ(i), laz.worldZ(i), 1e-6);
        }
        for (String same : new String[] {INTENSITY, RETURN_NUMBER, NUMBER_OF_RETURNS, CLASSIFICATION, RED, GREEN,
            BLUE, POINT_SOURCE_ID, StandardAttributes.TIME}) {
            LasFixtures.assertArrayContentEquals(las.column(same).orElseThrow(), laz.column(same).orElseThrow());
        }
    }

    @Test
    void parallelChunkDecodingEqualsSingleThreaded() throws IOException {
        Path file = TestData.file(AUTZEN); // 3 chunks of 50,000 points
        PointCloud one = new LazFormat(1).read(file);
        PointCloud many = new LazFormat(3).read(file);
        LasFixtures.assertSameColumns(one, many);
        assertPositionsIdentical(one, many);
    }

    @Test
    void missingChunkTableFallsBackToDecodingInOrder() throws IOException {
        Path copy = patched(AUTZEN, (b, offset) -> b.putLong(offset, offset)); // LASzip's "interrupted" marker
        PointCloud fallback = PointCloudIO.read(copy);
        assertTrue(fallback.warnings().stream().anyMatch(w -> w.contains("chunk table missing")),
                fallback.warnings().toString());
        PointCloud reference = PointCloudIO.read(TestData.file(AUTZEN));
        LasFixtures.assertSameColumns(reference, fallback);
        assertPositionsIdentical(reference, fallback);
    }

    @Test
    void damagedChunkTableFallsBackToDecodingInOrder() throws IOException {
        Path copy = patched(AUTZEN, (b, offset) -> b.putInt((int) b.getLong(offset), 7)); // table version 7
        PointCloud fallback = PointCloudIO.read(copy);
        assertTrue(fallback.warnings().stream().anyMatch(w -> w.contains("chunk table unusable")),
                fallback.warnings().toString());
        LasFixtures.assertSameColumns(PointCloudIO.read(TestData.file(AUTZEN)), fallback);
    }

    @Test
    void tablePositionAppendedAtTheEndIsFollowed() throws IOException {
        byte[] original = Files.readAllBytes(TestData.file(AUTZEN));
        ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(original, original.length + 8)).order(ByteOrder.LITTLE_ENDIAN);
        int offset = b.getInt(96);
        long table = b.getLong(offset);
        b.putLong(offset, -1L); // written by a compressor streaming to a pipe
        b.putLong(original.length, table);
        Path copy = tmp.resolve("streamed.laz");
        Files.write(copy, b.array());
        PointCloud c = PointCloudIO.read(copy);
        assertTrue(c.warnings().isEmpty(), c.warnings().toString());
        LasFixtures.assertSameColumns(PointCloudIO.read(TestData.file(AUTZEN)), c);
    }

    @Test
    void headerCountBeyondTheChunkTableIsRefusedBeforeAllocating() throws IOException {
        Path copy = patched(AUTZEN, (b, offset) -> b.putInt(107, 150_001)); // 3 chunks hold at most 150,000
        FormatException e = assertThrows(FormatException.class, () -> PointCloudIO.read(copy));
        assertEquals("bad.laz: header says 150001 points but the LAZ chunk table holds at most 150000",
                e.getMessage());
    }

    @Test
    void lyingHeaderBoundsAreCorrectedByDecodingAgain() throws IOException {
        Path copy = patched("las/simple.laz", (b, offset) -> {
            for (int at = 179; at < 227; at += 8) {
                b.putDouble(at, 1e9); // far from the points
            }
        });
        PointCloud c = PointCloudIO.read(copy);
        PointCloud twin = PointCloudIO.read(TestData.file("las/simple.las"));
        LasFixtures.assertSameColumns(twin, c);
        RawLas raw = RawLas.of(TestData.file("las/simple.las"));
        for (int i = 0; i < c.size(); i++) {
            for (int a = 0; a < 3; a++) {
                assertEquals(raw.raw(i, a), LasFixtures.quantized(c, i, a));
            }
            assertEquals(raw.world(i, 1), c.worldY(i), 5e-4); // sub-millimetre over a 4.6 km extent
        }
    }

    @Test
    void forgedCountConsistentWithTheChunkTableIsStoppedByTheMemoryBudget() throws IOException {
        Path copy = patched("las/simple.laz", (b, offset) -> {
            b.putInt(227 + 54 + 12, Integer.MAX_VALUE); // LASzip VLR: one chunk may hold 2^31-1 points
            b.putInt(107, 2_000_000_000);
        });
        FormatException e = assertThrows(FormatException.class, () -> PointCloudIO.read(copy));
        assertTrue(e.getMessage().matches("bad\\.laz: 2000000000 points need \\d+ MiB of columns, more than this "
                + "JVM's \\d+ MiB heap"), e.getMessage());
    }

    @Test
    void truncatedLazNamesTheFileAndTheChunk() throws IOException {
        byte[] original = Files.readAllBytes(TestData.file(AUTZEN));
        Path copy = tmp.resolve("cut.laz");
        Files.write(copy, Arrays.copyOf(original, original.length / 2));
        FormatException e = assertThrows(FormatException.class, () -> PointCloudIO.read(copy));
        assertTrue(e.getMessage().startsWith("cut.laz: "), e.getMessage());
        assertTrue(e.getMessage().contains("chunk"), e.getMessage());
    }

    @Test
    void corruptChunkBytesAreAFormatException() throws IOException {
        Path copy = patched(AUTZEN, (b, offset) -> {
            for (int i = 300_000; i < 300_400; i++) {
                b.put(i, (byte) (b.get(i) ^ 0x5A)); // inside the second chunk
            }
        });
        FormatException e = assertThrows(FormatException.class, () -> PointCloudIO.read(copy));
        assertTrue(e.getMessage().startsWith("bad.laz: LAZ chunk 1 of 3"), e.getMessage());
    }

    @Test
    void compressedFlagWithoutLaszipVlrIsRefused() throws IOException {
        Path copy = tmp.resolve("flag.las");
        byte[] b = Files.readAllBytes(TestData.file("las/simple.las"));
        b[104] = (byte) 0x83;
        Files.write(copy, b);
        FormatException e = assertThrows(FormatException.class, () -> PointCloudIO.read(copy));
        assertEquals("flag.las: point format byte marks the points as LASzip-compressed but there is no LASzip VLR",
                e.getMessage());
    }

    interface Patch {
        void apply(ByteBuffer bytes, int pointDataOffset);
    }

    private Path patched(String fixture, Patch patch) throws IOException {
        byte[] bytes = Files.readAllBytes(TestData.file(fixture));
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        patch.apply(b, b.getInt(96));
        Path copy = tmp.resolve("bad.laz");
        Files.write(copy, bytes);
        return copy;
    }

    static void assertPositionsIdentical(PointCloud expected, PointCloud actual) {
        assertEquals(expected.originX(), actual.originX());
        assertEquals(expected.originY(), actual.originY());
        assertEquals(expected.originZ(), actual.originZ());
        assertTrue(Arrays.equals(expected.x(), actual.x()), "x");
        assertTrue(Arrays.equals(expected.y(), actual.y()), "y");
        assertTrue(Arrays.equals(expected.z(), actual.z()), "z");
    }
}
