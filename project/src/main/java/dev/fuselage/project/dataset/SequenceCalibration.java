package dev.fuselage.project.dataset;

import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One KITTI calibration for every frame of a project, kept in the project folder ({@value #FILE}) and named in
 * {@code project.json} as a source of kind {@value #KIND}. Sequences labelled without their data (KITTI tracking
 * labels imported with {@code --calib}, OpenLABEL files with camera streams) get theirs this way, so the project
 * exports again; a frame whose data brings its own calibration uses that one.
 */
public final class SequenceCalibration {
    /** Source kind in {@code project.json}. */
    public static final String KIND = "kitti-calib";
    /** The file inside the project folder. */
    public static final String FILE = "calib.txt";

    private SequenceCalibration() {
    }

    /** Copies a KITTI calibration file into the project (checked first: it must parse) and references it. */
    public static void attach(ProjectStore project, Path calibFile) throws IOException {
        KittiCalibrationIO.read(calibFile);
        byte[] bytes = Files.readAllBytes(calibFile);
        PointCloudIO.writeAtomically(project.folder().resolve(FILE), tmp -> Files.write(tmp, bytes));
        reference(project);
    }

    /** Writes a calibration into the project and references it. */
    public static void attach(ProjectStore project, KittiCalibration calib) throws IOException {
        KittiCalibrationIO.write(calib, project.folder().resolve(FILE));
        reference(project);
    }

    private static void reference(ProjectStore project) throws IOException {
        ProjectDescriptor d = project.descriptor();
        if (d.sources().stream().anyMatch(s -> s.kind().equals(KIND))) {
            return;
        }
        List<SourceRef> sources = new ArrayList<>(d.sources());
        sources.add(new SourceRef(KIND, FILE));
        project.updateDescriptor(new ProjectDescriptor(d.formatVersion(), d.name(), d.ontology(), sources));
    }

    /** The sequence calibration file a descriptor names, if any and if it exists. */
    public static Optional<Path> of(Path projectFolder, ProjectDescriptor descriptor) {
        return descriptor.sources().stream().filter(s -> s.kind().equals(KIND)).map(s -> s.resolve(projectFolder))
                .filter(Files::isRegularFile).findFirst();
    }

    /** Whether a source is a sequence calibration (a file, not a data folder). */
    public static boolean isCalibration(SourceRef ref) {
        return ref.kind().equals(KIND);
    }
}
