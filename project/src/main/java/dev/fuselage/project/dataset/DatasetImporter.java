package dev.fuselage.project.dataset;

import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one dataset format into a project, the counterpart of {@link DatasetExporter}. {@link DatasetImport} runs
 * it: into an existing project, or into a new one that appears only when the import succeeded. Implementations
 * add everything of one import as one edit (one undo step, one transaction), so a failed import adds nothing.
 */
public interface DatasetImporter {
    /** The format's name on the command line, e.g. {@code kitti}, {@code openlabel}. */
    String format();

    /** One line for menus and help. */
    String description();

    /** Whether the format needs {@link ImportSource#calib()} ({@code kitti-tracking}). */
    default boolean needsCalibration() {
        return false;
    }

    /** Whether it can add to a project that exists; false for formats that describe a whole project. */
    default boolean addsToExistingProjects() {
        return true;
    }

    /**
     * The {@code project.json} of a new project made by importing {@code source} into {@code projectFolder}:
     * name, ontology and the data it references (never copied).
     *
     * @throws IOException when the source is not of this format
     */
    ProjectDescriptor newProject(ImportSource source, Path projectFolder) throws IOException;

    /**
     * Adds the source's labels to an open, writable project, reporting progress and stopping with
     * {@link ExportCancelledException} when asked.
     *
     * @throws IOException naming the file and the problem when the source is malformed; nothing is added then
     */
    ImportResult importInto(ImportSource source, ProjectStore project, ExportProgress progress) throws IOException;
}
