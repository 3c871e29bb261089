package dev.fuselage.project.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts source files into an export: a hard link when the file system allows it (instant, no space), else a copy. */
public final class FileCopies {
    private FileCopies() {
    }

    /** Links or copies {@code source} to {@code target}; the source is never modified. */
    public static void linkOrCopy(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
