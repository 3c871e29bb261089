package dev.fuselage.project.dataset;

import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs a {@link DatasetImporter}, atomically. Into an existing project the import is one edit, so a failure adds
 * nothing. A new project is built in a hidden folder beside its target and renamed into place only when the import
 * succeeded, so a failed or cancelled import leaves no half-made project that would reopen without its labels. When
 * the target is a folder that already holds other files (data inside the project folder), the project is made in
 * place and everything the attempt added is removed on failure.
 */
public final class DatasetImport {
    /**
     * What an import did.
     *
     * @param project where the project is
     * @param created whether the import made it
     * @param result  what it added
     */
    public record Outcome(Path project, boolean created, ImportResult result) {
    }

    /** Fills a new project; runs before the project becomes visible. */
    @FunctionalInterface
    public interface Fill {
        void fill(ProjectStore project) throws IOException;
    }

    private DatasetImport() {
    }

    /**
     * Imports {@code source} into the project in {@code projectFolder}, creating the project when the folder holds
     * none.
     *
     * @throws IOException when the project is read-only, the format cannot add to an existing project, or the
     *                     import fails (nothing is left behind then)
     */
    public static Outcome run(DatasetImporter importer, ImportSource source, Path projectFolder,
                              ExportProgress progress) throws IOException {
        Path dir = projectFolder.toAbsolutePath().normalize();
        if (importer.needsCalibration() && source.calib().isEmpty()) {
            throw new IOException(importer.format() + " import needs --calib FILE (the sequence's calibration)");
        }
        if (Files.isRegularFile(dir.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            if (!importer.addsToExistingProjects()) {
                throw new IOException(dir + ": a project already exists here; " + importer.format()
                        + " imports into a new project");
            }
            try (ProjectStore p = ProjectStore.open(dir)) {
                if (p.isReadOnly()) {
                    throw new IOException(dir + ": " + p.readOnlyReason().orElse("read-only"));
                }
                return new Outcome(dir, false, importer.importInto(source, p, progress));
            }
        }
        ImportResult[] result = new ImportResult[1];
        ProjectDescriptor descriptor = importer.newProject(source, dir);
        try (ProjectStore p = createProject(dir, descriptor, q -> result[0] = importer.importInto(source, q,
                progress))) {
            return new Outcome(p.folder(), true, result[0]);
        }
    }

    /**
     * Makes a project in {@code folder} and fills it, so that it appears complete or not at all; the returned
     * project is open for writing.
     *
     * @throws IOException when the folder already holds a project, or filling fails (nothing is left behind then)
     */
    public static ProjectStore createProject(Path folder, ProjectDescriptor descriptor, Fill fill) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            throw new IOException(target.resolve(ProjectStore.DESCRIPTOR_FILE) + ": a project already exists here");
        }
        if (Files.isDirectory(target) && !isEmptyDirectory(target)) {
            return createInPlace(target, descriptor, fill);
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(target + ": exists and is not a folder");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".import-");
        boolean moved = false;
        try {
            try (ProjectStore p = ProjectStore.create(tmp, descriptor)) {
                fill.fill(p);
            }
            Files.deleteIfExists(target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            moved = true;
        } finally {
            if (!moved) {
                DatasetExport.deleteTree(tmp);
            }
        }
        return ProjectStore.open(target);
    }

    private static ProjectStore createInPlace(Path target, ProjectDescriptor descriptor, Fill fill)
            throws IOException {
        Set<Path> before = new HashSet<>(list(target));
        ProjectStore p = ProjectStore.create(target, descriptor);
        try {
            fill.fill(p);
            return p;
        } catch (IOException | RuntimeException | Error e) {
            try {
                p.close();
                for (Path added : list(target)) {
                    if (!before.contains(added)) {
                        DatasetExport.deleteTree(added);
                    }
                }
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
