package dev.fuselage.project.dataset;

import dev.fuselage.project.dataset.DatasetExport;
import dev.fuselage.project.dataset.DatasetExporter;
import dev.fuselage.project.dataset.DatasetExporters;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;

/** Export as the CLI and the export dialog run it: the named format, the fusion projector, atomically. */
public final class DatasetJobs {
    private DatasetJobs() {
    }

    /**
     * Exports {@code project} as {@code format} into {@code out}.
     *
     * @throws IllegalArgumentException when the format is unknown (the message lists the known ones)
     */
    public static void export(ProjectStore project, String format, Path out, ExportProgress progress)
            throws IOException {
        export(project, format, out, false, progress);
    }

    /**
     * Exports {@code project} as {@code format} into {@code out}, without the pre-labels nobody accepted when
     * {@code confirmedOnly}.
     *
     * @throws IllegalArgumentException when the format is unknown (the message lists the known ones)
     */
    public static void export(ProjectStore project, String format, Path out, boolean confirmedOnly,
                              ExportProgress progress) throws IOException {
        DatasetExporter exporter = DatasetExporters.byName(format).orElseThrow(() -> new IllegalArgumentException(
                "unknown export format '" + format + "'; one of " + String.join(", ", DatasetExporters.names())));
        DatasetExport.run(exporter, ExportSource.of(project, new FusionBoxProjector(), confirmedOnly), out,
                progress);
    }
}
