package dev.fuselage.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a data folder whose labels fail to import leaves no project that would reopen without them. */
class ProjectOpenerTest {
    @TempDir
    Path tmp;

    @Test
    void aKittiFolderWithABrokenLabelFileLeavesNothingInTheProjectsHome() throws Exception {
        Path kitti = TestData.file("kitti/object/training");
        Path data = tmp.resolve("kitti").resolve("training");
        for (String d : new String[] {"velodyne", "calib", "label_2"}) {
            Files.createDirectories(data.resolve(d));
            try (Stream<Path> s = Files.list(kitti.resolve(d))) {
                for (Path f : s.toList()) {
                    Files.createSymbolicLink(data.resolve(d).resolve(f.getFileName()), f);
                }
            }
        }
        Path broken = data.resolve("label_2/000002.txt");
        Files.delete(broken);
        Files.writeString(broken, "Car 0.00 0 -1.00 1 2 3\n");
        Path home = tmp.resolve("projects");
        ProjectOpener opener = new ProjectOpener(home);
        IOException e = assertThrows(IOException.class, () -> opener.open(data));
        assertTrue(e.getMessage().contains("000002.txt"), e.getMessage());
        assertEquals(List.of(), list(home), "no half-made project, no hidden leftovers");

        Files.delete(broken);
        Files.copy(kitti.resolve("label_2/000002.txt"), broken);
        try (ProjectStore p = opener.open(data)) {
            assertEquals(7, p.annotations().allObjects().size(), "fixed, the folder opens with all its labels");
        }
        assertEquals(List.of("kitti-training"), list(home));
    }

    @Test
    void aSustechSceneWithABrokenLabelFileLeavesNothingInTheProjectsHome() throws Exception {
        Path shared = TestData.file("sustech");
        Path scene = tmp.resolve("scene");
        Files.createDirectories(scene.resolve("label"));
        for (String d : new String[] {"lidar", "calib", "camera"}) {
            Files.createSymbolicLink(scene.resolve(d), shared.resolve(d));
        }
        try (Stream<Path> s = Files.list(shared.resolve("label"))) {
            for (Path f : s.toList()) {
                Files.copy(f, scene.resolve("label").resolve(f.getFileName()));
            }
        }
        Files.writeString(scene.resolve("label/000970.json"), "[{\"psr\": {}}]");
        Path home = tmp.resolve("projects");
        IOException e = assertThrows(IOException.class, () -> new ProjectOpener(home).open(scene));
        assertTrue(e.getMessage().contains("000970.json"), e.getMessage());
        assertEquals(List.of(), list(home), "no project that would reopen without its labels");
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void reopeningFindsTheSameProject() throws Exception {
        Path home = tmp.resolve("projects");
        Path data = TestData.file("kitti/object/training");
        try (ProjectStore p = new ProjectOpener(home).open(data)) {
            assertFalse(p.isReadOnly());
        }
        try (ProjectStore p = new ProjectOpener(home).open(data)) {
            assertEquals(7, p.annotations().allObjects().size(), "labels imported once, not twice");
        }
    }
}
