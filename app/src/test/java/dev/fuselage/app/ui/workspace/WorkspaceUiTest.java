package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.project.demo.ProgressListener;
import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.ai.fit.BoxFitter;
import dev.fuselage.project.edit.BoxPoints;
import dev.fuselage.project.edit.BoxView;
import dev.fuselage.app.ui.workspace.view.BoxViewCanvas;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.joml.Vector3d;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #4, acceptance 1, on the demo project (generated once for the class, 24 frames): create a box by a
 * bird's-eye drag on an empty stretch of road, change its class with a hotkey, resize it in the side view, undo,
 * redo, go to the next frame and back, close, reopen: the box is stored with the same numbers.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceUiTest {
    @TempDir
    static Path temp;
    private static Path demo;

    private WorkspaceFixture workspace;
    private Stage stage;

    @BeforeAll
    static void generateDemo() throws IOException {
        demo = DemoProject.createIfAbsent(temp.resolve("demo"), DemoProject.DEFAULT_FRAMES,
                dev.fuselage.project.demo.DemoSceneGenerator.DEFAULT_SEED, ProgressListener.NONE).folder();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = WorkspaceFixture.open(demo, temp.resolve("projects"), stage);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void createClassifyResizeUndoRedoSwitchFramesAndReopen(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        assertEquals(DemoProject.DEFAULT_FRAMES, ws.frames().size());
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        List<ObjectAnnotation> existing = List.copyOf(ws.frame().objects());
        assertTrue(existing.size() >= 3, "the demo's first frame has cars and pedestrians: " + existing.size());

        // create: tool N switches to the bird's-eye view; drag a 4 m x 2 m rectangle on an empty stretch of road
        robot.clickOn(viewport).type(KeyCode.N);
        waitFor(() -> viewport.camera().mode() == OrbitCamera.Mode.BIRDS_EYE);
        RenderCamera cam = viewport.currentCamera();
        double[] spot = emptyRoad(ws, existing);
        Point2D from = screen(viewport, cam, spot[0] - 2, spot[1] - 1);
        Point2D to = screen(viewport, cam, spot[0] + 2, spot[1] + 1);
        Bounds view = viewport.localToScreen(viewport.getBoundsInLocal());
        assertTrue(view.contains(from) && view.contains(to), "the spot " + spot[0] + ", " + spot[1] + " is in view");
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);
        waitFor(() -> ws.frame().objects().size() == existing.size() + 1);
        ObjectAnnotation made = ws.selection().selected().orElseThrow();
        assertEquals("Car", made.className(), "the active class");
        assertEquals(4, made.box().length(), 0.25, "length along x from the drag");
        assertEquals(2, made.box().width(), 0.25);
        assertEquals(spot[0], made.box().cx(), 0.15);
        assertEquals(spot[1], made.box().cy(), 0.15);
        double ground = BoxFitter.groundUnder(ws.cloud(), made.box());
        assertEquals(ground, made.box().cz() - made.box().height() / 2, 1e-6, "bottom on the local ground");

        // class by hotkey: 2 is Van in the KITTI ontology
        keysTo(robot, viewport).type(KeyCode.DIGIT2);
        waitFor(() -> ws.selection().selected().map(o -> o.className().equals("Van")).orElse(false));

        // side view: drag the front edge 30 px to the right
        BoxViewCanvas side = window.boxViews().view(BoxView.SIDE);
        Cuboid b0 = ws.selection().selected().get().box();
        double scale = side.scale();
        Point2D edge = side.localToScreen(side.screenX(b0.length() / 2), side.screenY(0));
        robot.moveTo(edge).press(MouseButton.PRIMARY).moveBy(15, 0).moveBy(15, 0).release(MouseButton.PRIMARY);
        waitFor(() -> ws.selection().selected().map(o -> !o.box().equals(b0)).orElse(false));
        Cuboid b1 = ws.selection().selected().get().box();
        assertEquals(b0.length() + 30 / scale, b1.length(), 2 / scale, "front edge moved 30 px");
        assertEquals(b0.height(), b1.height(), 1e-9);
        assertEquals(b0.cx() + 15 / scale, b1.cx(), 2 / scale, "rear edge stayed");

        // undo, redo
        keysTo(robot, viewport).press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> ws.selection().selected().map(o -> o.box().equals(b0)).orElse(false));
        keysTo(robot, viewport).press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> ws.selection().selected().map(o -> o.box().equals(b1)).orElse(false));

        // next frame and back
        waitFor(() -> ws.isPrefetched(1));
        keysTo(robot, viewport).type(KeyCode.RIGHT);
        waitFor(() -> ws.frame().frameIndexProperty().get() == 1);
        assertEquals(ws.store().objects(ws.frames().get(1)).size(), ws.frame().objects().size());
        assertTrue(ws.frame().objects().stream().noneMatch(o -> o.id().equals(made.id())), "the box is frame 0's");
        assertEquals(1, ws.renderer().scene().cloudCount(), "the frames' clouds are swapped, not piled up");
        keysTo(robot, viewport).type(KeyCode.LEFT);
        waitFor(() -> ws.frame().frameIndexProperty().get() == 0);
        ObjectAnnotation back = ws.frame().objects().stream().filter(o -> o.id().equals(made.id())).findFirst()
                .orElseThrow();
        assertEquals(b1, back.box());
        assertEquals("Van", back.className());

        // close, reopen: same numbers
        Path folder = ws.project().folder();
        assertEquals(demo, folder, "the demo project itself is opened, not a copy");
        robot.interact(stage::close);
        waitFor(() -> !stage.isShowing());
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertTrue(reopened.readOnlyReason().isEmpty(), "the closed window released the project");
            ObjectAnnotation stored = reopened.annotations().object(made.id()).orElseThrow();
            assertEquals(b1, stored.box());
            assertEquals("Van", stored.className());
            assertEquals(made.trackId(), stored.trackId());
            assertEquals(existing.size() + 1, reopened.annotations().objects(ws.frames().get(0)).size());
            assertNotEquals(made.box(), stored.box(), "the resize is what was stored");
        }
    }

    /**
     * The centre of a 4 x 2 m stretch of road in the ego lane, as near the sensor as can be, at least 1 m clear of
     * every object of the frame and holding only road points (nothing from 0.3 m above the local ground to 2.3 m).
     */
    private static double[] emptyRoad(WorkspaceModel ws, List<ObjectAnnotation> objects) {
        for (int step = 16; step <= 48; step++) {
            double x = (step / 2) * (step % 2 == 0 ? 1 : -1); // 8, -8, 9, -9, ...
            double g = BoxFitter.groundUnder(ws.cloud(), Cuboid.upright(x, 0, 0, 4, 2, 0, 0));
            Cuboid probe = Cuboid.upright(x, 0, g + 1.3, 4, 2, 2, 0);
            boolean clear = objects.stream().allMatch(o -> Math.hypot(o.box().cx() - x, o.box().cy())
                    > Math.hypot(o.box().length(), o.box().width()) / 2 + Math.hypot(4, 2) / 2 + 1);
            if (clear && BoxPoints.countInside(ws.cloud(), probe) == 0
                    && BoxPoints.countInside(ws.cloud(), Cuboid.upright(x, 0, g, 4, 2, 0.4, 0)) > 10) {
                return new double[] {x, 0};
            }
        }
        throw new AssertionError("no empty stretch of road near the sensor in the demo's first frame");
    }

    /**
     * Makes sure keys reach this window's 3D view. Under Xvfb there is no window manager: windows of earlier test
     * classes in this JVM can keep the X keyboard focus, and a click does not move it.
     */
    private FxRobot keysTo(FxRobot robot, Viewport3D viewport) {
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
            viewport.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    private static Point2D screen(Viewport3D viewport, RenderCamera cam, double x, double y) {
        Vector3d s = new Vector3d();
        cam.project(x, y, 0, s);
        return viewport.localToScreen(s.x, s.y);
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WorkspaceFixture.waitFor(60, condition);
    }
}
