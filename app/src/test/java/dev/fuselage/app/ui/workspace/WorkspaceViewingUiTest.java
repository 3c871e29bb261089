package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.camera.CameraPanel;
import dev.fuselage.app.ui.workspace.model.ViewSettingsModel;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.project.edit.BoxView;
import dev.fuselage.app.ui.workspace.view.BoxViewCanvas;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.edit.ChangeBox;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.joml.Vector3d;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #10 items 6, 7 and 9 on the KITTI frames: zoom to the cursor in the 3D view (orbit and bird's-eye) with a
 * zoom-out limit, zoomable and pannable box views and camera images; heading markers in the camera and 3D
 * views; point size and colouring, F framing the scan, multi-select and delete, panel sizes kept on reopening.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceViewingUiTest {
    @TempDir
    Path projects;

    private WorkspaceFixture workspace;
    private Stage stage;
    private WorkspacePrefs prefs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefs = new WorkspacePrefs(Preferences.userRoot().node("dev/fuselage/test/" + System.nanoTime()));
        workspace = WorkspaceFixture.open(TestData.file("kitti/object/training"), projects, stage, prefs);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        workspace.close();
    }

    @Test
    void wheelZoomsAboutTheCursorInOrbitAndBirdsEyeAndStopsBeforeTheSceneVanishes(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        WorkspaceFixture.waitFor(10, () -> viewport.lastFrameProperty().get() != null);
        for (int pass = 0; pass < 2; pass++) {
            double x = viewport.getWidth() * 0.75, y = viewport.getHeight() * 0.7;
            RenderCamera before = viewport.currentCamera();
            Vector3d p = ground(before, x, y, viewport.camera().target().z);
            robot.moveTo(viewport.localToScreen(x, y)).scroll(3, VerticalDirection.UP);
            WaitForAsyncUtils.waitForFxEvents();
            RenderCamera after = viewport.currentCamera();
            assertTrue(!after.equals(before), "the wheel zoomed");
            Vector3d s = new Vector3d();
            after.project(p.x, p.y, p.z, s);
            assertEquals(x, s.x, 1.5, viewport.camera().mode() + ": the point under the cursor stays there (x)");
            assertEquals(y, s.y, 1.5, viewport.camera().mode() + ": the point under the cursor stays there (y)");
            robot.interact(viewport::toggleBirdsEye);
        }
        // out as far as it goes: the scan stays in view
        robot.interact(() -> {
            for (int i = 0; i < 200; i++) {
                viewport.zoomAt(viewport.getWidth() / 2, viewport.getHeight() / 2, 1 / 1.15);
            }
        });
        WorkspaceFixture.waitFor(10, () -> viewport.lastFrameProperty().get().sceneVersion()
                == ws.renderer().scene().version() && viewport.lastFrameProperty().get().camera()
                .equals(viewport.currentCamera()));
        assertTrue(viewport.lastFrameProperty().get().pointsDrawn() > 50_000,
                "points in view after zooming far out: " + viewport.lastFrameProperty().get().pointsDrawn());
    }

    @Test
    void boxViewsAndCameraImagesZoomAndPan(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        robot.interact(() -> ws.selection().select(ws.frame().objects().get(0).id()));
        BoxViewCanvas top = window.boxViews().view(BoxView.TOP);
        WaitForAsyncUtils.waitForFxEvents();
        double x = top.getWidth() * 0.7, y = top.getHeight() * 0.4;
        double u = (x - top.screenX(0)) / top.scale(), v = (top.screenY(0) - y) / top.scale();
        robot.moveTo(top.localToScreen(x, y)).scroll(2, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(top.zoom() != 1, "the wheel zooms the box view");
        assertEquals(x, top.screenX(u), 1, "about the cursor"); // the robot lands on whole pixels
        assertEquals(y, top.screenY(v), 1);
        double ox = top.screenX(0);
        robot.moveTo(top.localToScreen(x, y)).press(MouseButton.SECONDARY).moveBy(20, 0).moveBy(20, 0)
                .release(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ox + 40, top.screenX(0), 1, "a right drag pans");
        robot.interact(top::fit);
        assertEquals(1, top.zoom());

        WorkspaceFixture.waitFor(30, () -> !window.cameras().panels().isEmpty());
        CameraPanel camera = window.cameras().panels().get(0);
        WaitForAsyncUtils.waitForFxEvents();
        double cx = camera.getWidth() * 0.3, cy = camera.getHeight() * 0.5;
        Point2D onScreen = camera.localToScreen(cx, cy);
        Point2D origin = camera.toScreen(0, 0);
        double pu = (onScreen.getX() - origin.getX()) / camera.scale();
        double pv = (onScreen.getY() - origin.getY()) / camera.scale();
        robot.moveTo(onScreen).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        if (camera.zoom() == 1) { // the other wheel direction on this robot: zoom in the other way
            robot.scroll(6, VerticalDirection.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(camera.zoom() > 1.5, "the camera image zooms: " + camera.zoom());
        assertEquals(onScreen.getX(), camera.toScreen(pu, pv).getX(), 1, "about the cursor");
        assertEquals(onScreen.getY(), camera.toScreen(pu, pv).getY(), 1);
        Point2D beforeDrag = camera.toScreen(pu, pv);
        robot.press(MouseButton.PRIMARY).moveBy(15, 10).moveBy(15, 10).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(beforeDrag.getX() + 30, camera.toScreen(pu, pv).getX(), 1, "a drag pans the image");
        robot.doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, camera.zoom(), "a double-click fits the image again");
    }

    @Test
    void headingShowsInTheCameraAndThe3dView(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        robot.interact(() -> ws.goTo(2));
        WorkspaceFixture.waitFor(30, () -> "000002".equals(ws.frame().frameId()));
        ObjectAnnotation car = ws.frame().objects().stream().filter(o -> o.className().equals("Car")).findFirst()
                .orElseThrow();
        WorkspaceFixture.waitFor(30, () -> !window.cameras().panels().isEmpty()
                && window.cameras().panels().get(0).view().boxes().boxes().size() == ws.frame().objects().size());
        CameraPanel camera = window.cameras().panels().get(0);
        // zoom the camera image onto the car, 34 m away, so its faces are tens of pixels
        int[] facing = snapshotAfter(robot, ws, viewport, camera, car.box());
        Cuboid turned = car.box().withYaw(car.box().yaw() + Math.PI); // the same wireframe, facing backwards
        robot.interact(() -> ws.execute(ChangeBox.to(ws.store(), car.id(), turned)));
        int[] backwards = snapshotAfter(robot, ws, viewport, camera, turned);
        assertTrue(WorkspaceRedrawUiTest.differing(facing, backwards) > 10,
                "the camera image shows which way the car faces: "
                        + WorkspaceRedrawUiTest.differing(facing, backwards));
        int[] view3dFacing = lastFramePixels(robot, viewport);
        robot.interact(ws::undo);
        WorkspaceFixture.waitFor(10, () -> viewport.lastFrameProperty().get().sceneVersion()
                == ws.renderer().scene().version());
        assertTrue(WorkspaceRedrawUiTest.differing(view3dFacing, lastFramePixels(robot, viewport)) > 10,
                "the 3D view too");
    }

    @Test
    void pointStyleFitMultiSelectAndPanelSizes(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        // colour mode from the toolbar, point size by key
        @SuppressWarnings("unchecked")
        ComboBox<ColorMode> colour = robot.lookup(".color-mode").queryAs(ComboBox.class);
        robot.interact(() -> colour.setValue(ColorMode.INTENSITY));
        assertEquals(ColorMode.INTENSITY, ws.renderer().scene().style().mode());
        int size = ws.renderer().scene().style().pointSize();
        robot.interact(() -> window.run(WorkspaceAction.LARGER_POINTS));
        assertEquals(size + 1, ws.renderer().scene().style().pointSize());
        assertTrue(ViewSettingsModel.COLOR_MODES.contains(ColorMode.HEIGHT));
        // colour by class: the points in a box take its class colour (KITTI scans have no per-point labels)
        ObjectAnnotation first = ws.frame().objects().get(0);
        int classArgb = dev.fuselage.app.ui.viewer.SceneLoader.classColor(ws.ontology(), first.className());
        int byIntensity = countColour(robot, ws, viewport, classArgb);
        robot.interact(() -> colour.setValue(ColorMode.SEMANTIC));
        int byClass = countColour(robot, ws, viewport, classArgb);
        assertTrue(byClass > byIntensity + 20, "class-coloured points: " + byIntensity + " -> " + byClass);
        robot.interact(() -> colour.setValue(ColorMode.HEIGHT));

        // F frames the scan's central part: much closer than its full bounds would put the camera
        OrbitCamera full = new OrbitCamera();
        full.fit(ws.cloud().bounds());
        robot.interact(viewport::fit);
        assertTrue(viewport.camera().distance() < 0.6 * full.distance(),
                viewport.camera().distance() + " vs " + full.distance());

        // multi-select: Shift+click in the list, then Delete removes all of them as one edit (000001: 3 objects)
        robot.interact(() -> ws.goTo(1));
        WorkspaceFixture.waitFor(30, () -> ws.frame().frameIndexProperty().get() == 1);
        int count = ws.frame().objects().size();
        assertTrue(count >= 2, "frame 000001 has " + count + " objects");
        // the list fills a pulse or more after the frame index moves (later on a loaded machine): wait for its cells
        java.util.function.Supplier<List<javafx.scene.Node>> filled = () -> robot.from(window)
                .lookup(".object-list .list-cell")
                .queryAll().stream()
                // the list's own cells (the class filter's combo box has list cells too), visible ones only (the list
                // keeps a hidden cell for measuring, with an item), in list order
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.isVisible()
                        && c.getItem() instanceof ObjectAnnotation)
                .sorted(java.util.Comparator.comparingInt(n -> ((javafx.scene.control.ListCell<?>) n).getIndex()))
                .toList();
        try {
            WorkspaceFixture.waitFor(30, () -> filled.get().size() == count);
        } catch (java.util.concurrent.TimeoutException e) {
            javafx.scene.Node list = robot.from(window).lookup(".object-list").query();
            throw new AssertionError("the object list shows " + filled.get().size() + " of " + count + " objects; list "
                    + list.getLayoutBounds() + ", window " + list.getScene().getWidth() + "x"
                    + list.getScene().getHeight(), e);
        }
        robot.clickOn(filled.get().get(0));
        WorkspaceFixture.waitFor(15, () -> ws.selection().selectedIdsProperty().get().size() == 1);
        // the list may be too short for all rows: bring the last one into view (as a user scrolls to it)
        javafx.scene.control.ListView<?> listView = robot.from(window)
                .lookup((javafx.scene.Node n) -> n instanceof dev.fuselage.app.ui.workspace.view.ObjectListPane)
                .queryAs(dev.fuselage.app.ui.workspace.view.ObjectListPane.class).list();
        robot.interact(() -> listView.scrollTo(count - 1));
        List<javafx.scene.Node> cells = filled.get(); // selecting may refresh the list: its cells as they are now
        robot.press(KeyCode.SHIFT).clickOn(cells.get(cells.size() - 1)).release(KeyCode.SHIFT);
        try {
            WorkspaceFixture.waitFor(15, () -> ws.selection().selectedIdsProperty().get().size() == count);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Shift+click selected " + ws.selection().selectedIdsProperty().get().size()
                    + " of " + count, e);
        }
        robot.interact(() -> window.run(WorkspaceAction.DELETE));
        WorkspaceFixture.waitFor(5, () -> ws.frame().objects().isEmpty());
        robot.interact(ws::undo);
        WorkspaceFixture.waitFor(5, () -> ws.frame().objects().size() == count);

        // a Ctrl+drag rectangle over the whole bird's-eye view selects every box in it
        robot.interact(() -> {
            viewport.toggleBirdsEye();
            viewport.camera().setPixelsPerMetre(4);
            viewport.camera().setTarget(20, 0, 0);
            viewport.redraw();
        });
        RenderCamera cam = viewport.currentCamera();
        Vector3d s = new Vector3d();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -1, maxY = -1;
        for (ObjectAnnotation o : ws.frame().objects()) {
            cam.project(o.box().cx(), o.box().cy(), o.box().cz(), s);
            minX = Math.min(minX, s.x);
            minY = Math.min(minY, s.y);
            maxX = Math.max(maxX, s.x);
            maxY = Math.max(maxY, s.y);
        }
        Point2D from = viewport.localToScreen(minX - 10, minY - 10), to = viewport.localToScreen(maxX + 10, maxY + 10);
        robot.interact(() -> ws.selection().clear());
        robot.press(KeyCode.CONTROL).moveTo(from).press(MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to)
                .release(MouseButton.PRIMARY).release(KeyCode.CONTROL);
        WorkspaceFixture.waitFor(15, () -> ws.selection().selectedIdsProperty().get().size() == count);

        // panel sizes come back when the project reopens
        robot.interact(() -> {
            window.split().setDividerPosition(0, 0.3);
            window.split().setDividerPosition(1, 0.7);
        });
        double[] kept = window.split().getDividerPositions();
        robot.interact(stage::close);
        AtomicReference<Stage> stage2 = new AtomicReference<>();
        AtomicReference<WorkspaceFixture> reopened = new AtomicReference<>();
        robot.interact(() -> {
            stage2.set(new Stage());
            reopened.set(WorkspaceFixture.open(TestData.file("kitti/object/training"), projects, stage2.get(), prefs));
        });
        Stage again = stage2.get();
        try {
            reopened.get().awaitFirstFrame(60);
            WaitForAsyncUtils.waitForFxEvents();
            WorkspaceWindow second = (WorkspaceWindow) again.getScene().getRoot();
            assertEquals(kept[0], second.split().getDividerPositions()[0], 0.01);
            assertEquals(kept[1], second.split().getDividerPositions()[1], 0.01);
        } finally {
            robot.interact(again::close);
            reopened.get().close();
        }
    }

    private static int[] snapshotAfter(FxRobot robot, WorkspaceModel ws, Viewport3D viewport, CameraPanel camera,
                                       Cuboid box) throws Exception {
        WorkspaceFixture.waitFor(10, () -> camera.view().boxes().boxes().stream()
                .anyMatch(b -> b.projection().hasBox()) && viewport.lastFrameProperty().get() != null);
        AtomicReference<int[]> px = new AtomicReference<>();
        robot.interact(() -> {
            WritableImage img = camera.snapshot(null, null);
            int w = (int) img.getWidth(), h = (int) img.getHeight();
            int[] argb = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                    argb, 0, w);
            px.set(argb);
        });
        return px.get();
    }

    /** Pixels of one colour in the view once it shows the scene as it is. */
    private static int countColour(FxRobot robot, WorkspaceModel ws, Viewport3D viewport, int argb)
            throws Exception {
        WorkspaceFixture.waitFor(10, () -> viewport.lastFrameProperty().get().sceneVersion()
                == ws.renderer().scene().version());
        int n = 0;
        for (int p : lastFramePixels(robot, viewport)) {
            n += p == argb ? 1 : 0;
        }
        return n;
    }

    private static int[] lastFramePixels(FxRobot robot, Viewport3D viewport) {
        AtomicReference<int[]> px = new AtomicReference<>();
        robot.interact(() -> px.set(viewport.lastFrameProperty().get().toArgbArray()));
        return px.get();
    }

    private static Vector3d ground(RenderCamera cam, double x, double y, double z) {
        Vector3d o = new Vector3d(), d = new Vector3d();
        cam.ray(x, y, o, d);
        double t = (z - o.z) / d.z;
        return new Vector3d(o.x + t * d.x, o.y + t * d.y, z);
    }
}
