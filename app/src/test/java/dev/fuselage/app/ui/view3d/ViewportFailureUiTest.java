package dev.fuselage.app.ui.view3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.render.Backend;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.Scene;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue #10 item 10: a frame that fails to draw is said in the view instead of freezing it silently. */
@ExtendWith(ApplicationExtension.class)
class ViewportFailureUiTest {
    private final CpuRenderer cpu = new CpuRenderer(new Scene());
    private volatile boolean failing;
    private Viewport3D viewport;

    /** The CPU renderer, failing on request: a lost GL context, out of memory, a bug. */
    private final class Flaky implements Renderer {
        @Override
        public Backend backend() {
            return cpu.backend();
        }

        @Override
        public String description() {
            return cpu.description();
        }

        @Override
        public Scene scene() {
            return cpu.scene();
        }

        @Override
        public CompletableFuture<FrameImage> requestFrame(RenderCamera camera, boolean interactive) {
            return failing ? CompletableFuture.failedFuture(new IllegalStateException("GL context lost"))
                    : cpu.requestFrame(camera, interactive);
        }

        @Override
        public void setFrameTarget(double millis) {
            cpu.setFrameTarget(millis);
        }

        @Override
        public double frameTarget() {
            return cpu.frameTarget();
        }

        @Override
        public FrameImage renderNow(RenderCamera camera, boolean interactive) {
            return cpu.renderNow(camera, interactive);
        }

        @Override
        public void close() {
            cpu.close();
        }
    }

    @Start
    void start(Stage stage) {
        viewport = new Viewport3D(new Flaky(), new OrbitCamera());
        stage.setScene(new javafx.scene.Scene(viewport, 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        cpu.close();
    }

    @Test
    void aFailedFrameIsShownInTheViewAndClearsWhenDrawingWorksAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewport.lastFrameProperty().get() != null);
        assertEquals("", viewport.failureText());
        // the view also hands the failure to the app's error reporter (the thread's handler): record it here
        java.util.List<Throwable> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
        });
        failing = true;
        robot.interact(() -> {
            viewport.camera().orbit(0.1, 0);
            viewport.redraw();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewport.failureText().isEmpty());
        assertTrue(viewport.failureText().contains("GL context lost"), viewport.failureText());
        failing = false;
        robot.interact(viewport::redraw);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewport.failureText().isEmpty());
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        assertEquals(1, reported.size(), "reported once per run of failures: " + reported);
        assertTrue(reported.get(0) instanceof RenderFailedException, reported.get(0).toString());
    }
}
