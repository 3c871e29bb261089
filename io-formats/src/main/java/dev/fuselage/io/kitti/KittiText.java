package dev.fuselage.io.kitti;

import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reading KITTI's small text files: existence and a size cap checked first, so a stray huge file fails fast. */
final class KittiText {
    private KittiText() {
    }

    /**
     * All lines of a text file.
     *
     * @param what     what the file is, for messages ({@code "label file"})
     * @param maxBytes the largest size such a file can sensibly have
     */
    static List<String> lines(Path file, String what, long maxBytes) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new FormatException(file, "no such " + what);
        }
        if (size > maxBytes) {
            throw new FormatException(file, what + " is " + size + " bytes; too large");
        }
        return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    }
}
