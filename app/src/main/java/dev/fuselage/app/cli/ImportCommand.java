package dev.fuselage.app.cli;

import dev.fuselage.project.dataset.DatasetImport;
import dev.fuselage.project.dataset.DatasetImporter;
import dev.fuselage.project.dataset.DatasetImporters;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ImportSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage import FORMAT SOURCE --project P}: labels into a project, creating it when {@code P} holds none;
 * the formats are those of {@link DatasetImporters}. {@code kitti} takes a KITTI object folder and {@code sustech} a
 * SUSTechPOINTS scene (a new project references either as its data), {@code kitti-tracking} a
 * {@code label_02/<seq>.txt} with {@code --calib}, {@code json} a native export (always a new project),
 * {@code coco} an annotation file (2D boxes), {@code openlabel} an OpenLABEL file, {@code semantickitti} a
 * {@code sequences/NN} folder (scans referenced, {@code .label} files as point labels). A failed import changes nothing:
 * a new project appears only complete.
 */
@Command(name = "import", description = "Import labels into a project (created if needed): kitti, kitti-tracking, "
        + "json, coco, openlabel, sustech, semantickitti.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT",
            description = "kitti, kitti-tracking, json, coco, openlabel, sustech or semantickitti")
    String format;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "Dataset folder or label file.")
    Path source;

    @Option(names = "--project", required = true, paramLabel = "P", description = "Project folder.")
    Path project;

    @Option(names = "--calib", paramLabel = "FILE",
            description = "KITTI calibration for kitti-tracking (one for the whole sequence).")
    Path calib;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatasetImporter importer = DatasetImporters.byName(format).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown import format '" + format + "'; one of "
                + String.join(", ", DatasetImporters.names())));
        DatasetImport.Outcome o = DatasetImport.run(importer, new ImportSource(source, Optional.ofNullable(calib)),
                project, ExportProgress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        out.println((o.created() ? "created " : "imported into ") + o.project() + ": " + o.result().summary()
                + " from " + source);
        return 0;
    }
}
