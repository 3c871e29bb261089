package dev.fuselage.io.las;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.io.FormatException;
import dev.fuselage.testkit.MutationFuzzer;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated LAZ files through laszip4j: headers, the LASzip VLR, the chunk table and the compressed bytes
 * themselves. Seeds are the small single-chunk fixtures of all three compressors (pointwise-chunked,
 * layered-chunked and the old pointwise one).
 */
class LazFuzzTest {
    @TempDir
    Path tmp;

    @Test
    void mutatedLazFilesFailCleanly() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String f : List.of("las/simple.laz", "las/1_4_w_evlr.laz",
                "las/pdal/simple-laszip-compressor-version-1.2r0.laz")) {
            seeds.add(Files.readAllBytes(TestData.file(f)));
        }
        LazFormat format = new LazFormat();
        MutationFuzzer fuzzer = new MutationFuzzer(seeds, 77L);
        int iterations = MutationFuzzer.iterations(2000);
        int rejected = fuzzer.run(iterations, tmp, "fuzz.laz", format::read, FormatException.class);
        assertTrue(rejected > 0 && rejected < iterations, "rejected " + rejected + " of " + iterations);
    }
}
