package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.workspace.project.DatasetLayout;
import dev.fuselage.app.ui.workspace.project.FrameSource;
import dev.fuselage.app.ui.workspace.project.ProjectOpener;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.io.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            assertEquals(1 + 3 + 2 + 1, p.annotations().allObjects().size(), "DontCare skipped");
            assertTrue(p.annotations().allObjects().stream().allMatch(o -> o.source() == Source.IMPORTED
                    && !o.confirmed()));
            assertEquals("kitti-object", p.descriptor().sources().get(0).kind());
            FrameSource fs = FrameSource.of(p.folder(), p.descriptor());
            assertTrue(fs.files("000001").image().isPresent());
            assertTrue(fs.files("000001").calib().isPresent());
        }
        assertEquals(DatasetLayout.PROJECT, DatasetLayout.detect(folder));
        try (ProjectStore again = opener.open(training)) {
            assertEquals(folder, again.folder(), "the data folder's project is reopened");
            assertEquals(7, again.annotations().allObjects().size(), "labels imported once");
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
    void otherFoldersAreRefusedWithAReason() throws IOException {
        Path empty = Files.createDirectories(home.resolve("nothing"));
        IOException e = assertThrows(IOException.class, () -> new ProjectOpener(home).open(empty));
        assertTrue(e.getMessage().contains("neither a Fuselage project"), e.getMessage());
    }
}
