package dev.fuselage.project.dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a project as one dataset format. Implementations write into {@code out}, a fresh empty folder that
 * {@link DatasetExport} renames into place afterwards; they never write anywhere else and never modify the source
 * data.
 */
public interface DatasetExporter {
    /** The format's name on the command line, e.g. {@code kitti}, {@code coco}. */
    String format();

    /** One line for menus and help. */
    String description();

    /**
     * Writes the dataset, reporting progress and stopping with {@link ExportCancelledException} when asked.
     *
     * @throws IOException when a source file cannot be read or the output cannot be written
     */
    void export(ExportSource source, Path out, ExportProgress progress) throws IOException;
}
