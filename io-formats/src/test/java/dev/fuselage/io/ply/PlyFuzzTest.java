package dev.fuselage.io.ply;

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
 * Seeded mutation fuzzing of the PLY reader: mutated files of all three encodings, with lists in the vertex and
 * faces/camera elements around it, must either read or fail with a {@link FormatException} naming the file.
 */
class PlyFuzzTest {
    @Test
    void mutatedFilesReadOrFailCleanly(@TempDir Path dir) throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String enc : List.of("ascii", "binary_little_endian", "binary_big_endian")) {
            seeds.add(PlyBuilder.sample(enc, 60));
            seeds.add(doublesAndIntegers(enc));
        }
        seeds.add(Files.readAllBytes(TestData.file("ply/pcl/cube.ply")));
        seeds.add(Files.readAllBytes(TestData.file("ply/pdal/text_extradim.ply")));
        seeds.add(Files.readAllBytes(TestData.file("ply/pdal/simple_text.ply")));
        seeds.add(Files.readAllBytes(TestData.file("ply/pdal/mesh.ply")));
        PlyFormat ply = new PlyFormat();
        int iterations = MutationFuzzer.iterations(2000);
        int rejected = new MutationFuzzer(seeds, 20240611L).run(iterations, dir, "fuzz.ply", ply::read,
                FormatException.class);
        // the fuzzer must reach both outcomes, or it is not exploring the reader
        assertTrue(rejected > 0 && rejected < iterations, "rejected " + rejected + " of " + iterations);
    }

    /** Double and integer positions plus columns of every width, and a face element after the vertices. */
    private static byte[] doublesAndIntegers(String encoding) {
        PlyBuilder b = new PlyBuilder(encoding).line("obj_info fuzz seed").element("vertex", 50)
                .property("double", "x").property("int", "y").property("ushort", "z").property("char", "c")
                .property("uint", "u").property("float64", "t").element("face", 3).list("int", "uint", "v");
        for (int i = 0; i < 50; i++) {
            b.value("double", 500_000 + i * 0.125).value("int", -i).value("ushort", i * 3).value("char", -i)
                    .value("uint", i * 1000L).value("float64", i / 3.0).endRecord();
        }
        for (int f = 0; f < 3; f++) {
            b.value("int", 3).value("uint", f).value("uint", f + 1).value("uint", f + 2).endRecord();
        }
        return b.bytes();
    }
}
