package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.project.edit.BoxPoints;
import dev.fuselage.project.ProjectOpener;
import dev.fuselage.project.dataset.sustech.SustechImporter;
import dev.fuselage.project.dataset.sustech.SustechLabels;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a SUSTechPOINTS scene (or its lidar/ folder) makes a project with the scene's labels imported once. */
class SustechProjectTest {
    private static final Path SCENE = TestData.file("sustech");
    private static final Map<String, Integer> OBJECTS = Map.of("000950", 19, "000965", 21, "000970", 23);

    @TempDir
    Path home;

    @Test
    void sceneFolderBecomesAProjectWithImportedTrackedLabels() throws IOException {
        try (ProjectStore p = new ProjectOpener(home).open(SCENE)) {
            checkImported(p);
        }
    }

    @Test
    void lidarFolderGivesTheSameProjectAndReopeningDoesNotImportTwice() throws IOException {
        ProjectOpener opener = new ProjectOpener(home);
        Path folder;
        try (ProjectStore p = opener.open(SCENE.resolve("lidar"))) {
            folder = p.folder();
            checkImported(p);
        }
        try (ProjectStore again = opener.open(SCENE)) {
            assertEquals(folder, again.folder(), "scene and its lidar/ folder open the same project");
            assertEquals(19 + 21 + 23, again.annotations().allObjects().size(), "labels imported once");
        }
        try (ProjectStore again = opener.open(SCENE.resolve("lidar"))) {
            assertEquals(19 + 21 + 23, again.annotations().allObjects().size(), "labels imported once");
        }
        try (ProjectStore direct = opener.open(folder)) {
            assertEquals(19 + 21 + 23, direct.annotations().allObjects().size());
        }
    }

    @Test
    void unknownTypesAreKeptAndKnownOnesTakeTheOntologySpelling() throws IOException {
        try (ProjectStore p = new ProjectOpener(home).open(SCENE)) {
            Set<String> classes = new HashSet<>();
            p.annotations().allObjects().forEach(o -> classes.add(o.className()));
            // kitti preset: Car, Truck, Pedestrian known; SUSTech's Bus, Motor, Rider are not, and stay as they are
            assertEquals(Set.of("Bus", "Car", "Motor", "Pedestrian", "Rider", "Truck"), classes);
            ObjectAnnotation car = p.annotations().allObjects().stream()
                    .filter(o -> o.className().equals("Car")).findFirst().orElseThrow();
            assertEquals("0", car.attributes().get("occluded"), "a known class gets the ontology's defaults");
            ObjectAnnotation bus = p.annotations().allObjects().stream()
                    .filter(o -> o.className().equals("Bus")).findFirst().orElseThrow();
            assertTrue(bus.attributes().isEmpty());
        }
    }

    @Test
    void aMalformedLabelFileFailsNamingTheFileAndImportsNothing(@TempDir Path data) throws IOException {
        Path scene = data.resolve("scene");
        Files.createDirectories(scene.resolve("lidar"));
        Files.createDirectories(scene.resolve("label"));
        Files.copy(SCENE.resolve("lidar/000950.pcd"), scene.resolve("lidar/000950.pcd"));
        Files.copy(SCENE.resolve("lidar/000965.pcd"), scene.resolve("lidar/000965.pcd"));
        Files.copy(SCENE.resolve("label/000950.json"), scene.resolve("label/000950.json"));
        Files.writeString(scene.resolve("label/000965.json"), "[{\"psr\": {\"position\": {\"x\": 1}}}]");
        FormatException e = assertThrows(FormatException.class, () -> new ProjectOpener(home).open(scene));
        assertTrue(e.getMessage().startsWith("000965.json: entry 0 psr.position.y"), e.getMessage());
        assertEquals(SustechImporter.scene(scene.resolve("lidar")).orElseThrow(), scene.toAbsolutePath().normalize());
        assertFalse(SustechImporter.scene(data).isPresent());
    }

    private static void checkImported(ProjectStore p) throws IOException {
        assertEquals(List.of("000950", "000965", "000970"), p.annotations().frames());
        assertEquals("cloud-folder", p.descriptor().sources().get(0).kind());
        ProjectFrames files = ProjectFrames.requireSources(p.folder(), p.descriptor());
        Map<String, TrackId> trackOf = new HashMap<>();
        int near = 0;
        int nearWithPoints = 0;
        for (String frame : OBJECTS.keySet()) {
            List<ObjectAnnotation> objects = p.annotations().objects(frame);
            assertEquals(OBJECTS.get(frame), objects.size(), "objects of " + frame);
            assertTrue(objects.stream().allMatch(o -> o.source() == Source.IMPORTED && !o.confirmed()));
            List<SustechLabels.Label> labels = SustechLabels.read(SustechLabels.file(SCENE, frame));
            PointCloud cloud = PointCloudIO.read(files.cloud(frame));
            Set<TrackId> tracksInFrame = new HashSet<>();
            for (SustechLabels.Label l : labels) {
                ObjectAnnotation o = objects.stream().filter(a -> a.box().equals(l.box())).findFirst()
                        .orElseThrow(() -> new AssertionError(frame + ": no object for obj_id " + l.id()));
                TrackId first = trackOf.putIfAbsent(l.id(), o.trackId());
                if (first != null) {
                    assertEquals(first, o.trackId(), "obj_id " + l.id() + " keeps its track across frames");
                }
                assertTrue(tracksInFrame.add(o.trackId()), frame + ": two objects share track " + o.trackId());
                double cx = l.box().cx();
                double cy = l.box().cy();
                if (Math.hypot(cx, cy) <= 30) {
                    near++;
                    if (BoxPoints.countInside(cloud, o.box()) >= 5) {
                        nearWithPoints++;
                    }
                }
            }
        }
        Set<TrackId> distinct = new HashSet<>(trackOf.values());
        assertEquals(trackOf.size(), distinct.size(), "distinct obj_ids get distinct tracks");
        assertTrue(near > 10, "the scene has boxes within 30 m: " + near);
        assertTrue(nearWithPoints * 2 >= near, nearWithPoints + " of " + near + " near boxes hold >= 5 points");
    }
}
