package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.project.DatasetLayout;
import dev.fuselage.project.ProjectOntology;
import dev.fuselage.project.ProjectOpener;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.OntologyJson;
import dev.fuselage.ontology.Presets;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening folders as projects: layout detection, project creation with imported labels, reopening. */
class WorkspaceProjectTest {
    @TempDir
    Path home;

    @Test
    void kittiFolderBecomesAProjectWithImportedLabelsOnce() throws IOException {
        Path training = TestData.file("kitti/object/training");
        assertEquals(DatasetLayout.KITTI_OBJECT, DatasetLayout.detect(training));
        ProjectOpener opener = new ProjectOpener(home);
        Path folder;
        try (ProjectStore p = opener.open(training)) {
            folder = p.folder();
            assertEquals(home.resolve("object-training").toAbsolutePath().normalize(), folder);
            assertEquals(List.of("000000", "000001", "000002", "000003"), p.annotations().frames());
            assertEquals(1 + 3 + 2 + 1, p.annotations().allObjects().size(), "DontCare is no 3D object");
            long regions = p.annotations().frames().stream()
                    .flatMap(f -> p.annotations().imageAnnotations(f).stream())
                    .filter(r -> r.isDontCare() && r.source() == Source.IMPORTED).count();
            assertEquals(6, regions, "issue #6: DontCare lines kept as 2D regions");
            assertTrue(p.annotations().allObjects().stream().allMatch(o -> o.source() == Source.IMPORTED
                    && !o.confirmed()));
            assertEquals("kitti-object", p.descriptor().sources().get(0).kind());
            ProjectFrames fs = ProjectFrames.requireSources(p.folder(), p.descriptor());
            assertTrue(fs.files("000001").image().isPresent());
            assertTrue(fs.files("000001").calib().isPresent());
        }
        assertEquals(DatasetLayout.PROJECT, DatasetLayout.detect(folder));
        try (ProjectStore again = opener.open(training)) {
            assertEquals(folder, again.folder(), "the data folder's project is reopened");
            assertEquals(7, again.annotations().allObjects().size(), "labels imported once");
            assertEquals(4, again.annotations().imageAnnotations("000001").size(), "regions imported once");
        }
        try (ProjectStore direct = opener.open(folder)) {
            assertEquals(7, direct.annotations().allObjects().size());
        }
    }

    @Test
    void cloudFolderBecomesAProjectWithoutObjects() throws IOException {
        Path pcd = TestData.file("pcd/kitti-testing-000000-binary.pcd").getParent();
        assertEquals(DatasetLayout.CLOUD_FOLDER, DatasetLayout.detect(pcd));
        try (ProjectStore p = new ProjectOpener(home).open(pcd)) {
            assertTrue(p.annotations().frames().contains("kitti-testing-000000-binary"));
            assertEquals(0, p.annotations().allObjects().size());
        }
    }

    @Test
    void projectOntologyIsAPresetOrAJsonFileAndOtherwiseAnErrorNamingTheProjectJson() throws IOException {
        assertEquals(Presets.kitti(), ProjectOntology.resolve(home, "kitti"));
        assertEquals(Presets.kitti(), ProjectOntology.resolve(home, "KITTI"), "any letter case");
        assertEquals(Presets.nuScenesLike(), ProjectOntology.resolve(home, "nuscenes"));
        assertEquals(Presets.coco80(), ProjectOntology.resolve(home, "coco"));
        Ontology custom = Presets.nuScenesLike();
        Files.createDirectories(home.resolve("labels"));
        OntologyJson.write(custom, home.resolve("labels/mine.json"));
        assertEquals(custom.concreteClasses(), ProjectOntology.resolve(home, "labels/mine.json").concreteClasses(),
                "a path relative to the project");
        IOException missing = assertThrows(IOException.class, () -> ProjectOntology.resolve(home, "kitty"));
        assertTrue(missing.getMessage().startsWith(home.resolve("project.json").toString()), missing.getMessage());
        assertTrue(missing.getMessage().contains("\"kitty\""), missing.getMessage());
        Files.writeString(home.resolve("broken.json"), "{\"format\": \"fuselage-ontology\"");
        IOException broken = assertThrows(IOException.class, () -> ProjectOntology.resolve(home, "broken.json"));
        assertTrue(broken.getMessage().contains("project.json") && broken.getMessage().contains("broken.json"),
                broken.getMessage());
        assertThrows(IOException.class, () -> ProjectOntology.resolve(home, " "));
    }

    @Test
    void newProjectsForDataFoldersNameTheKittiPreset() throws IOException {
        try (ProjectStore p = new ProjectOpener(home).open(TestData.file("kitti/object/training"))) {
            assertEquals(Presets.kitti(), ProjectOntology.of(p));
        }
    }

    @Test
    void recentProjectsAreNewestFirstAndMissingOnesArePruned() throws IOException {
        WorkspacePrefs prefs = new WorkspacePrefs(Preferences.userRoot().node("dev/fuselage/test/" + System.nanoTime()));
        Path a = Files.createDirectories(home.resolve("a")), b = Files.createDirectories(home.resolve("b"));
        Path gone = home.resolve("gone");
        prefs.addRecent(a);
        prefs.addRecent(gone);
        prefs.addRecent(b);
        prefs.addRecent(a);
        assertEquals(List.of(a, b, gone), prefs.recentProjects(), "reopening moves a project to the front");
        assertEquals(List.of(a, b), prefs.existingRecentProjects());
        assertEquals(List.of(a, b), prefs.recentProjects(), "the missing one is dropped from the stored list");
    }

    @Test
    void otherFoldersAreRefusedWithAReason() throws IOException {
        Path empty = Files.createDirectories(home.resolve("nothing"));
        IOException e = assertThrows(IOException.class, () -> new ProjectOpener(home).open(empty));
        assertTrue(e.getMessage().contains("neither a Fuselage project"), e.getMessage());
    }
}
