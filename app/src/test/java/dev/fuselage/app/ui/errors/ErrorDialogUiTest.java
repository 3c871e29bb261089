package dev.fuselage.app.ui.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.support.AppLog;
import dev.fuselage.app.ui.view3d.RenderFailedException;
import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.render.Backend;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #14, acceptance 4: a forced render failure and a forced uncaught exception each show the error dialog
 * (with the log's path and a working "Copy details") and write the log; the window keeps working afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogUiTest {
    @TempDir
    static Path logs;
    private static Path logFile;

    private final AtomicBoolean failRenders = new AtomicBoolean();
    private Renderer renderer;
    private Viewport3D viewport;
    private ErrorReporter reporter;

    @Start
    void start(Stage stage) throws Exception {
        logFile = AppLog.install(logs);
        renderer = new FailingRenderer(new CpuRenderer(new Scene()), failRenders);
        renderer.scene().addCloud(PointCloudIO.read(TestData.file("kitti/object/training/velodyne/000001.bin")));
        viewport = new Viewport3D(renderer, new OrbitCamera());
        stage.setScene(new javafx.scene.Scene(viewport, 640, 400));
        reporter = new ErrorReporter(AppLog::file, () -> Optional.of(stage));
        reporter.install();
        stage.show();
    }

    @AfterEach
    void close() {
        reporter.uninstall();
        renderer.close();
    }

    @Test
    void aFailedRenderShowsTheDialogAndKeepsTheView(FxRobot robot) throws Exception {
        waitFor(() -> viewport.lastFrameProperty().get() != null);
        FrameImage good = viewport.lastFrameProperty().get();
        failRenders.set(true);
        robot.interact(viewport::resetCamera);
        waitFor(() -> reporter.openDialog().isPresent());

        DialogPane pane = reporter.openDialog().orElseThrow().alert().getDialogPane();
        assertEquals("The 3D view could not draw a frame", pane.getHeaderText());
        assertTrue(text(pane).contains("forced render failure"), text(pane));
        assertTrue(text(pane).contains("The log is " + logFile), "the dialog names the log: " + text(pane));
        assertLogged("RenderFailedException", "forced render failure");
        assertEquals(good, viewport.lastFrameProperty().get(), "the view keeps its last good frame");

        copyDetails(robot, pane);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied.contains(RenderFailedException.class.getName()) && copied.contains("forced render failure")
                && copied.contains("Log: " + logFile), copied);

        // a failing view reports once, not once a frame: another failed redraw opens nothing new
        robot.interact(viewport::fit);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertTrue(!text(pane).contains("more error"), text(pane));
        robot.interact(() -> reporter.openDialog().orElseThrow().alert().close());
        failRenders.set(false);
        robot.interact(() -> viewport.camera().zoom(1.5));
        robot.interact(viewport::redraw);
        waitFor(() -> viewport.lastFrameProperty().get() != good);
        assertTrue(viewport.lastFrameProperty().get().pointsDrawn() > 50_000, "rendering works again");
    }

    @Test
    void anUncaughtExceptionShowsTheDialogAndWritesTheLog(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("forced uncaught exception");
        });
        waitFor(() -> reporter.openDialog().isPresent());
        DialogPane pane = reporter.openDialog().orElseThrow().alert().getDialogPane();
        assertEquals("Something went wrong", pane.getHeaderText());
        assertTrue(text(pane).contains("IllegalStateException: forced uncaught exception"), text(pane));
        assertTrue(text(pane).contains(logFile.toString()), text(pane));
        assertLogged("uncaught error in thread JavaFX Application Thread", "forced uncaught exception");

        // one from a background thread while the dialog is open: logged and counted
        Thread t = new Thread(() -> {
            throw new ArithmeticException("forced background failure");
        }, "forced-worker");
        t.start();
        t.join();
        waitFor(() -> text(pane).contains("1 more error"));
        assertLogged("uncaught error in thread forced-worker", "forced background failure");

        copyDetails(robot, pane);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied.contains("java.lang.IllegalStateException: forced uncaught exception"), copied);
        assertTrue(pane.getScene().getWindow().isShowing(), "copying keeps the dialog open");
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CLOSE)).fire());
        waitFor(() -> reporter.openDialog().isEmpty());
    }

    private static void copyDetails(FxRobot robot, DialogPane pane) {
        Button copy = pane.getButtonTypes().stream().filter(b -> b.getText().equals(ErrorDialog.COPY))
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow();
        robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Copied", copy.getText());
    }

    private static String text(DialogPane pane) {
        StringBuilder sb = new StringBuilder();
        pane.lookupAll(".label").forEach(n -> sb.append(((Label) n).getText()).append('\n'));
        return sb.toString();
    }

    private static void assertLogged(String... parts) throws Exception {
        waitFor(() -> {
            try {
                String log = Files.readString(logFile);
                for (String p : parts) {
                    if (!log.contains(p)) {
                        return false;
                    }
                }
                return true;
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A CPU renderer whose frames fail while {@code fail} is set: the forced render failure. */
    private record FailingRenderer(CpuRenderer delegate, AtomicBoolean fail) implements Renderer {
        @Override
        public Backend backend() {
            return delegate.backend();
        }

        @Override
        public String description() {
            return delegate.description();
        }

        @Override
        public Scene scene() {
            return delegate.scene();
        }

        @Override
        public CompletableFuture<FrameImage> requestFrame(RenderCamera camera, boolean interactive) {
            if (fail.get()) {
                return delegate.requestFrame(camera, interactive).thenApply(f -> {
                    throw new IllegalStateException("forced render failure");
                });
            }
            return delegate.requestFrame(camera, interactive);
        }

        @Override
        public FrameImage renderNow(RenderCamera camera, boolean interactive) {
            return delegate.renderNow(camera, interactive);
        }

        @Override
        public void setFrameTarget(double millis) {
            delegate.setFrameTarget(millis);
        }

        @Override
        public double frameTarget() {
            return delegate.frameTarget();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
