package dev.fuselage.io.image;

import dev.fuselage.io.FormatException;
import dev.fuselage.testkit.MutationFuzzer;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PNG/JPEG header reader fails only with {@link FormatException} on mutated image headers. */
class ImageInfoFuzzTest {
    @Test
    void headerFuzz(@TempDir Path dir) throws IOException {
        List<byte[]> seeds = List.of(head("kitti/object/training/image_2/000000.png"),
                head("sustech/camera/front/000965.jpg"));
        new MutationFuzzer(seeds, 13).run(MutationFuzzer.iterations(2000), dir, "image.jpg",
                ImageInfo::read, FormatException.class);
    }

    /** The first 4 KiB: everything the size reader looks at, so the fuzzer spends its edits there. */
    private static byte[] head(String file) throws IOException {
        try (InputStream in = Files.newInputStream(TestData.file(file))) {
            return in.readNBytes(4096);
        }
    }
}
