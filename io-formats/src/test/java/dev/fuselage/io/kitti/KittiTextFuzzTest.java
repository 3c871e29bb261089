package dev.fuselage.io.kitti;

import dev.fuselage.io.FormatException;
import dev.fuselage.testkit.MutationFuzzer;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calibration and label readers fail only with {@link FormatException} on mutated real files. */
class KittiTextFuzzTest {
    @Test
    void calibrationFuzz(@TempDir Path dir) throws IOException {
        List<byte[]> seeds = List.of(Files.readAllBytes(TestData.file("kitti/object/training/calib/000000.txt")),
                Files.readAllBytes(TestData.file("kitti/object/testing/calib/000002.txt")));
        new MutationFuzzer(seeds, 11).run(MutationFuzzer.iterations(2000), dir, "calib.txt",
                KittiCalibrationIO::read, FormatException.class);
    }

    @Test
    void labelFuzz(@TempDir Path dir) throws IOException {
        List<byte[]> seeds = List.of(Files.readAllBytes(TestData.file("kitti/object/training/label_2/000001.txt")),
                Files.readAllBytes(TestData.file("kitti/object/training/label_2/000002.txt")));
        new MutationFuzzer(seeds, 12).run(MutationFuzzer.iterations(2000), dir, "label.txt",
                KittiLabelIO::read, FormatException.class);
    }
}
