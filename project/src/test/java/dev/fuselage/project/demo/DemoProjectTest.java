package dev.fuselage.project.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.project.PointProjector;
import dev.fuselage.fusion.project.ProjectedPoints;
import dev.fuselage.fusion.rig.KittiCameras;
import dev.fuselage.io.image.Images;
import dev.fuselage.io.kitti.KittiBinFormat;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo project on disk: the KITTI files, the project and its idempotent creation. */
class DemoProjectTest {
    @TempDir
    static Path shared;
    private static Path project;
    private static double seconds;
    private static final List<int[]> PROGRESS = new ArrayList<>();

    @BeforeAll
    static void create() throws IOException {
        project = shared.resolve("demo");
        long t0 = System.nanoTime();
        DemoProject demo = DemoProject.createIfAbsent(project, (done, total, stage) -> {
            synchronized (PROGRESS) {
                PROGRESS.add(new int[] {done, total});
            }
        });
        seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("demo project with %d frames created in %.1f s on %d cores%n",
                DemoProject.DEFAULT_FRAMES, seconds, Runtime.getRuntime().availableProcessors());
        assertTrue(demo.created());
        assertEquals(project.toAbsolutePath().normalize(), demo.folder());
    }

    @Test
    void writesAConsistentKittiLayoutOfAtLeastTwentyFrames() throws IOException {
        Path data = project.resolve("data");
        List<String> bins = names(data.resolve("velodyne"), ".bin");
        assertTrue(bins.size() >= 20, bins.size() + " frames");
        assertEquals(DemoProject.DEFAULT_FRAMES, bins.size());
        assertEquals(bins, names(data.resolve("image_2"), ".png"));
        assertEquals(bins, names(data.resolve("calib"), ".txt"));
        assertEquals(bins, names(data.resolve("label_2"), ".txt"));
        assertEquals("000000", bins.get(0));
        try (Stream<Path> siblings = Files.list(shared)) {
            assertEquals(List.of(project.getFileName().toString()),
                    siblings.map(p -> p.getFileName().toString()).toList(), "no temporary folder left behind");
        }
        assertEquals(DemoProject.DEFAULT_FRAMES + 1, PROGRESS.size());
        assertTrue(PROGRESS.stream().anyMatch(p -> p[0] == p[1]), "progress reaches the total");
    }

    @Test
    void readsBackThroughTheKittiReadersWithRingsAndCalibration() throws IOException {
        Path data = project.resolve("data");
        KittiCalibration calib = KittiCalibrationIO.read(data.resolve("calib/000005.txt"));
        assertEquals(DemoCalibration.kitti(), calib);
        assertEquals(721.5377, calib.projection(2)[0], 1e-9);
        PointCloud cloud = new KittiBinFormat().read(data.resolve("velodyne/000005.bin"));
        assertTrue(cloud.size() >= 40_000 && cloud.size() <= 130_000, cloud.size() + " points");
        assertEquals(64, elevationBands(cloud), "distinct elevation bands");
        var image = Images.decode(data.resolve("image_2/000005.png"));
        assertEquals(1242, image.width());
        assertEquals(375, image.height());
        DemoFrame f = new DemoSceneGenerator(DemoSceneGenerator.DEFAULT_SEED).frame(5);
        for (int i = 0; i < f.rgb().length; i += 97) {
            assertEquals(f.rgb()[i], image.argb()[i] & 0xFFFFFF, "PNG is lossless at pixel " + i);
        }
    }

