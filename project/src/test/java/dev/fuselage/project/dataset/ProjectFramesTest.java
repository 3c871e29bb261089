package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding each frame's cloud, image, calibration and labels in a project's sources. */
class ProjectFramesTest {
    private static final Path KITTI = TestData.file("kitti/object/training");

    @TempDir
    Path dir;

    @Test
    void kittiFolderFramesHaveCloudImageCalibAndLabels() throws IOException {
        ProjectFrames frames = ProjectFrames.ofFolder(KITTI);
        assertEquals(List.of("000000", "000001", "000002", "000003"), frames.frameIds());
        ProjectFrames.FrameFiles f = frames.files("000001");
        assertEquals(KITTI.resolve("velodyne/000001.bin"), f.cloud().orElseThrow());
        assertEquals(KITTI.resolve("velodyne/000001.bin"), frames.cloud("000001"));
        assertEquals(KITTI.resolve("image_2/000001.png"), f.image().orElseThrow());
        assertEquals(KITTI.resolve("calib/000001.txt"), f.calib().orElseThrow());
        assertEquals(KITTI.resolve("label_2/000001.txt"), f.labels().orElseThrow());
    }

    @Test
    void unknownFramesHaveNoFilesAndNoCloud() throws IOException {
        ProjectFrames frames = ProjectFrames.ofFolder(KITTI);
        assertFalse(frames.contains("999999"));
        assertEquals(ProjectFrames.FrameFiles.NONE, frames.files("999999"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> frames.cloud("999999"));
        assertTrue(e.getMessage().contains("'999999'"), e.getMessage());
    }

    @Test
    void aMissingSourceIsSkippedForExportButRefusedWhenSourcesAreRequired() throws IOException {
        Path gone = dir.resolve("moved-away");
        try (ProjectStore p = ProjectStore.create(dir.resolve("p"), ProjectDescriptor.of("p", "kitti",
                List.of(new SourceRef("kitti-object", KITTI.toString()), new SourceRef("cloud-folder",
                        gone.toString()))))) {
            assertEquals(4, ProjectFrames.of(p).frameIds().size());
            IOException e = assertThrows(IOException.class,
                    () -> ProjectFrames.requireSources(p.folder(), p.descriptor()));
            assertTrue(e.getMessage().startsWith(gone.toString()), e.getMessage());
        }
        assertThrows(IOException.class, () -> ProjectFrames.ofFolder(gone));
    }
}
