package dev.fuselage.project.dataset;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Runs an exporter atomically: it writes into a hidden temporary folder beside {@code out}, which is renamed to
 * {@code out} only when the export completes. A failed or cancelled export leaves nothing behind, and {@code out}
 * never holds half a dataset. {@code out} must not exist yet or be an empty folder, so an export never overwrites
 * anything.
 */
public final class DatasetExport {
    private DatasetExport() {
    }

    /**
     * Exports {@code source} with {@code exporter} to {@code out}.
     *
     * @throws ExportCancelledException when {@code progress} cancelled it
     * @throws IOException              when {@code out} holds files, or the export fails
     */
    public static void run(DatasetExporter exporter, ExportSource source, Path out, ExportProgress progress)
            throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new IOException(target + ": the export folder already exists and is not empty");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".export-");
        boolean done = false;
        try {
            exporter.export(source, tmp, progress);
            progress.checkCancelled();
            Files.deleteIfExists(target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            } catch (DirectoryNotEmptyException e) {
                throw new IOException(target + ": another process wrote into the export folder meanwhile", e);
            }
            done = true;
        } finally {
            if (!done) {
                deleteTree(tmp);
            }
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes a folder tree; links are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