    /** Each car label, turned into a lidar box through the calibration, holds the car's points. */
    @Test
    void carLabelBoxesContainTheirPoints() throws IOException {
        Path data = project.resolve("data");
        int checked = 0;
        for (String id : names(data.resolve("label_2"), ".txt")) {
            KittiCalibration calib = KittiCalibrationIO.read(data.resolve("calib/" + id + ".txt"));
            PointCloud cloud = new KittiBinFormat().read(data.resolve("velodyne/" + id + ".bin"));
            for (KittiLabel l : KittiLabelIO.read(data.resolve("label_2/" + id + ".txt"))) {
                Cuboid box = KittiBoxes.toLidar(l, calib);
                if (!l.type().equals("Car") || Math.hypot(box.cx(), box.cy()) > 30) {
                    continue;
                }
                int inside = 0;
                for (int i = 0; i < cloud.size(); i++) {
                    if (box.contains(cloud.x()[i], cloud.y()[i], cloud.z()[i])) {
                        inside++;
                    }
                }
                assertTrue(inside >= 20, id + ": car at " + box + " holds " + inside + " points");
                checked++;
            }
        }
        assertTrue(checked >= 40, checked + " car boxes checked");
    }

    /** Lidar points read from the files and projected through the file calibration hit the matching pixels. */
    @Test
    void projectedPointsMatchTheImageFromTheFiles() throws IOException {
        Path data = project.resolve("data");
        KittiCalibration calib = KittiCalibrationIO.read(data.resolve("calib/000010.txt"));
        var camera = KittiCameras.camera(2, calib.p(), calib.r0Rect(), calib.trVeloToCam(),
                DemoCalibration.IMAGE_SIZE).camera();
        PointCloud cloud = new KittiBinFormat().read(data.resolve("velodyne/000010.bin"));
        DemoFrame truth = new DemoSceneGenerator(DemoSceneGenerator.DEFAULT_SEED).frame(10);
        assertEquals(truth.cloud().size(), cloud.size());
        ProjectedPoints pp = new ProjectedPoints();
        new PointProjector(camera).project(cloud, pp);
        int car = 0, carOk = 0;
        for (int k = 0; k < pp.visibleCount(); k++) {
            int i = pp.visibleIndices()[k];
            int u = Math.min(1241, Math.round(pp.u()[i])), v = Math.min(374, Math.round(pp.v()[i]));
            if (truth.pointMaterial(i).isCar()) {
                car++;
                if (truth.pixelTracks()[v * 1242 + u] == truth.pointTracks()[i]) {
                    carOk++;
                }
            }
        }
        assertTrue(car > 300 && carOk >= 0.9 * car, carOk + " of " + car + " car points on their car");
    }

