package dev.fuselage.bench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mreutegg.laszip4j.CloseablePointIterable;
import com.github.mreutegg.laszip4j.LASHeader;
import com.github.mreutegg.laszip4j.LASPoint;
import com.github.mreutegg.laszip4j.LASReader;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.las.LazFormat;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repeated-chunk LAZ inputs decode, in three independent decoders, to exactly the source's points in the
 * documented order with the documented x shift per cycle, and their header and chunk table are right.
 */
class RepeatLazChunksTest {
    private static final String SOURCE = "las/autzen_trim.laz"; // 2 chunks of 50,000 + one of 10,000
    private static final int CHUNK = 50_000;
    private static final int FULL = 2;
    private static final int TAIL = 10_000;
    /** 5 full chunks (source chunks 0 1 0 1 0, cycles 0 0 1 1 2) then the short one (cycle 2). */
    private static final int REQUESTED = 255_000;
    private static final int POINTS = 5 * CHUNK + TAIL;
    private static final int[] SOURCE_CHUNK = {0, 1, 0, 1, 0, 2};

    @TempDir
    static Path dir;
    private static Path out;
    private static RepeatLazChunks.Summary summary;
    private static List<int[]> source; // x y z intensity of each source point, raw
    private static List<Double> sourceTime;

    @BeforeAll
    static void build() throws IOException {
        out = dir.resolve("repeated.laz");
        summary = RepeatLazChunks.repeat(TestData.file(SOURCE), out, REQUESTED);
        source = new ArrayList<>();
        sourceTime = new ArrayList<>();
        try (CloseablePointIterable it = new LASReader(TestData.file(SOURCE).toFile()).getCloseablePoints()) {
            for (LASPoint p : it) {
                source.add(new int[] {p.getX(), p.getY(), p.getZ(), p.getIntensity(), p.getClassification(),
                    p.getReturnNumber(), p.getRed(), p.getBlue()});
                sourceTime.add(p.getGPSTime());
            }
        }
    }

    /** The source point output point {@code i} copies, and how many shifts along x it gets. */
    private static int sourceIndex(int i) {
        return SOURCE_CHUNK[i / CHUNK] * CHUNK + i % CHUNK;
    }

    private static long cycle(int i) {
        return (i / CHUNK) / FULL;
    }

    @Test
    void sizeIsWholeChunksNearestTheRequest() throws IOException {
        assertEquals(110_000, source.size());
        assertEquals(new RepeatLazChunks.Summary(POINTS, CHUNK, 6, FULL, summary.xShiftPerCycle(), Files.size(out)),
                summary);
        assertEquals(POINTS, RepeatLazChunks.headerPointCount(out));
        assertTrue(summary.xShiftPerCycle() > 0);
    }

    @Test
    void laszip4jDecodesTheShiftedSourcePointsAndTheHeaderBoundsThem() {
        LASReader reader = new LASReader(out.toFile());
        LASHeader h = reader.getHeader();
        assertEquals(POINTS, h.getLegacyNumberOfPointRecords());
        long[] byReturn = new long[5];
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minZ = Double.MAX_VALUE, maxZ = -Double.MAX_VALUE;
        int i = 0;
        try (CloseablePointIterable it = reader.getCloseablePoints()) {
            for (LASPoint p : it) {
                int[] s = source.get(sourceIndex(i));
                assertEquals(s[0] + cycle(i) * summary.xShiftPerCycle(), p.getX(), "x of " + i);
                assertArrayEquals(new int[] {s[1], s[2], s[3], s[4], s[5], s[6], s[7]},
                        new int[] {p.getY(), p.getZ(), p.getIntensity(), p.getClassification(), p.getReturnNumber(),
                            p.getRed(), p.getBlue()}, "point " + i);
                assertEquals(sourceTime.get(sourceIndex(i)), p.getGPSTime(), "time of " + i);
                byReturn[p.getReturnNumber() - 1]++;
                double x = p.getX() * h.getXScaleFactor() + h.getXOffset();
                double z = p.getZ() * h.getZScaleFactor() + h.getZOffset();
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minZ = Math.min(minZ, z);
                maxZ = Math.max(maxZ, z);
                i++;
            }
        }
        assertEquals(POINTS, i);
        assertEquals(minX, h.getMinX(), 1e-9);
        assertEquals(maxX, h.getMaxX(), 1e-9);
        assertEquals(minZ, h.getMinZ(), 1e-9);
        assertEquals(maxZ, h.getMaxZ(), 1e-9);
        for (int r = 0; r < 5; r++) {
            assertEquals(byReturn[r], Integer.toUnsignedLong(h.getLegacyNumberOfPointsByReturn()[r]), "return " + r);
        }
    }

    @Test
    void fuselageUsesTheNewChunkTableAndAgreesParallelAndSingleThreaded() throws IOException {
        PointCloud parallel = PointCloudIO.read(out);
        PointCloud single = new LazFormat(1).read(out);
        assertTrue(parallel.warnings().isEmpty(), "a chunk table Fuselage cannot use warns: " + parallel.warnings());
        assertEquals(POINTS, parallel.size());
        assertEquals(POINTS, single.size());
        for (int i = 0; i < POINTS; i++) {
            int[] s = source.get(sourceIndex(i));
            double x = (s[0] + cycle(i) * summary.xShiftPerCycle()) * 0.01;
            assertEquals(x, parallel.worldX(i), 0.002, "x of " + i);
            assertEquals(s[1] * 0.01, parallel.worldY(i), 0.002, "y of " + i);
            assertEquals(s[2] * 0.01, parallel.worldZ(i), 0.002, "z of " + i);
            assertEquals(parallel.worldX(i), single.worldX(i));
            assertEquals(parallel.worldZ(i), single.worldZ(i));
        }
    }

    @Test
    void lazPerfDecodesTheSameRecordsAsFromTheSourceWithXShifted() throws Exception {
        Path peers = Path.of("peers").toAbsolutePath();
        // a cross-check that skips proves nothing: without laz-perf this fails, and .ci/run installs it
        assertTrue(Files.isDirectory(peers.resolve("node_modules/laz-perf")),
                "laz-perf is not installed: run `cd bench/peers && npm ci` (needs Node.js and npm; .ci/run does both)");
        byte[] src = lazPerf(peers, TestData.file(SOURCE), dir.resolve("source.rec"));
        byte[] got = lazPerf(peers, out, dir.resolve("repeated.rec"));
        int length = src.length / source.size();
        assertEquals(34, length);
        assertEquals((long) POINTS * length, got.length);
        ByteBuffer expected = ByteBuffer.allocate(got.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < POINTS; i++) {
            int at = i * length;
            expected.put(at, src, sourceIndex(i) * length, length);
            expected.putInt(at, (int) (expected.getInt(at) + cycle(i) * summary.xShiftPerCycle()));
        }
        assertArrayEquals(expected.array(), got);
    }

    private static byte[] lazPerf(Path peers, Path laz, Path records) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("node", peers.resolve("lazperf_dump.mjs").toString(), laz.toString(),
                    records.toString()).directory(peers.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("Node.js is needed for the laz-perf cross-check (apt-get install nodejs npm,"
                    + " or run .ci/run): " + e.getMessage(), e);
        }
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "laz-perf timed out");
        assertEquals(0, p.exitValue(), output);
        return Files.readAllBytes(records);
    }
}
