package dev.fuselage.io.las;

import static dev.fuselage.io.las.LasColumns.*;
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
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated LAS files (small ones written here with every feature the reader parses, plus the small shared
 * permutation fixtures) either read or fail with a {@link FormatException} naming the file; never anything else.
 */
class LasFuzzTest {
    @TempDir
    Path tmp;

    @Test
    void mutatedLasFilesFailCleanly() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(write(formatThreeWithExtraBytes(), "pf3.las"));
        seeds.add(write(formatSevenWithEvlr(), "pf7.las"));
        seeds.add(write(formatFourWithWaveforms(), "pf4.las"));
        for (String f : List.of("las/pdal/permutations/1.0_0.las", "las/pdal/permutations/1.2_3.las",
                "las/pdal/no-points.las")) {
            seeds.add(Files.readAllBytes(TestData.file(f)));
        }
        LasFormat format = new LasFormat();
        MutationFuzzer fuzzer = new MutationFuzzer(seeds, 20240611L);
        Path dir = Files.createDirectories(tmp.resolve("fuzz"));
        int iterations = MutationFuzzer.iterations(2000);
        int rejected = fuzzer.run(iterations, dir, "fuzz.las", format::read, FormatException.class);
        assertTrue(rejected > 0 && rejected < iterations, "rejected " + rejected + " of " + iterations);
    }

    private byte[] write(PointCloud c, String name) throws IOException {
        Path f = tmp.resolve(name);
        new LasFormat().write(c, f, WriteOptions.DEFAULT);
        return Files.readAllBytes(f);
    }

    static PointCloud base(int n, long seed) {
        PointCloud c = new PointCloud(n);
        c.setOrigin(637_000.0, 849_000.0, 400.0);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            c.x()[i] = (float) r.nextDouble(-50, 50);
            c.y()[i] = (float) r.nextDouble(-50, 50);
            c.z()[i] = (float) r.nextDouble(-5, 5);
        }
        c.positionsChanged();
        short[] intensity = c.addColumn(StandardAttributes.INTENSITY, ScalarType.UINT16, 1).shorts();
        byte[] ret = c.addColumn(RETURN_NUMBER, ScalarType.UINT8, 1).bytes();
        byte[] cls = c.addColumn(CLASSIFICATION, ScalarType.UINT8, 1).bytes();
        for (int i = 0; i < n; i++) {
            intensity[i] = (short) r.nextInt(65536);
            ret[i] = (byte) (1 + r.nextInt(3));
            cls[i] = (byte) r.nextInt(19);
        }
        return c;
    }

    static PointCloud formatThreeWithExtraBytes() {
        PointCloud c = base(150, 1);
        double[] t = c.addColumn(StandardAttributes.TIME, ScalarType.FLOAT64, 1).doubles();
        short[] red = c.addColumn(RED, ScalarType.UINT16, 1).shorts();
        short[] semantic = c.addColumn(StandardAttributes.SEMANTIC, ScalarType.UINT16, 1).shorts();
        float[] fpfh = c.addColumn("fpfh", ScalarType.FLOAT32, 2).floats();
        for (int i = 0; i < c.size(); i++) {
            t[i] = 1000 + i * 0.001;
            red[i] = (short) (i * 300);
            semantic[i] = (short) (i % 7);
            fpfh[2 * i] = i;
            fpfh[2 * i + 1] = -i;
        }
        return c;
    }

    static PointCloud formatSevenWithEvlr() {
        PointCloud c = base(120, 2);
        c.addColumn(StandardAttributes.TIME, ScalarType.FLOAT64, 1);
        c.addColumn(RED, ScalarType.UINT16, 1);
        c.addColumn(SCANNER_CHANNEL, ScalarType.UINT8, 1).bytes()[5] = 2;
        c.addColumn(OVERLAP, ScalarType.UINT8, 1).bytes()[6] = 1;
        c.metadata().put(LasMetadata.EVLR + "count", "1");
        c.metadata().put(LasMetadata.EVLR + "0.user_id", "fuselage_test");
        c.metadata().put(LasMetadata.EVLR + "0.record_id", "7");
        c.metadata().put(LasMetadata.EVLR + "0.data", Base64.getEncoder().encodeToString(new byte[40]));
        return c;
    }

    static PointCloud formatFourWithWaveforms() {
        PointCloud c = base(60, 3);
        c.addColumn(StandardAttributes.TIME, ScalarType.FLOAT64, 1);
        long[] offset = c.addColumn(WAVEPACKET_OFFSET, ScalarType.UINT64, 1).longs();
        float[] xt = c.addColumn(X_T, ScalarType.FLOAT32, 1).floats();
        for (int i = 0; i < c.size(); i++) {
            offset[i] = 60L + 256L * i;
            xt[i] = 1e-4f * i;
        }
        return c;
    }
}
