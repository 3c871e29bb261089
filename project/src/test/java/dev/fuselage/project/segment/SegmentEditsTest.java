package dev.fuselage.project.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.core.edit.MemoryAnnotationModel;
import dev.fuselage.core.select.BoxSelection;
import dev.fuselage.io.kitti.KittiBinFormat;
import dev.fuselage.ontology.SemanticKitti;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paint rules (overwrite, subtract), box → points, ground and headless runs on a real KITTI project, with undo. */
class SegmentEditsTest {
    private static final Path KITTI = TestData.file("kitti/object/training");

    @TempDir
    Path tmp;

    @Test
    void overwriteOffPaintsOnlyUnlabelledPointsAndSubtractRemovesTheActiveClass() {
        MemoryAnnotationModel model = new MemoryAnnotationModel();
        EditHistory history = new EditHistory(model, 100);
        history.execute(new PointPainter(40, 0, PaintMode.ADD, true).paint(model, "f", 10,
                new int[] {0, 1, 2, 3}).orElseThrow());
        // overwrite off: 2 and 3 keep road, 4 and 5 become building; repeats are harmless
        history.execute(new PointPainter(50, 0, PaintMode.ADD, false).paint(model, "f", 10,
                new int[] {5, 2, 3, 4, 4}).orElseThrow());
        assertArrayEquals(new int[] {40, 40, 40, 40, 50, 50, 0, 0, 0, 0}, semantic(model));
        // nothing to change: no edit at all
        assertTrue(new PointPainter(50, 0, PaintMode.ADD, false).paint(model, "f", 10, new int[] {4, 5}).isEmpty());
        // overwrite on: 3 becomes building too
        history.execute(new PointPainter(50, 7, PaintMode.ADD, true).paint(model, "f", 10, new int[] {3})
                .orElseThrow());
        // subtract building from 0..9: only the building points go back to unlabelled
        history.execute(new PointPainter(50, 0, PaintMode.SUBTRACT, true).paint(model, "f", 10,
                new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}).orElseThrow());
        assertArrayEquals(new int[] {40, 40, 40, 0, 0, 0, 0, 0, 0, 0}, semantic(model));
        history.undo();
        assertArrayEquals(new int[] {40, 40, 40, 50, 50, 50, 0, 0, 0, 0}, semantic(model));
        assertEquals(7, model.pointLabels("f").orElseThrow().instance()[3]);
        history.undo();
        history.undo();
        history.undo();
        assertArrayEquals(new int[10], semantic(model));
        history.redo();
        assertArrayEquals(new int[] {40, 40, 40, 40, 0, 0, 0, 0, 0, 0}, semantic(model));
    }

    @Test
    void aBrushStrokeShowsEachDabAtOnceAndBecomesOneUndoStep() {
        MemoryAnnotationModel model = new MemoryAnnotationModel();
        EditHistory history = new EditHistory(model, 10);
        history.execute(new PointPainter(40, 0, PaintMode.ADD, true).paint(model, "f", 8, new int[] {0, 1})
                .orElseThrow());
        PaintStroke stroke = new PaintStroke(model, "f", 8, new PointPainter(50, 3, PaintMode.ADD, false));
        assertArrayEquals(new int[] {2, 3}, stroke.dab(new int[] {1, 2, 3}));
        assertArrayEquals(new int[] {4}, stroke.dab(new int[] {3, 4})); // 3 is painted already
        assertArrayEquals(new int[] {40, 40, 50, 50, 50, 0, 0, 0}, stroke.labels().semantic());
        assertArrayEquals(new int[] {40, 40, 0, 0, 0, 0, 0, 0}, semantic(model)); // the model waits for release
        history.execute(stroke.finish(model).orElseThrow());
        assertArrayEquals(new int[] {40, 40, 50, 50, 50, 0, 0, 0}, semantic(model));
        assertEquals(3, model.pointLabels("f").orElseThrow().instance()[4]);
        history.undo();
        assertArrayEquals(new int[] {40, 40, 0, 0, 0, 0, 0, 0}, semantic(model));
        PaintStroke empty = new PaintStroke(model, "f", 8, new PointPainter(40, 0, PaintMode.ADD, true));
        empty.dab(new int[] {0, 1});
        assertTrue(empty.finish(model).isEmpty());
    }

    @Test
    void mergedPaintChangesEachFramesOwnLabelsInOneUndoStep() {
        MemoryAnnotationModel model = new MemoryAnnotationModel();
        PointCloud a = new PointCloud(new float[] {0, 1, 2}, new float[3], new float[3]);
        PointCloud b = new PointCloud(new float[] {0, 1}, new float[2], new float[2]);
        double[] poseA = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
        double[] poseB = {0, -1, 0, 10, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1}; // 10 m ahead, turned 90 degrees
        MergedFrames merged = MergedFrames.merge(new java.util.LinkedHashMap<>(Map.of("a", a)) {
            {
                put("b", b);
            }
        }, FramePoses.of(Map.of("a", poseA, "b", poseB)), "a");
        assertEquals(5, merged.cloud().size());
        // b's point (1, 0, 0) turned 90 degrees and moved 10 m: (10, 1, 0) in a's frame
        assertEquals(10, merged.cloud().x()[4], 1e-6);
        assertEquals(1, merged.cloud().y()[4], 1e-6);
        assertEquals("b", merged.frameOf(3));
        assertEquals(1, merged.localIndex(4));
        assertArrayEquals(new double[] {0, 0, 0}, merged.sensorPosition(0), 1e-9);
        assertArrayEquals(new double[] {10, 0, 0}, merged.sensorPosition(1), 1e-9, "b's lidar, in a's frame");
        assertEquals(3, merged.offset(1));
        assertEquals(5, merged.offset(2));
        EditHistory history = new EditHistory(model, 10);
        Command stroke = new PointPainter(50, 0, PaintMode.ADD, true)
                .paint(model, merged.split(new int[] {4, 1, 3}), merged.pointCounts()).orElseThrow();
        history.execute(stroke);
        assertArrayEquals(new int[] {0, 50, 0}, model.pointLabels("a").orElseThrow().semantic());
        assertArrayEquals(new int[] {50, 50}, model.pointLabels("b").orElseThrow().semantic());
        history.undo();
        assertArrayEquals(new int[3], model.pointLabels("a").orElseThrow().semantic());
        assertArrayEquals(new int[2], model.pointLabels("b").orElseThrow().semantic());
    }

    @Test
    void boxesAndGroundLabelARealProjectHeadlessAndUndo() throws Exception {
        try (ProjectStore p = KittiImporter.createProject(KITTI, tmp.resolve("p"), ExportProgress.NONE)) {
            List<String> frames = FrameSpan.select("1..3", p.annotations().frames());
            assertEquals(List.of("000001", "000002", "000003"), frames);
            SegmentRun.Result ground = SegmentRun.run(p, SegmentRun.Method.GROUND, frames, false,
                    ExportProgress.NONE);
            assertEquals(3, ground.changed());
            assertTrue(ground.points() > 100_000, "ground points: " + ground.points());
            SegmentRun.Result boxes = SegmentRun.run(p, SegmentRun.Method.BOXES, List.of("000001"), true,
                    ExportProgress.NONE);
            assertEquals(1, boxes.changed());
            PointCloud cloud = new KittiBinFormat().read(KITTI.resolve("velodyne/000001.bin"));
            PointLabels labels = p.annotations().pointLabels("000001").orElseThrow();
            for (ObjectAnnotation o : p.annotations().objects("000001")) {
                int[] inside = BoxSelection.inside(cloud, o.box());
                assertTrue(inside.length > 0, o.className());
                for (int i : inside) {
                    // with overwrite on, the later boxes win where boxes overlap; KITTI boxes do not overlap
                    assertEquals(SemanticKitti.idOf(o.className()), labels.semantic()[i], o.className());
                    assertEquals(o.trackId().value(), labels.instance()[i]);
                }
            }
            long road = java.util.Arrays.stream(labels.semantic()).filter(s -> s == SemanticKitti.ROAD).count();
            assertTrue(road > 30_000, "road points: " + road);
        }
        // reopened: the labels were saved as they were made
        try (ProjectStore p = ProjectStore.open(tmp.resolve("p"))) {
            assertTrue(p.annotations().pointLabels("000002").isPresent());
            assertTrue(p.annotations().pointLabels("000000").isEmpty());
        }
    }

    @Test
    void instancesAreMadeJoinedAndSplitKeepingEachPointsClass() {
        MemoryAnnotationModel model = new MemoryAnnotationModel();
        EditHistory history = new EditHistory(model, 10);
        assertEquals(1, InstanceEdits.newInstance(model, "f"));
        history.execute(new PointPainter(10, 1, PaintMode.ADD, true).paint(model, "f", 6, new int[] {0, 1})
                .orElseThrow());
        history.execute(new PointPainter(11, 2, PaintMode.ADD, true).paint(model, "f", 6, new int[] {2, 3})
                .orElseThrow());
        assertEquals(3, InstanceEdits.newInstance(model, "f"));
        history.execute(InstanceEdits.join(model, "f", 2, 1).orElseThrow());
        assertArrayEquals(new int[] {1, 1, 1, 1, 0, 0}, model.pointLabels("f").orElseThrow().instance());
        assertArrayEquals(new int[] {10, 10, 11, 11, 0, 0}, semantic(model));
        history.execute(InstanceEdits.split(model, "f", new int[] {1, 2, 5}).orElseThrow());
        assertArrayEquals(new int[] {1, 2, 2, 1, 0, 0}, model.pointLabels("f").orElseThrow().instance());
        assertArrayEquals(new int[] {10, 10, 11, 11, 0, 0}, semantic(model));
        assertTrue(InstanceEdits.split(model, "f", new int[] {4, 5}).isEmpty());
        history.undo();
        history.undo();
        assertArrayEquals(new int[] {1, 1, 2, 2, 0, 0}, model.pointLabels("f").orElseThrow().instance());
    }

    @Test
    void frameSpansNameFramesByIdOrNumber() {
        List<String> ids = List.of("000000", "000001", "000002");
        assertEquals(ids, FrameSpan.select("000000..000002", ids));
        assertEquals(List.of("000001"), FrameSpan.select("1", ids));
        assertThrowsMessage(() -> FrameSpan.select("2..1", ids), "ends before it starts");
        assertThrowsMessage(() -> FrameSpan.select("0..9", ids), "no frame '9'");
        assertThrowsMessage(() -> FrameSpan.select("a..b..c", ids), "is not A..B");
    }

    private static void assertThrowsMessage(Runnable r, String part) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                r::run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static int[] semantic(MemoryAnnotationModel model) {
        return model.pointLabels("f").orElseThrow().semantic();
    }
}
