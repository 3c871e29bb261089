package dev.fuselage.project.dataset.openlabel;

import dev.fuselage.project.dataset.DatasetImporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ImportResult;
import dev.fuselage.project.dataset.ImportSource;
import dev.fuselage.project.dataset.ImportedObject;
import dev.fuselage.project.dataset.SequenceCalibration;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code openlabel}: an ASAM OpenLABEL 1.0 file (or an export folder holding {@code openlabel.json}), read by
 * {@link OpenLabelReader}. A project without frames gets the file's frames; the cuboids (with their 2D boxes and
 * alpha) and the 2D regions are one edit; the calibration the file's camera stream and poses give becomes the
 * project's {@link SequenceCalibration}, so the project exports to KITTI without its sensor data.
 */
public final class OpenLabelImporter implements DatasetImporter {
    @Override
    public String format() {
        return "openlabel";
    }

    @Override
    public String description() {
        return "ASAM OpenLABEL 1.0 JSON (cuboids, 2D boxes, calibration from streams and coordinate systems)";
    }

    @Override
    public ProjectDescriptor newProject(ImportSource source, Path projectFolder) {
        Path dir = projectFolder.toAbsolutePath().normalize();
        return ProjectDescriptor.of(dir.getFileName().toString(), "KITTI", List.of());
    }

    @Override
    public ImportResult importInto(ImportSource source, ProjectStore project, ExportProgress progress)
            throws IOException {
        AnnotationStore store = project.annotations();
        progress.progress(0, 2, "reading " + source.path().getFileName());
        OpenLabelScene scene = OpenLabelReader.read(source.path(), store.frames());
        progress.checkCancelled();
        if (store.frames().isEmpty()) {
            store.registerFrames(scene.frameIds());
        }
        progress.progress(1, 2, "saving");
        ImportedObject.save(store, "Import OpenLABEL", scene.objects(), scene.regions());
        if (scene.calibration().isPresent()) {
            SequenceCalibration.attach(project, scene.calibration().get());
        }
        progress.progress(2, 2, "done");
        return new ImportResult(ImportedObject.frameCount(scene.objects(), scene.regions()), scene.objects().size(),
                scene.regions().size());
    }
}
