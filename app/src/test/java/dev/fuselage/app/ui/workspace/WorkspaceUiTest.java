package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.project.BoxFitter;
import dev.fuselage.app.ui.workspace.project.BoxView;
import dev.fuselage.app.ui.workspace.view.BoxViewCanvas;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.store.ProjectStore;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
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
 * Issue #4, acceptance 1: in the workspace on a project made from the KITTI training frames, create a box by a
 * bird's-eye drag, change its class with a hotkey, resize it in the side view, undo, redo, go to the next frame
 * and back, close, reopen: the box is stored with the same numbers.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceUiTest {
    @TempDir
    static Path projects;

    private Renderer renderer;
    private ExecutorService background;
    private Stage stage;
    private final AtomicReference<WorkspaceModel> model = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        renderer = new CpuRenderer(new Scene());
        background = Executors.newFixedThreadPool(2);
        WorkspacePrefs prefs = new WorkspacePrefs(Preferences.userRoot().node("dev/fuselage/test/" + System.nanoTime()));
        new WorkspaceLauncher(renderer, background, prefs, projects)
                .open(TestData.file("kitti/object/training"), stage, model::set);
    }

    @AfterEach
    void close() {
        renderer.close();
        background.shutdownNow();
    }

    @Test
    void createClassifyResizeUndoRedoSwitchFramesAndReopen(FxRobot robot) throws Exception {
        waitFor(() -> model.get() != null && model.get().frame().frameIndexProperty().get() == 0);
        WorkspaceModel ws = model.get();
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        int before = ws.frame().objects().size();
        assertEquals(1, before, "frame 000000 holds KITTI's one Pedestrian, imported");

        // create: tool N switches to the bird's-eye view; drag a 4 m x 2 m rectangle 5 m ahead of the view centre
        robot.clickOn(viewport).type(KeyCode.N);
        waitFor(() -> viewport.camera().mode() == OrbitCamera.Mode.BIRDS_EYE);
        Vector3d t = viewport.camera().target();
        RenderCamera cam = viewport.currentCamera();
        Point2D from = screen(viewport, cam, t.x + 3, t.y + 2);
        Point2D to = screen(viewport, cam, t.x + 7, t.y + 4);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);
        waitFor(() -> ws.frame().objects().size() == before + 1);
        ObjectAnnotation made = ws.selection().selected().orElseThrow();
        assertEquals("Car", made.className(), "the active class");
        assertEquals(4, made.box().length(), 0.25, "length along x from the drag");
        assertEquals(2, made.box().width(), 0.25);
        assertEquals(t.x + 5, made.box().cx(), 0.15);
        double ground = BoxFitter.groundUnder(ws.cloud(), made.box());
        assertEquals(ground, made.box().cz() - made.box().height() / 2, 1e-6, "bottom on the local ground");

        // class by hotkey: 2 is Van in the KITTI ontology
        robot.type(KeyCode.DIGIT2);
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
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> ws.selection().selected().map(o -> o.box().equals(b0)).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> ws.selection().selected().map(o -> o.box().equals(b1)).orElse(false));

        // next frame and back
        robot.type(KeyCode.RIGHT);
        waitFor(() -> ws.frame().frameIndexProperty().get() == 1);
        assertEquals(3, ws.frame().objects().size(), "000001: Truck, Car, Cyclist");
        robot.type(KeyCode.LEFT);
        waitFor(() -> ws.frame().frameIndexProperty().get() == 0);
        ObjectAnnotation back = ws.frame().objects().stream().filter(o -> o.id().equals(made.id())).findFirst()
                .orElseThrow();
        assertEquals(b1, back.box());
        assertEquals("Van", back.className());
        assertTrue(ws.isPrefetched(1), "the neighbour was prefetched");

        // close, reopen: same numbers
        Path folder = ws.project().folder();
        robot.interact(stage::close);
        waitFor(() -> !stage.isShowing());
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertTrue(reopened.readOnlyReason().isEmpty(), "the closed window released the project");
            ObjectAnnotation stored = reopened.annotations().object(made.id()).orElseThrow();
            assertEquals(b1, stored.box());
            assertEquals("Van", stored.className());
            assertEquals(made.trackId(), stored.trackId());
            List<ObjectAnnotation> frame0 = reopened.annotations().objects("000000");
            assertEquals(2, frame0.size());
            assertNotEquals(made.box(), stored.box(), "the resize is what was stored");
        }
    }

    private static Point2D screen(Viewport3D viewport, RenderCamera cam, double x, double y) {
        Vector3d s = new Vector3d();
        cam.project(x, y, 0, s);
        return viewport.localToScreen(s.x, s.y);
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
