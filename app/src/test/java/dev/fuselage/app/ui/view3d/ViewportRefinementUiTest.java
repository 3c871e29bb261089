package dev.fuselage.app.ui.view3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.io.PointCloudIO;
import dev.fuselage.render.Backend;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.FramePlan;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.testkit.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #15, acceptance 3: in the 3D view a still frame fills in step by step, and a drag stops the refinement at
 * once: the view asks for moving frames only while dragging and then starts over for the new view, never finishing
 * the old one. The renderer is slowed down (each frame arrives 400 ms late) so the drag surely lands mid-way.
 */
@ExtendWith(ApplicationExtension.class)
class ViewportRefinementUiTest {
    private static final long DELAY_MS = 400;

    /** A request the view made and the frame it got. */
    private record Request(RenderCamera camera, boolean interactive) {
    }

    /** The real CPU renderer, with every frame handed over late and every request recorded. */
    private static final class SlowRenderer implements Renderer {
        final CpuRenderer inner = new CpuRenderer(new Scene());
        final List<Request> requests = new ArrayList<>();
        final List<FrameImage> frames = new ArrayList<>();

        @Override
        public Backend backend() {
            return inner.backend();
        }

        @Override
        public String description() {
            return inner.description();
        }

        @Override
        public Scene scene() {
            return inner.scene();
        }

        @Override
        public synchronized CompletableFuture<FrameImage> requestFrame(RenderCamera camera, boolean interactive) {
            requests.add(new Request(camera, interactive));
            return inner.requestFrame(camera, interactive).thenApplyAsync(f -> {
                synchronized (this) {
                    frames.add(f);
                }
                return f;
            }, CompletableFuture.delayedExecutor(DELAY_MS, TimeUnit.MILLISECONDS));
        }

        @Override
        public FrameImage renderNow(RenderCamera camera, boolean interactive) {
            return inner.renderNow(camera, interactive);
        }

        @Override
        public void setFrameTarget(double millis) {
            inner.setFrameTarget(millis);
        }

        @Override
        public double frameTarget() {
            return inner.frameTarget();
        }

        @Override
        public void close() {
            inner.close();
        }

        synchronized List<Request> requests() {
            return List.copyOf(requests);
        }

        synchronized List<FrameImage> frames() {
            return List.copyOf(frames);
        }
    }

    private SlowRenderer renderer;
    private Viewport3D viewport;

    @Start
    void start(Stage stage) {
        renderer = new SlowRenderer();
        // small steps: the adaptive budgets start from the scene's budget when the view sets its target, and a
        // 50 k first step with a 1 ms target keeps every step at the floor (50 k points)
        renderer.scene().setPointBudget(50_000);
        viewport = new Viewport3D(renderer, new OrbitCamera());
        stage.setScene(new javafx.scene.Scene(new StackPane(viewport), 640, 400));
        stage.show();
    }

    @AfterEach
    void close() {
        renderer.close();
    }

    @Test
    void dragStopsTheRefinementAndTheNewViewFillsIn(FxRobot robot) throws Exception {
        assertEquals(Viewport3D.DEFAULT_FRAME_TARGET_MILLIS, renderer.frameTarget(), "the view sets the target");
        Point2D centre = centre();
        robot.moveTo(centre);
        Scene scene = renderer.scene();
        // the 1 ms target first, since every scene edit below makes the view ask for a frame at once
        robot.interact(() -> viewport.frameTargetProperty().set(1));
        scene.addCloud(PointCloudIO.read(TestData.file("kitti/object/training/velodyne/000001.bin")));
        robot.interact(viewport::redraw);

        waitFor(() -> last() != null && last().plan().kind() == FramePlan.Kind.REFINE_FIRST
                && last().pointsVisible() > 0);
        FrameImage firstStep = last();
        RenderCamera before = firstStep.camera();
        assertFalse(firstStep.complete(), "120 k points take several 50 k steps: " + firstStep);

        // a drag that lasts several (slow) frames
        robot.press(MouseButton.PRIMARY).moveBy(-20, 0);
        for (int i = 0; i < 3; i++) {
            robot.sleep(2 * DELAY_MS).moveBy(-20, 0);
        }
        robot.sleep(2 * DELAY_MS).release(MouseButton.PRIMARY);
        waitFor(() -> last() != null && last().complete());
        FrameImage done = last();
        assertNotEquals(before, done.camera(), "the finished frame shows the new view");

        List<Request> requests = renderer.requests();
        int firstMoving = -1;
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).interactive()) {
                firstMoving = i;
                break;
            }
        }
        assertTrue(firstMoving > 0, "the drag asked for moving frames: " + requests);
        for (int i = firstMoving; i < requests.size(); i++) {
            assertNotEquals(before, requests.get(i).camera(), "no step for the old view after the input, #" + i);
        }
        // the shape: still steps of the old view, moving frames while dragging, then still steps of the new view
        int firstStill = firstMoving;
        while (firstStill < requests.size() && requests.get(firstStill).interactive()) {
            firstStill++;
        }
        for (int i = firstStill; i < requests.size(); i++) {
            assertFalse(requests.get(i).interactive(), "#" + i);
            assertEquals(done.camera(), requests.get(i).camera(), "only the new view refines, #" + i);
        }
        for (FrameImage f : renderer.frames()) {
            assertFalse(f.camera().equals(before) && f.sceneVersion() == firstStep.sceneVersion() && f.complete(),
                    "the old view never finished: " + f);
        }
        long newSteps = renderer.frames().stream().filter(f -> f.camera().equals(done.camera())
                && f.plan().kind() == FramePlan.Kind.REFINE_NEXT).count();
        assertTrue(newSteps >= 1, "the new view filled in over several steps");
    }

    private FrameImage last() {
        return viewport.lastFrameProperty().get();
    }

    private Point2D centre() {
        Bounds b = viewport.localToScreen(viewport.getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * 0.5, b.getMinY() + b.getHeight() * 0.5);
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
