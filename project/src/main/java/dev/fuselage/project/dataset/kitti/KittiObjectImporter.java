package dev.fuselage.project.dataset.kitti;

import dev.fuselage.project.dataset.DatasetImporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ImportResult;
import dev.fuselage.project.dataset.ImportSource;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code kitti}: the {@code label_2/} files of a KITTI object folder. A new project references the folder as its
 * data (never copying it); see {@link KittiImporter#importObjectLabels(Path, dev.fuselage.project.store.AnnotationStore,
 * ExportProgress)}.
 */
public final class KittiObjectImporter implements DatasetImporter {
    @Override
    public String format() {
        return "kitti";
    }

    @Override
    public String description() {
        return "KITTI object folder (label_2, calib; the project references its velodyne and image_2)";
    }

    @Override
    public ProjectDescriptor newProject(ImportSource source, Path projectFolder) throws IOException {
        Path src = source.path().toAbsolutePath().normalize();
        if (!Files.isDirectory(src)) {
            throw new IOException(src + ": not a folder");
        }
        return KittiImporter.descriptor(src, projectFolder);
    }

    @Override
    public ImportResult importInto(ImportSource source, ProjectStore project, ExportProgress progress)
            throws IOException {
        KittiImporter.Result r = KittiImporter.importObjectLabels(source.path().toAbsolutePath().normalize(),
                project.annotations(), progress);
        return new ImportResult(r.frames(), r.objects(), r.regions());
    }
}
