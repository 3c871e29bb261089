package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.model.BoxActions;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue #10 item 1: every scene change reaches the 3D view without a camera move. After the next frame, a
 * delete, an undo and a create, the image on screen is drawn from the scene's current version, differs from the
 * image before, and equals what the renderer draws afresh for that state and camera.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceRedrawUiTest {
    @TempDir
    static Path projects;

    private WorkspaceFixture workspace;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = WorkspaceFixture.open(TestData.file("kitti/object/training"), projects, stage);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void frameSwitchDeleteUndoAndCreateRedrawTheView(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        int[] first = shownMatchesScene(robot, ws, viewport, "the first frame");

        robot.interact(() -> window.run(WorkspaceAction.NEXT_FRAME));
        WorkspaceFixture.waitFor(30, () -> ws.frame().frameIndexProperty().get() == 1);
        int[] second = shownMatchesScene(robot, ws, viewport, "after Right");
        assertTrue(differing(first, second) > 1_000, "another cloud is drawn: " + differing(first, second));

        int before = ws.frame().objects().size();
        robot.interact(() -> ws.selection().select(ws.frame().objects().get(0).id()));
        int[] selected = shownMatchesScene(robot, ws, viewport, "after selecting a box");
        robot.interact(() -> window.run(WorkspaceAction.DELETE));
        WorkspaceFixture.waitFor(10, () -> ws.frame().objects().size() == before - 1);
        int[] deleted = shownMatchesScene(robot, ws, viewport, "after delete");
        assertTrue(differing(selected, deleted) > 20, "the deleted box is gone: " + differing(selected, deleted));

        robot.interact(() -> window.run(WorkspaceAction.UNDO));
        WorkspaceFixture.waitFor(10, () -> ws.frame().objects().size() == before);
        int[] undone = shownMatchesScene(robot, ws, viewport, "after undo");
        assertTrue(differing(deleted, undone) > 20, "the box is back: " + differing(deleted, undone));

        robot.interact(() -> new BoxActions(ws).create(Cuboid.upright(8, 4, 0, 4, 2, 0, 0)));
        WorkspaceFixture.waitFor(10, () -> ws.frame().objects().size() == before + 1);
        int[] created = shownMatchesScene(robot, ws, viewport, "after create");
        assertTrue(differing(undone, created) > 20, "the new box is drawn: " + differing(undone, created));
    }

    /**
     * Waits (a few seconds: a redraw takes one frame) until the view shows a frame of the scene's current
     * version, then checks it pixel for pixel against a fresh render of the same camera. Returns its pixels.
     */
    static int[] shownMatchesScene(FxRobot robot, WorkspaceModel ws, Viewport3D viewport, String when)
            throws Exception {
        Renderer renderer = ws.renderer();
        try {
            WorkspaceFixture.waitFor(10, () -> {
                FrameImage f = viewport.lastFrameProperty().get();
                return f != null && f.sceneVersion() == renderer.scene().version();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(when + ": the view still shows scene version "
                    + viewport.lastFrameProperty().get().sceneVersion() + ", the scene is at "
                    + renderer.scene().version(), e);
        }
        AtomicReference<int[]> shown = new AtomicReference<>();
        AtomicReference<RenderCamera> cam = new AtomicReference<>();
        robot.interact(() -> {
            FrameImage f = viewport.lastFrameProperty().get();
            shown.set(f.toArgbArray()); // copy now: the renderer reuses a frame's memory two frames later
            cam.set(f.camera());
        });
        RenderCamera c = cam.get();
        // another size first, so the renderer cannot hand back its last frame: this one is drawn afresh
        renderer.renderNow(RenderCamera.of(c.view(), c.projection(), c.width() + 1, c.height(), c.orthographic()),
                false);
        int[] fresh = renderer.renderNow(c, false).toArgbArray();
        assertEquals(0, differing(shown.get(), fresh), when + ": the view shows the scene as it is now");
        return shown.get();
    }

    static int differing(int[] a, int[] b) {
        if (a.length != b.length) {
            return Math.max(a.length, b.length);
        }
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] != b[i] ? 1 : 0;
        }
        return n;
    }
}
