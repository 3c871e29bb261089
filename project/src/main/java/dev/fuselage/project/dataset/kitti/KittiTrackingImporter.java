package dev.fuselage.project.dataset.kitti;

import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.project.dataset.DatasetImporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ImportResult;
import dev.fuselage.project.dataset.ImportSource;
import dev.fuselage.project.dataset.SequenceCalibration;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code kitti-tracking}: a {@code label_02/<seq>.txt} file with the sequence's calibration ({@code --calib}). The
 * calibration is copied into the project as its {@link SequenceCalibration}, so a project of labels without
 * clouds or images still exports; see {@link KittiImporter#importTracking}.
 */
public final class KittiTrackingImporter implements DatasetImporter {
    @Override
    public String format() {
        return "kitti-tracking";
    }

    @Override
    public String description() {
        return "KITTI tracking labels (label_02/<seq>.txt) with the sequence's calibration";
    }

    @Override
    public boolean needsCalibration() {
        return true;
    }

    @Override
    public ProjectDescriptor newProject(ImportSource source, Path projectFolder) {
        Path dir = projectFolder.toAbsolutePath().normalize();
        return ProjectDescriptor.of(dir.getFileName().toString(), KittiImporter.ONTOLOGY, List.of());
    }

    @Override
    public ImportResult importInto(ImportSource source, ProjectStore project, ExportProgress progress)
            throws IOException {
        Path calibFile = source.calib().orElseThrow(() -> new IOException(
                "kitti-tracking import needs --calib FILE (the sequence's calibration)"));
        KittiImporter.Result r = KittiImporter.importTracking(source.path(), KittiCalibrationIO.read(calibFile),
                project.annotations(), progress);
        SequenceCalibration.attach(project, calibFile);
        return new ImportResult(r.frames(), r.objects(), r.regions());
    }
}
