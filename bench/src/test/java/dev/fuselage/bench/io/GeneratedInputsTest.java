package dev.fuselage.bench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mreutegg.laszip4j.CloseablePointIterable;
import com.github.mreutegg.laszip4j.LASHeader;
import com.github.mreutegg.laszip4j.LASPoint;
import com.github.mreutegg.laszip4j.LASReader;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark inputs are what they claim to be: peers and Fuselage must read the same, valid points. */
class GeneratedInputsTest {
    private static final int N = 5000;

    @TempDir
    Path dir;

    @Test
    void sweepsAreDeterministicAndLidarLike() {
        int n = 130_000; // a whole sweep: rings are in order top to bottom, so ground shows in the lower ones
        LidarPoints a = LidarPoints.generate(GenerateClouds.SEED, n);
        LidarPoints b = LidarPoints.generate(GenerateClouds.SEED, n);
        assertArrayEquals(a.x, b.x);
        assertArrayEquals(a.intensity, b.intensity);
        int ground = 0, building = 0;
        for (int i = 0; i < n; i++) {
            double range = Math.sqrt(a.x[i] * a.x[i] + a.y[i] * a.y[i] + a.z[i] * a.z[i]);
            assertTrue(range > 1 && range < 121, "range " + range + " at " + i);
            assertTrue(a.z[i] > -1.9, "below the ground plane at " + i + ": z " + a.z[i]);
            assertTrue(a.intensity[i] >= 0 && a.intensity[i] <= 1, "intensity " + a.intensity[i]);
            assertTrue(a.ring[i] >= 0 && a.ring[i] < SyntheticLidar.RINGS);
            ground += a.classification[i] == 2 ? 1 : 0;
            building += a.classification[i] == 6 ? 1 : 0;
        }
        assertTrue(ground > 0 && building > 0, "scene has both ground and facades: " + ground + "/" + building);
    }

    @Test
    void lasPf6IsReadByLaszip4jPointForPoint() throws IOException {
        LidarPoints p = LidarPoints.generate(GenerateClouds.SEED, N);
        Path las = dir.resolve("c.las");
        LasPf6Emitter.write(p, las);
        assertEquals(LasPf6Emitter.HEADER_SIZE + (long) LasPf6Emitter.RECORD_LENGTH * N, Files.size(las));
        LASReader reader = new LASReader(las.toFile());
        LASHeader h = reader.getHeader();
        assertEquals(1, h.getVersionMajor());
        assertEquals(4, h.getVersionMinor());
        assertEquals(6, h.getPointDataRecordFormat());
        assertEquals(N, h.getNumberOfPointRecords());
        assertEquals(0, h.getLegacyNumberOfPointRecords());
        int i = 0;
        try (CloseablePointIterable points = reader.getCloseablePoints()) {
            for (LASPoint q : points) {
                assertEquals(p.x[i], q.getX() * h.getXScaleFactor(), 0.0006, "x of " + i);
                assertEquals(p.y[i], q.getY() * h.getYScaleFactor(), 0.0006, "y of " + i);
                assertEquals(p.z[i], q.getZ() * h.getZScaleFactor(), 0.0006, "z of " + i);
                assertEquals(Math.round(p.intensity[i] * 65535.0), q.getIntensity());
                assertEquals(p.classification[i], q.getClassification());
                assertEquals(p.ring[i], q.getUserData());
                assertEquals(1e8 + p.time[i], q.getGPSTime(), 1e-6);
                i++;
            }
        }
        assertEquals(N, i);
    }

    @Test
    void pcdBinaryCarriesTheSameBytesAsTheKittiBin() throws IOException {
        LidarPoints p = LidarPoints.generate(GenerateClouds.SEED, N);
        Path pcd = dir.resolve("c.pcd");
        PcdBinaryEmitter.write(p, pcd);
        PointCloud cloud = new PointCloud(p.x, p.y, p.z);
        System.arraycopy(p.intensity, 0,
                cloud.addColumn(StandardAttributes.INTENSITY, ScalarType.FLOAT32, 1).floats(), 0, N);
        Path bin = dir.resolve("c.bin");
        PointCloudIO.write(cloud, bin, WriteOptions.DEFAULT);

        byte[] pcdBytes = Files.readAllBytes(pcd);
        String text = new String(pcdBytes, StandardCharsets.US_ASCII);
        int dataStart = text.indexOf("DATA binary\n") + "DATA binary\n".length();
        assertTrue(text.startsWith("# .PCD v0.7"));
        assertTrue(text.contains("\nFIELDS x y z intensity\n") && text.contains("\nPOINTS " + N + "\n"));
        byte[] binBytes = Files.readAllBytes(bin);
        assertEquals(16L * N, binBytes.length);
        assertArrayEquals(binBytes, Arrays.copyOfRange(pcdBytes, dataStart, pcdBytes.length));
    }

    @Test
    void plainBaselineReadsTheInterleavedFloats() throws IOException {
        LidarPoints p = LidarPoints.generate(GenerateClouds.SEED, N);
        PointCloud cloud = new PointCloud(p.x.clone(), p.y.clone(), p.z.clone());
        Path bin = dir.resolve("c.bin");
        PointCloudIO.write(cloud, bin, WriteOptions.DEFAULT);
        float[] f = PlainBinReader.read(bin);
        assertEquals(4 * N, f.length);
        for (int i = 0; i < N; i += 97) {
            assertEquals(p.x[i], f[4 * i]);
            assertEquals(p.z[i], f[4 * i + 2]);
        }
    }

    @Test
    void generatorWritesEachSizeOnceAndNamesFilesAsTheBenchmarksExpect() throws IOException {
        GenerateClouds.generate(dir, CloudSize.K120, false);
        for (BenchFile f : new BenchFile[] {BenchFile.BIN, BenchFile.PCD_BINARY, BenchFile.LAS}) {
            assertTrue(Files.isRegularFile(f.in(dir, CloudSize.K120)), f.key());
        }
        assertEquals(120_000, PointCloudIO.read(BenchFile.BIN.in(dir, CloudSize.K120)).size());
        assertEquals(dir.resolve("cloud-10M-autzen-pf3.laz"), BenchFile.of("laz").in(dir, CloudSize.of("10m")));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, IoBenchRunner.median(java.util.List.of(5.0, 1.0, 3.0)));
        assertEquals(2.5, IoBenchRunner.median(java.util.List.of(4.0, 1.0, 2.0, 3.0)));
        assertTrue(Double.isNaN(IoBenchRunner.median(java.util.List.of())));
    }
}