    @Test
    void opensAsAProjectWithImportedTrackedObjects() throws IOException {
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals(DemoProject.NAME, store.descriptor().name());
            assertEquals("kitti", store.descriptor().ontology());
            assertEquals(List.of(new SourceRef("kitti-object", "data")), store.descriptor().sources());
            List<String> frames = store.annotations().frames();
            assertEquals(DemoProject.DEFAULT_FRAMES, frames.size());
            Map<TrackId, List<ObjectAnnotation>> tracks = new HashMap<>();
            for (String frame : frames) {
                List<ObjectAnnotation> objects = store.annotations().objects(frame);
                List<KittiLabel> labels = KittiLabelIO.read(project.resolve("data/label_2/" + frame + ".txt"));
                assertEquals(labels.size(), objects.size(), frame);
                for (ObjectAnnotation o : objects) {
                    assertEquals(Source.IMPORTED, o.source());
                    assertFalse(o.confirmed());
                    assertTrue(o.attributes().get("truncated") instanceof Double);
                    assertTrue(o.attributes().get("occluded") instanceof String);
                    tracks.computeIfAbsent(o.trackId(), t -> new ArrayList<>()).add(o);
                }
            }
            assertTrue(tracks.size() >= 8, tracks.size() + " tracks");
            for (List<ObjectAnnotation> track : tracks.values()) {
                assertEquals(1, track.stream().map(ObjectAnnotation::className).distinct().count());
                ObjectAnnotation prev = null;
                for (ObjectAnnotation o : track) {
                    int index = frames.indexOf(o.frameId());
                    if (prev != null && frames.indexOf(prev.frameId()) == index - 1) {
                        // ego 0.8 m and the fastest car 1.1 m a frame: the same track never jumps further
                        double jump = Math.hypot(o.box().cx() - prev.box().cx(), o.box().cy() - prev.box().cy());
                        assertTrue(jump < 2.2, "track " + o.trackId() + " jumps " + jump + " m");
                        assertEquals(prev.box().length(), o.box().length(), 1e-12);
                    }
                    prev = o;
                }
            }
            assertTrue(tracks.values().stream().anyMatch(t -> t.size() == DemoProject.DEFAULT_FRAMES),
                    "the lead car is labelled in every frame");
        }
    }

    @Test
    void createIfAbsentKeepsAnExistingProjectAndItsEdits(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("mine");
        assertTrue(DemoProject.createIfAbsent(dir, 2, 7, ProgressListener.NONE).created());
        Path label = dir.resolve("data/label_2/000001.txt");
        byte[] before = Files.readAllBytes(label);
        ObjectAnnotation added;
        try (ProjectStore store = ProjectStore.open(dir)) {
            added = ObjectAnnotation.manual("000001", store.annotations().nextTrackId(), "Car",
                    Cuboid.upright(10, 2, -0.9, 4, 1.8, 1.5, 0));
            store.annotations().putObject(added);
        }
        AtomicInteger calls = new AtomicInteger();
        DemoProject again = DemoProject.createIfAbsent(dir, 24, 99, (d, t, s) -> calls.incrementAndGet());
        assertFalse(again.created());
        assertEquals(0, calls.get(), "nothing generated");
        assertArrayEquals(before, Files.readAllBytes(label));
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertEquals(List.of("000000", "000001"), store.annotations().frames());
            assertEquals(added, store.annotations().object(added.id()).orElseThrow());
        }
    }

    @Test
    void refusesAFolderThatHoldsSomethingElse(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("notes");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("todo.txt"), "keep me");
        IOException e = assertThrows(IOException.class,
                () -> DemoProject.createIfAbsent(dir, 1, 1, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("not a Fuselage project"), e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("todo.txt")), left.toList());
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(1, left.count(), "no temporary folder left behind");
        }
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertTrue(DemoProject.createIfAbsent(empty, 1, 1, ProgressListener.NONE).created());
        assertTrue(Files.exists(empty.resolve(ProjectStore.DESCRIPTOR_FILE)));
    }

    @Test
    void defaultLocationFollowsXdgDataHome() {
        assertEquals(Paths.get("/home/ann/.local/share/fuselage/demo"), DemoProject.defaultLocation(null, "/home/ann"));
        assertEquals(Paths.get("/home/ann/.local/share/fuselage/demo"), DemoProject.defaultLocation(" ", "/home/ann"));
        assertEquals(Paths.get("/data/xdg/fuselage/demo"), DemoProject.defaultLocation("/data/xdg", "/home/ann"));
        assertEquals(Paths.get("/home/ann/.local/share/fuselage/demo"),
                DemoProject.defaultLocation("relative/xdg", "/home/ann"), "relative XDG paths are ignored");
    }

    /** Counts elevation bands: sorted elevations split wherever neighbours are more than 0.15 deg apart. */
    static int elevationBands(PointCloud cloud) {
        double[] el = new double[cloud.size()];
        for (int i = 0; i < el.length; i++) {
            el[i] = Math.toDegrees(Math.atan2(cloud.z()[i], Math.hypot(cloud.x()[i], cloud.y()[i])));
        }
        Arrays.sort(el);
        int bands = 1;
        for (int i = 1; i < el.length; i++) {
            if (el[i] - el[i - 1] > 0.15) {
                bands++;
            }
        }
        return bands;
    }

    private static List<String> names(Path dir, String ext) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ext))
                    .map(n -> n.substring(0, n.length() - ext.length())).sorted().toList();
        }
    }
}
