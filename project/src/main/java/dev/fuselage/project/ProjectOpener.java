package dev.fuselage.project;

import dev.fuselage.project.dataset.sustech.SustechImporter;

import dev.fuselage.project.dataset.DatasetImport;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opens what the user chose: a Fuselage project as it is, or a data folder (KITTI object layout, SUSTechPOINTS
 * scene, folder of clouds) as a project for it in the projects home. A data folder's project references the data
 * (never copies it), registers its frames and imports its labels as
 * {@link dev.fuselage.core.annotation.Source#IMPORTED} objects: KITTI {@code label_2} through
 * {@link KittiImporter} (DontCare lines as 2D regions), SUSTechPOINTS {@code label/*.json} through
 * {@link SustechImporter}. A SUSTech scene is opened as its {@code lidar/} cloud folder, whether the scene or that
 * folder was chosen, so both give the same project. Opening the same data folder again reopens its project, so the
 * labels are imported once. A new project appears only complete: when its labels fail to import, nothing is left
 * in the projects home (see {@link DatasetImport#createProject}).
 */
public final class ProjectOpener {
    /** Ontology written for new projects: the built-in KITTI preset (see {@link ProjectOntology}). */
    public static final String DEFAULT_ONTOLOGY = "kitti";

    private final Path projectsHome;

    /** @param projectsHome where projects for data folders are made, e.g. {@link #defaultProjectsHome()} */
    public ProjectOpener(Path projectsHome) {
        this.projectsHome = projectsHome;
    }

    /** {@code ~/.local/share/fuselage/projects} (or {@code $XDG_DATA_HOME/fuselage/projects}). */
    public static Path defaultProjectsHome() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("fuselage").resolve("projects");
    }

    /** Opens a project folder, or the project of a data folder (made on first open). */
    public ProjectStore open(Path chosen) throws IOException {
        Path folder = chosen.toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            folder = cloudFolder(folder);
        }
        DatasetLayout layout = DatasetLayout.detect(folder);
        if (layout == DatasetLayout.PROJECT) {
            return ProjectStore.open(folder);
        }
        Path projectFolder = projectsHome.resolve(projectName(folder));
        if (Files.isRegularFile(projectFolder.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            return ProjectStore.open(projectFolder);
        }
        return create(folder, layout, projectFolder);
    }

    /**
     * Where the project of {@code chosen} is, without making one: the folder itself when it is a project, else
     * the project a first open of this data folder made (or would make) in the projects home.
     */
    public Path projectFolderOf(Path chosen) {
        Path folder = chosen.toAbsolutePath().normalize();
        if (Files.isRegularFile(folder.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            return folder;
        }
        return projectsHome.resolve(projectName(cloudFolder(folder)));
    }

    /** Makes a new project in {@code projectFolder} for a data folder and imports its labels. */
    public static ProjectStore create(Path dataFolder, DatasetLayout layout, Path projectFolder) throws IOException {
        Path data = cloudFolder(dataFolder.toAbsolutePath().normalize());
        Path dir = projectFolder.toAbsolutePath().normalize();
        ProjectFrames frames = ProjectFrames.ofFolder(data);
        String ref = relativeIfBeside(dir, data);
        ProjectDescriptor descriptor = ProjectDescriptor.of(dir.getFileName().toString(), DEFAULT_ONTOLOGY,
                List.of(new SourceRef(layout.sourceKind(), ref)));
        // built aside and moved into place when complete: a failed import leaves no project without its labels
        return DatasetImport.createProject(dir, descriptor, project -> {
            AnnotationStore store = project.annotations();
            store.registerFrames(frames.frameIds());
            if (Files.isDirectory(data.resolve("label_2"))) {
                KittiImporter.importObjectLabels(data, frames.frameIds(), store, ExportProgress.NONE);
            }
            Optional<Path> scene = SustechImporter.scene(data);
            if (scene.isPresent()) {
                SustechImporter.importLabels(scene.get(), frames.frameIds(), store, ProjectOntology.of(project));
            }
        });
    }

    /** The {@code lidar/} folder of a SUSTechPOINTS scene (where the camera rig loader finds a scene); else itself. */
    private static Path cloudFolder(Path folder) {
        return SustechImporter.scene(folder).map(s -> s.resolve(SustechImporter.LIDAR_DIR)).orElse(folder);
    }

    /** A project name from the data folder: {@code object-training} for {@code .../kitti/object/training}. */
    static String projectName(Path data) {
        Path parent = data.getParent();
        String name = data.getFileName().toString();
        return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "-" + name;
    }

    /** Data inside the project folder is referenced relatively, so the two move together; other data absolutely. */
    private static String relativeIfBeside(Path projectDir, Path data) {
        return data.startsWith(projectDir) ? projectDir.relativize(data).toString() : data.toString();
    }
}
