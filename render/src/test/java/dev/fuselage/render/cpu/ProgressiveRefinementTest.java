package dev.fuselage.render.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.render.FrameImage;
import dev.fuselage.render.FramePlan;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.PointFilter;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneCuboid;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #15, acceptance 3: a progressive still frame, once complete, is pixel for pixel the full-detail frame
 * drawn in one go (today's still frame), and its steps only ever add points.
 */
class ProgressiveRefinementTest {
    private static Scene scene(int points, int pointSize) {
        Scene s = new Scene();
        SyntheticLidar.Scan lidar = SyntheticLidar.generate(points, 7);
        s.addCloud(lidar.cloud());
        // a second, smaller cloud: the steps share their quota between clouds
        s.addCloud(SyntheticLidar.generate(points / 5, 8).cloud());
        List<SceneCuboid> boxes = new ArrayList<>();
        for (int i = 0; i < lidar.objects().size(); i++) {
            boxes.add(new SceneCuboid(i, lidar.objects().get(i), 0xFF30C0FF));
        }
        s.setCuboids(boxes);
        s.setSelectedCuboid(0);
        s.setStyle(s.style().withMode(ColorMode.INTENSITY).withPointSize(pointSize));
        s.setPointBudget(20_000); // the first steps are small: many steps
        return s;
    }

    private static RenderCamera camera(double azimuthDeg) {
        OrbitCamera orbit = new OrbitCamera();
        orbit.setDistance(35);
        orbit.setAngles(Math.toRadians(azimuthDeg), Math.toRadians(25));
        return orbit.camera(320, 200);
    }

    private static int[] refineToCompletion(CpuRenderer r, RenderCamera cam, List<FrameImage> steps) {
        FrameImage f;
        long lastDrawn = -1;
        do {
            f = r.requestFrame(cam, false).join();
            assertTrue(f.pointsDrawn() > lastDrawn, "every step adds points: " + f);
            lastDrawn = f.pointsDrawn();
            steps.add(f);
            assertTrue(steps.size() < 1000, "never completed");
        } while (!f.complete());
        return f.toArgbArray();
    }

    @Test
    void completedStillFrameIsPixelIdenticalToTheFullDetailFrame() {
        for (int pointSize : new int[] {1, 2, 3}) {
            Scene s = scene(150_000, pointSize);
            RenderCamera cam = camera(200);
            int[] today;
            try (CpuRenderer plain = new CpuRenderer(s)) {
                FrameImage full = plain.renderNow(cam, false);
                assertEquals(FramePlan.Kind.FULL, full.plan().kind());
                today = full.toArgbArray();
            }
            try (CpuRenderer r = new CpuRenderer(s)) {
                r.setFrameTarget(1000); // generous: steps grow only by the budget's growth limit
                List<FrameImage> steps = new ArrayList<>();
                int[] refined = refineToCompletion(r, cam, steps);
                assertTrue(steps.size() >= 3, pointSize + " px: filled in over several steps: " + steps.size());
                assertFalse(steps.get(0).complete());
                assertEquals(FramePlan.Kind.REFINE_FIRST, steps.get(0).plan().kind());
                assertEquals(FramePlan.Kind.REFINE_NEXT, steps.get(1).plan().kind());
                assertEquals(steps.get(0).pointsVisible(), steps.get(steps.size() - 1).pointsDrawn(),
                        "every visible point drawn once");
                assertArrayEquals(today, refined, pointSize + " px: the refined frame is today's full frame");

                // a moving frame in between (input) and a new stop: still the same picture at the end
                r.renderNow(camera(230), true);
                steps.clear();
                assertArrayEquals(today, refineToCompletion(r, cam, steps), "after an interruption too");
            }
        }
    }

    @Test
    void identicalWithFilterAndHighlightToo() {
        Scene s = scene(60_000, 2);
        s.setStyle(s.style().withMode(ColorMode.HEIGHT).withFilter(PointFilter.NONE));
        BitSet some = new BitSet();
        some.set(0, 5_000);
        s.setHighlightedPoints(s.snapshot().clouds().get(0).handle(), some);
        RenderCamera cam = camera(120);
        int[] today;
        try (CpuRenderer plain = new CpuRenderer(s)) {
            today = plain.renderNow(cam, false).toArgbArray();
        }
        try (CpuRenderer r = new CpuRenderer(s, 1)) {
            r.setFrameTarget(1000);
            assertArrayEquals(today, refineToCompletion(r, cam, new ArrayList<>()), "single-threaded splatter");
        }
    }

    @Test
    void movingFrameWithAThinnedSampleStillShowsTheScene() {
        Scene s = scene(400_000, 2);
        s.setPointBudget(40_000); // a tenth of the points
        RenderCamera cam = camera(200);
        try (CpuRenderer r = new CpuRenderer(s)) {
            int movingLit = lit(r.renderNow(cam, true).toArgbArray());
            int stillLit = lit(r.renderNow(cam, false).toArgbArray());
            // splats grow where the sample thinned out (up to the style's size)
            assertTrue(movingLit > stillLit / 3, "moving " + movingLit + " lit pixels, still " + stillLit);
            assertTrue(movingLit <= stillLit, "never larger squares than the still frame's");
        }
    }

    private static int lit(int[] px) {
        int bg = new Scene().snapshot().background();
        int n = 0;
        for (int p : px) {
            n += p != bg ? 1 : 0;
        }
        return n;
    }
}
