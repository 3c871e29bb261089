package dev.fuselage.app.ui.view3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.app.ui.viewer.ViewerModel;
import dev.fuselage.app.ui.viewer.ViewerWindow;
import dev.fuselage.ontology.Presets;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #3, acceptance 3: a JavaFX window shows the renderer's image of a real KITTI scan with its labelled boxes
 * and reacts to mouse orbit, pan and zoom and to the view cube (runs headless through Monocle, or in a real window
 * under Xvfb when a display is set).
 */
@ExtendWith(ApplicationExtension.class)
class ViewportUiTest {
    private Renderer renderer;
    private Viewport3D viewport;
    private ViewerModel model;

    @Start
    void start(Stage stage) {
        renderer = new CpuRenderer(new Scene());
        model = new ViewerModel(renderer, Presets.kitti(), Executors.newSingleThreadExecutor(),
                Preferences.userRoot().node("dev/fuselage/test/" + System.nanoTime()));
        viewport = new Viewport3D(renderer, new OrbitCamera());
        stage.setScene(new javafx.scene.Scene(new ViewerWindow(stage, model, viewport), 960, 600));
        stage.show();
        Path dir = TestData.file("kitti/object/training");
        model.open(dir.resolve("velodyne/000001.bin"), Optional.of(dir.resolve("label_2/000001.txt")),
                Optional.of(dir.resolve("calib/000001.txt")));
    }

    @AfterEach
    void close() {
        renderer.close();
    }

    @Test
    void showsTheScanAndFollowsTheMouse(FxRobot robot) throws Exception {
        waitFor(() -> model.loadedProperty().get() != null && frame() != null
                && frame().sceneVersion() == renderer.scene().version());
        SceneLoader.LoadedScene loaded = model.loadedProperty().get();
        assertEquals(120268, loaded.cloud().size());
        assertEquals(3, loaded.boxes().size(), "Truck, Car and Cyclist drawn; DontCare skipped");
        FrameImage first = frame();
        // copy pixels at once: the renderer double-buffers, so a frame's memory is reused two frames later
        int[] firstPx = first.toArgbArray();
        assertTrue(first.pointsDrawn() > 50_000, "the scan is drawn: " + first);
        assertTrue(litPixels(firstPx) > 5_000, "the image shows points");

        // orbit: drag left by 120 px
        OrbitCamera cam = viewport.camera();
        double azimuth = cam.azimuth();
        Point2D centre = centre(robot);
        robot.moveTo(centre).drag(MouseButton.PRIMARY).moveBy(-120, 0).release(MouseButton.PRIMARY);
        FrameImage afterOrbit = nextFrameAfter(first);
        int[] orbitPx = afterOrbit.toArgbArray();
        assertEquals(azimuth + 120 * Viewport3D.ORBIT_PER_PIXEL, cam.azimuth(), 0.05, "azimuth follows the drag");
        assertTrue(differingPixels(firstPx, orbitPx) > 2_000, "the view turned");

        // zoom: wheel towards the scene
        double distance = cam.distance();
        // robots disagree on the wheel's sign (Monocle inverts GTK): check the mapping against the event seen
        double[] wheel = new double[1];
        viewport.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> wheel[0] += e.getDeltaY());
        robot.moveTo(centre).scroll(3, javafx.geometry.VerticalDirection.UP);
        FrameImage afterZoom = nextFrameAfter(afterOrbit);
        int[] zoomPx = afterZoom.toArgbArray();
        assertTrue(wheel[0] != 0, "the wheel reached the view");
        if (wheel[0] > 0) {
            assertTrue(cam.distance() < distance * 0.9, "wheel away zooms in: " + distance + " -> " + cam.distance());
        } else {
            assertTrue(cam.distance() > distance * 1.1, "wheel towards zooms out: " + distance + " -> "
                    + cam.distance());
        }
        assertTrue(differingPixels(orbitPx, zoomPx) > 2_000, "the image zoomed");

        ViewCube cube = viewport.viewCube();
        if (cube.getScene() != null) {
            // view cube (a 3D pipeline is present): a click on the TOP face snaps to the top-down view
            robot.clickOn(cube.screenPointOf(new javafx.geometry.Point3D(0, 0, 1)));
            settle(cam, OrbitCamera.MAX_ELEVATION_DEG);
            FrameImage top = nextFrameAfter(afterZoom);
            assertEquals(OrbitCamera.MAX_ELEVATION_DEG, Math.toDegrees(cam.elevation()), 0.01, "looking straight down");
            assertEquals(180, Math.abs(Math.IEEEremainder(Math.toDegrees(cam.azimuth()), 360)), 0.01,
                    "forward up on the screen, as in the bird's-eye view");
            // seen from the top, the top face's front border is the edge between TOP and FRONT: a 45 degree view
            robot.clickOn(cube.screenPointOf(new javafx.geometry.Point3D(0.9, 0.1, 1)));
            settle(cam, 45);
            nextFrameAfter(top);
            assertEquals(45, Math.toDegrees(cam.elevation()), 0.01, "between top and front");
            assertEquals(0, Math.IEEEremainder(Math.toDegrees(cam.azimuth()), 360), 0.01, "looking from the front");
        } else {
            // software pipeline without 3D (headless Monocle): the same snaps as buttons
            robot.clickOn("Top");
            settle(cam, OrbitCamera.MAX_ELEVATION_DEG);
            FrameImage top = nextFrameAfter(afterZoom);
            assertEquals(OrbitCamera.MAX_ELEVATION_DEG, Math.toDegrees(cam.elevation()), 0.01, "looking straight down");
            assertEquals(180, Math.abs(Math.IEEEremainder(Math.toDegrees(cam.azimuth()), 360)), 0.01,
                    "forward up on the screen, as in the bird's-eye view");
            robot.clickOn("Front");
            settle(cam, 0);
            nextFrameAfter(top);
            assertEquals(0, Math.toDegrees(cam.elevation()), 0.01);
            assertEquals(0, Math.IEEEremainder(Math.toDegrees(cam.azimuth()), 360), 0.01, "looking from the front");
        }
    }

    /** Waits for the snap animation to bring the camera to an elevation. */
    private static void settle(OrbitCamera cam, double elevationDeg) throws TimeoutException {
        waitFor(() -> Math.abs(Math.toDegrees(cam.elevation()) - elevationDeg) < 0.01);
    }

    private FrameImage frame() {
        return viewport.lastFrameProperty().get();
    }

    private Point2D centre(FxRobot robot) {
        Bounds b = viewport.localToScreen(viewport.getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * 0.4, b.getMinY() + b.getHeight() * 0.6);
    }

    private FrameImage nextFrameAfter(FrameImage previous) throws TimeoutException {
        // wait for the full-detail frame drawn after the gesture ended
        waitFor(() -> frame() != null && frame().frameNumber() > previous.frameNumber());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(frame());
        return frame();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private static int litPixels(int[] px) {
        int background = px[0];
        int lit = 0;
        for (int p : px) {
            if (p != background) {
                lit++;
            }
        }
        return lit;
    }

    private static int differingPixels(int[] pa, int[] pb) {
        int n = Math.min(pa.length, pb.length), diff = Math.abs(pa.length - pb.length);
        for (int i = 0; i < n; i++) {
            if (pa[i] != pb[i]) {
                diff++;
            }
        }
        return diff;
    }
}
