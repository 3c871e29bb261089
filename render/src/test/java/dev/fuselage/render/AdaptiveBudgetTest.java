package dev.fuselage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #15, acceptance 3: with a frame-time target the moving budget follows the backend's speed, and a
 * progressive still frame stops at once when input (a moving request, a new camera) comes.
 */
class AdaptiveBudgetTest {
    private static final long VISIBLE = 50_000_000;

    /**
     * A backend whose frames cost {@code fixedMillis} plus {@code nanosPerPoint} per point drawn: it reports that
     * time as the frame's render time (no sleeping, so the test is exact and fast) and records every plan.
     */
    private static final class FakeBackend implements RenderLoop.FrameDrawer {
        final FrameBuffers out = new FrameBuffers();
        final double fixedMillis;
        final double nanosPerPoint;
        final List<FramePlan> plans = new ArrayList<>();
        long refined;

        FakeBackend(double fixedMillis, double nanosPerPoint) {
            this.fixedMillis = fixedMillis;
            this.nanosPerPoint = nanosPerPoint;
        }

        @Override
        public FrameImage draw(SceneSnapshot scene, RenderCamera camera, FramePlan plan) {
            plans.add(plan);
            long points;
            boolean complete;
            switch (plan.kind()) {
                case MOVING -> {
                    points = Math.min(plan.points(), VISIBLE);
                    complete = false;
                }
                case FULL -> {
                    points = VISIBLE;
                    complete = true;
                }
                case REFINE_FIRST -> {
                    refined = Math.min(plan.points(), VISIBLE);
                    points = refined;
                    complete = refined == VISIBLE;
                }
                default -> {
                    long add = Math.min(plan.points(), VISIBLE - refined);
                    refined += add;
                    points = add;
                    complete = refined == VISIBLE;
                }
            }
            long cost = (long) (fixedMillis * 1e6 + nanosPerPoint * points);
            out.acquire(camera.width(), camera.height());
            long drawnSoFar = plan.kind() == FramePlan.Kind.MOVING || plan.kind() == FramePlan.Kind.FULL ? points
                    : refined;
            return out.publish(scene.version(), camera, drawnSoFar, VISIBLE, plan, complete,
                    System.nanoTime() - cost);
        }
    }

    private static int budgetAfterOrbiting(FakeBackend backend, double targetMillis) {
        Scene scene = new Scene();
        try (RenderLoop loop = new RenderLoop("test-render", scene, backend)) {
            loop.setFrameTarget(targetMillis);
            OrbitCamera orbit = new OrbitCamera();
            FrameImage f = null;
            for (int i = 0; i < 40; i++) {
                orbit.orbit(0.01, 0);
                f = loop.renderNow(orbit.camera(64, 48), true);
            }
            // the frames drawn with the last budget take about the target
            assertEquals(targetMillis, f.renderMillis(), targetMillis * 0.15, "frame time reached the target: " + f);
            return f.plan().points();
        }
    }

    @Test
    void slowBackendGetsSmallerBudgetFastOneLarger() {
        int initial = Scene.DEFAULT_POINT_BUDGET;
        // slow: 2 ms + 40 ns a point (33 ms at ~0.8 M points); fast: 2 ms + 2 ns a point (~15 M points)
        int slow = budgetAfterOrbiting(new FakeBackend(2, 40), 33);
        int fast = budgetAfterOrbiting(new FakeBackend(2, 2), 33);
        assertTrue(slow < initial, "slow backend: budget below the initial " + initial + ": " + slow);
        assertTrue(fast > initial, "fast backend: budget above the initial " + initial + ": " + fast);
        assertEquals(31e6 / 40, slow, 31e6 / 40 * 0.15, "slow budget fits 33 ms");
        assertEquals(31e6 / 2, fast, 31e6 / 2 * 0.15, "fast budget fits 33 ms");
        // a looser target lets the slow backend draw more
        assertTrue(budgetAfterOrbiting(new FakeBackend(2, 40), 100) > slow * 2, "a 100 ms target draws more");
    }

    @Test
    void withoutTargetTheSceneBudgetIsFixed() {
        FakeBackend backend = new FakeBackend(2, 40);
        Scene scene = new Scene();
        scene.setPointBudget(1_234_567);
        try (RenderLoop loop = new RenderLoop("test-render", scene, backend)) {
            OrbitCamera orbit = new OrbitCamera();
            for (int i = 0; i < 10; i++) {
                orbit.orbit(0.01, 0);
                assertEquals(1_234_567, loop.renderNow(orbit.camera(64, 48), true).plan().points());
            }
            assertEquals(FramePlan.Kind.FULL, loop.request(orbit.camera(64, 48), false).join().plan().kind(),
                    "no target: still frames in one go");
        }
    }

    @Test
    void refinementStepsStopOnInputAndStartOver() {
        FakeBackend backend = new FakeBackend(2, 40);
        Scene scene = new Scene();
        try (RenderLoop loop = new RenderLoop("test-render", scene, backend)) {
            loop.setFrameTarget(33);
            OrbitCamera orbit = new OrbitCamera();
            RenderCamera still = orbit.camera(64, 48);
            FrameImage first = loop.request(still, false).join();
            assertEquals(FramePlan.Kind.REFINE_FIRST, first.plan().kind());
            assertFalse(first.complete(), "50 M points do not fit one step");
            FrameImage second = loop.request(still, false).join();
            assertEquals(FramePlan.Kind.REFINE_NEXT, second.plan().kind(), "the camera stayed: it fills in");
            assertTrue(second.pointsDrawn() > first.pointsDrawn());

            // input: the camera moves. The next frame is a moving frame, not another refinement step
            orbit.orbit(0.05, 0);
            RenderCamera moved = orbit.camera(64, 48);
            int before = backend.plans.size();
            FrameImage moving = loop.request(moved, true).join();
            assertEquals(FramePlan.Kind.MOVING, moving.plan().kind());
            assertEquals(before + 1, backend.plans.size(), "exactly one frame: the input did not wait for the refinement");
            // and when it stops again, the still frame starts over from a cleared buffer for the new camera
            FrameImage restart = loop.request(moved, false).join();
            assertEquals(FramePlan.Kind.REFINE_FIRST, restart.plan().kind());

            // a scene edit also starts over
            scene.setBackground(0xFF000000);
            assertEquals(FramePlan.Kind.REFINE_FIRST, loop.request(moved, false).join().plan().kind());

            // left alone it completes, each step within about the target once the still budget has adapted
            FrameImage f = restart;
            int steps = 0;
            while (!(f = loop.request(moved, false).join()).complete()) {
                steps++;
                assertTrue(steps < 500, "refinement never completed");
            }
            assertEquals(VISIBLE, backend.refined);
            FrameImage again = loop.request(moved, false).join();
            org.junit.jupiter.api.Assertions.assertSame(f, again, "a complete still frame is not drawn again");
        }
    }
}
