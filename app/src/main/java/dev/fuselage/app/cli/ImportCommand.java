package dev.fuselage.app.cli;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.edit.EditRecord;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.coco.CocoImporter;
import dev.fuselage.project.dataset.json.NativeJsonImporter;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.dataset.openlabel.OpenLabelImporter;
import dev.fuselage.project.dataset.semantickitti.SemanticKittiImporter;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage import FORMAT SOURCE --project P}: labels into a project, creating it when {@code P} holds none.
 * {@code kitti} takes a KITTI object folder (the new project references it as its data), {@code kitti-tracking} a
 * {@code label_02/<seq>.txt} with {@code --calib}, {@code json} a native export (always a new project),
 * {@code coco} an annotation file (2D boxes), {@code openlabel} an OpenLABEL file (cuboids), {@code semantickitti} a
 * {@code sequences/NN} folder (scans referenced, {@code .label} files as point labels).
 */
@Command(name = "import", description = "Import labels into a project (created if needed): kitti, kitti-tracking, "
        + "json, coco, openlabel, semantickitti.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT",
            description = "kitti, kitti-tracking, json, coco, openlabel or semantickitti")
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
        PrintWriter out = spec.commandLine().getOut();
        boolean exists = Files.isRegularFile(project.resolve(ProjectStore.DESCRIPTOR_FILE));
        switch (format) {
            case "kitti" -> {
                if (!exists) {
                    try (ProjectStore p = KittiImporter.createProject(source, project, ExportProgress.NONE)) {
                        out.println("created " + p.folder() + " with " + p.annotations().allObjects().size()
                                + " objects, " + p.annotations().allImageAnnotations().size()
                                + " DontCare regions from " + source);
                    }
                } else {
                    try (ProjectStore p = writable(project)) {
                        var r = KittiImporter.importObjectLabels(source, p.annotations(), ExportProgress.NONE);
                        out.println("imported " + r.objects() + " objects, " + r.regions() + " DontCare regions");
                    }
                }
            }
            case "kitti-tracking" -> {
                if (calib == null) {
                    throw new IOException("kitti-tracking import needs --calib FILE (the sequence's calibration)");
                }
                try (ProjectStore p = openOrCreate(KittiImporter.ONTOLOGY)) {
                    var r = KittiImporter.importTracking(source, KittiCalibrationIO.read(calib), p.annotations(),
                            ExportProgress.NONE);
                    out.println("imported " + r.objects() + " objects, " + r.regions() + " DontCare regions in "
                            + r.frames() + " frames");
                }
            }
            case "json" -> {
                if (exists) {
                    throw new IOException(project + ": a project already exists here; native JSON imports into a new"
                            + " project");
                }
                try (ProjectStore p = NativeJsonImporter.createProject(source, project, ExportProgress.NONE)) {
                    out.println("created " + p.folder() + " with " + p.annotations().allObjects().size() + " objects");
                }
            }
            case "coco" -> {
                try (ProjectStore p = openOrCreate("COCO")) {
                    out.println("imported " + CocoImporter.importBoxes(source, p.annotations()) + " 2D boxes");
                }
            }
            case "openlabel" -> {
                try (ProjectStore p = openOrCreate("KITTI")) {
                    List<ObjectAnnotation> objects = OpenLabelImporter.read(source);
                    Set<String> frames = new HashSet<>();
                    objects.forEach(o -> frames.add(o.frameId()));
                    p.annotations().edit(new EditRecord(EditAction.DO, "Import OpenLABEL", frames),
                            () -> objects.forEach(p.annotations()::putObject));
                    out.println("imported " + objects.size() + " cuboids");
                }
            }
            case "semantickitti" -> {
                if (exists) {
                    try (ProjectStore p = writable(project)) {
                        var r = SemanticKittiImporter.importLabels(SemanticKittiImporter.sequenceFolder(source),
                                p.annotations(), ExportProgress.NONE);
                        out.println("imported point labels of " + r.labeled() + " of " + r.frames() + " scans");
                    }
                } else {
                    try (ProjectStore p = SemanticKittiImporter.createProject(source, project, ExportProgress.NONE)) {
                        out.println("created " + p.folder() + " with point labels for "
                                + p.annotations().frames().stream().filter(f -> p.annotations().pointLabels(f)
                                .isPresent()).count() + " of " + p.annotations().frames().size() + " scans from "
                                + source);
                    }
                }
            }
            default -> throw new ParameterException(spec.commandLine(), "unknown import format '" + format
                    + "'; one of kitti, kitti-tracking, json, coco, openlabel, semantickitti");
        }
        return 0;
    }

    private ProjectStore openOrCreate(String ontology) throws IOException {
        if (Files.isRegularFile(project.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            return writable(project);
        }
        Path dir = project.toAbsolutePath().normalize();
        return ProjectStore.create(dir, ProjectDescriptor.of(dir.getFileName().toString(), ontology, List.of()));
    }

    private static ProjectStore writable(Path folder) throws IOException {
        ProjectStore p = ProjectStore.open(folder);
        if (p.isReadOnly()) {
            String why = p.readOnlyReason().orElse("read-only");
            p.close();
            throw new IOException(folder + ": " + why);
        }
        return p;
    }
}
