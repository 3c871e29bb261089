package dev.fuselage.io.pcd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.WriteOptions;
import dev.fuselage.testkit.MutationFuzzer;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated PCD files of all three encodings must either read or fail with a {@link FormatException} naming the
 * file: never an unchecked exception, an out-of-memory error or a hang. {@code mvn -Pfuzz} runs 100k iterations.
 */
class PcdFuzzTest {
    @TempDir
    Path dir;

    @Test
    void mutatedFilesReadOrFailCleanly() throws IOException {
        PcdFormat pcd = new PcdFormat();
        List<byte[]> seeds = new ArrayList<>();
        for (String encoding : List.of("ascii", "binary", "binary_compressed")) {
            seeds.add(seed(pcd, encoding, 60, false));
            seeds.add(seed(pcd, encoding, 150, true));
        }
        seeds.add(Files.readAllBytes(TestData.file("pcd/pdal/utm17_comma.pcd")));
        seeds.add(Files.readAllBytes(TestData.file("pcd/pcl/bunny.pcd")));
        int iterations = MutationFuzzer.iterations(2000);
        int rejected = new MutationFuzzer(seeds, 20240601L).run(iterations, dir, "fuzz.pcd", pcd::read,
                FormatException.class);
        assertTrue(rejected > 0 && rejected < iterations, "mutations rejected: " + rejected + " of " + iterations);
    }

    /** A small cloud with typical lidar columns; organized ones hold NaN points and a COUNT 3 column. */
    private byte[] seed(PcdFormat pcd, String encoding, int n, boolean organized) throws IOException {
        SplittableRandom rnd = new SplittableRandom(n);
        PointCloud c = new PointCloud(n);
        float[] intensity = c.addColumn(StandardAttributes.INTENSITY, ScalarType.FLOAT32, 1).floats();
        short[] ring = c.addColumn(StandardAttributes.RING, ScalarType.UINT16, 1).shorts();
        int[] rgb = c.addColumn(StandardAttributes.RGB, ScalarType.UINT32, 1).ints();
        double[] time = c.addColumn(StandardAttributes.TIME, ScalarType.FLOAT64, 1).doubles();
        for (int i = 0; i < n; i++) {
            boolean hole = organized && i % 7 == 0;
            c.x()[i] = hole ? Float.NaN : (float) rnd.nextDouble(-80, 80);
            c.y()[i] = hole ? Float.NaN : (float) rnd.nextDouble(-80, 80);
            c.z()[i] = hole ? Float.NaN : (float) rnd.nextDouble(-2, 8);
            intensity[i] = rnd.nextInt(256);
            ring[i] = (short) (i % 32);
            rgb[i] = rnd.nextInt(1 << 24);
            time[i] = i * 1e-5;
        }
        if (organized) {
            c.setOrganized(n / 10, 10);
            float[] normal = c.addColumn("normal", ScalarType.FLOAT32, 3).floats();
            for (int i = 0; i < normal.length; i++) {
                normal[i] = (float) rnd.nextDouble(-1, 1);
            }
        }
        Path file = dir.resolve("seed-" + encoding + "-" + n + ".pcd");
        pcd.write(c, file, WriteOptions.encoding(encoding));
        return Files.readAllBytes(file);
    }
}
