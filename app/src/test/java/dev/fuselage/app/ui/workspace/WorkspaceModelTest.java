package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.workspace.model.BoxActions;
import dev.fuselage.app.ui.workspace.model.PlaybackModel;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.project.edit.BoxEdits;
import dev.fuselage.project.ProjectOpener;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.ontology.Presets;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace's view models on the KITTI training frames, driven as the keys drive them (on the JavaFX thread,
 * without a window): copy to the next frame and paste keep the track id, attribute edits are undoable commands,
 * playback steps at the set rate; and at the launcher level: one renderer per window, Open Recent.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceModelTest {
    @TempDir
    Path home;

    private final List<Renderer> renderers = new CopyOnWriteArrayList<>();
    private ExecutorService background;
    private WorkspaceModel ws;
    private BoxActions actions;

    @BeforeEach
    void open() throws Exception {
        background = Executors.newFixedThreadPool(2);
        ProjectStore project = new ProjectOpener(home).open(TestData.file("kitti/object/training"));
        Renderer r = renderer();
        ws = fx(() -> new WorkspaceModel(project, Presets.kitti(), r, background));
        actions = new BoxActions(ws);
        show(0);
    }

    @AfterEach
    void close() throws Exception {
        if (ws != null) {
            fx(() -> {
                ws.close();
                return null;
            });
        }
        renderers.forEach(Renderer::close);
        background.shutdownNow();
    }

    @Test
    void copyToNextFrameKeepsTheTrackAndUndoRemovesTheCopy() throws Exception {
        ObjectAnnotation ped = ws.frame().objects().get(0);
        fx(() -> {
            ws.selection().select(ped.id());
            actions.copyToNextFrame();
            return null;
        });
        waitFor(() -> ws.frame().frameIndexProperty().get() == 1 && ws.selection().selected().isPresent());
        ObjectAnnotation copy = ws.selection().selected().get();
        assertEquals("000001", copy.frameId());
        assertEquals(ped.trackId(), copy.trackId(), "the same physical object: the same track");
        assertEquals(ped.box(), copy.box());
        assertEquals(ped.className(), copy.className());
        assertNotEquals(ped.id(), copy.id());
        assertEquals(4, ws.store().objects("000001").size(), "KITTI's three and the copy");
        // a second copy from frame 0 replaces the track's box in frame 1 instead of adding another
        show(0);
        fx(() -> {
            ws.selection().select(ped.id());
            actions.move(1, 0, 0, false);
            actions.copyToNextFrame();
            return null;
        });
        waitFor(() -> ws.frame().frameIndexProperty().get() == 1);
        assertEquals(4, ws.store().objects("000001").size());
        assertEquals(BoxEdits.moveLocal(ped.box(), 0.1, 0, 0), ws.store().object(copy.id()).orElseThrow().box(),
                "the moved box replaced the copy");
        fx(() -> {
            ws.undo(); // the copy's new box
            ws.undo(); // the move in frame 0
            return null;
        });
        assertEquals(ped.box(), ws.store().object(ped.id()).orElseThrow().box(), "the move undone");
        assertEquals(ped.box(), ws.store().object(copy.id()).orElseThrow().box());
        fx(() -> {
            ws.undo(); // the copy itself: the history spans the frames
            return null;
        });
        waitFor(() -> ws.frame().frameIndexProperty().get() == 1);
        assertEquals(3, ws.store().objects("000001").size(), "undone");
        assertEquals(3, ws.frame().objects().size(), "and shown");
    }

    @Test
    void pasteKeepsTheTrackInAnotherFrameAndMakesANewOneWhereItIsTaken() throws Exception {
        ObjectAnnotation ped = ws.frame().objects().get(0);
        fx(() -> {
            ws.selection().select(ped.id());
            actions.copy();
            return null;
        });
        assertTrue(actions.hasClipboard());
        show(2);
        fx(() -> {
            actions.paste();
            return null;
        });
        ObjectAnnotation pasted = ws.selection().selected().orElseThrow();
        assertEquals("000002", pasted.frameId());
        assertEquals(ped.trackId(), pasted.trackId(), "a frame without the track gets it");
        assertEquals(ped.box(), pasted.box());
        fx(() -> {
            actions.paste();
            return null;
        });
        ObjectAnnotation second = ws.selection().selected().orElseThrow();
        assertNotEquals(ped.trackId(), second.trackId(), "the track is taken in this frame: a new one");
        TrackId next = fx(() -> ws.store().nextTrackId());
        assertTrue(second.trackId().value() < next.value());
        assertEquals(2 + 2, ws.store().objects("000002").size());
    }

    @Test
    void attributeEditsAreCommandsAndUndoable() throws Exception {
        ObjectAnnotation ped = ws.frame().objects().get(0);
        Object before = ped.attributes().get("occluded");
        assertNotEquals("3", before);
        fx(() -> {
            ws.selection().select(ped.id());
            actions.setAttribute("occluded", "3");
            return null;
        });
        assertEquals("3", ws.store().object(ped.id()).orElseThrow().attributes().get("occluded"), "stored");
        assertEquals("3", ws.selection().selected().orElseThrow().attributes().get("occluded"), "shown");
        assertTrue(ws.canUndoProperty().get());
        assertTrue(ws.undoTextProperty().get().startsWith("Undo "), ws.undoTextProperty().get());
        long edits = ws.store().editCount();
        fx(() -> {
            actions.setAttribute("occluded", "3"); // no change: no command
            return null;
        });
        assertEquals(edits, ws.store().editCount());
        fx(() -> {
            ws.undo();
            return null;
        });
        assertEquals(before, ws.store().object(ped.id()).orElseThrow().attributes().get("occluded"));
        assertEquals(before, ws.selection().selected().orElseThrow().attributes().get("occluded"));
        fx(() -> {
            ws.redo();
            return null;
        });
        assertEquals("3", ws.store().object(ped.id()).orElseThrow().attributes().get("occluded"));
    }

    @Test
    void playbackStepsOncePerPeriodAndWraps() throws Exception {
        for (int i = 0; i < ws.frames().size(); i++) {
            show(i); // every frame read and prepared: each step then shows its frame at once
        }
        show(0);
        waitFor(() -> ws.isPrefetched(1) && ws.isPrefetched(2) && ws.isPrefetched(3));
        PlaybackModel playback = fx(() -> new PlaybackModel(ws));
        List<Integer> shown = fx(() -> {
            playback.fpsProperty().set(5);
            playback.setPlaying(true);
            List<Integer> frames = new ArrayList<>();
            long ms = 1_000_000;
            for (long t = 0; t <= 2000; t += 10) { // pulses every 10 ms for 2 s
                if (playback.tick(1_000_000_000L + t * ms)) {
                    frames.add(ws.frame().frameIndexProperty().get());
                }
            }
            return frames;
        });
        assertEquals(List.of(1, 2, 3, 0, 1, 2, 3, 0, 1, 2), shown, "5 fps for 2 s: 10 steps, wrapping");
        assertEquals(200_000_000L, playback.periodNanos());
        int steps = fx(() -> {
            playback.setPlaying(false);
            int n = 0;
            for (long t = 0; t < 1000; t += 10) {
                n += playback.tick(t * 1_000_000L) ? 1 : 0;
            }
            return n;
        });
        assertEquals(0, steps, "paused");
    }

    @Test
    void everyWindowHasItsOwnRendererClosedWithIt(FxRobot robot) throws Exception {
        Path gone = home.resolve("deleted-project");
        Path kept = Files.createDirectories(home.resolve("kept-project"));
        WorkspacePrefs prefs = new WorkspacePrefs(Preferences.userRoot().node("dev/fuselage/test/" + System.nanoTime()));
        prefs.addRecent(kept);
        prefs.addRecent(gone);
        List<Renderer> made = new CopyOnWriteArrayList<>();
        WorkspaceLauncher launcher = new WorkspaceLauncher(() -> {
            Renderer r = renderer();
            made.add(r);
            return r;
        }, background, prefs, home.resolve("projects"));
        AtomicReference<WorkspaceModel> first = new AtomicReference<>(), second = new AtomicReference<>();
        List<Stage> stages = fx(() -> List.of(new Stage(), new Stage()));
        fx(() -> launcher.open(TestData.file("kitti/object/training"), stages.get(0), first::set));
        waitFor(() -> first.get() != null && first.get().frame().frameIndexProperty().get() == 0);
        fx(() -> launcher.open(TestData.file("kitti/object/training"), stages.get(1), second::set));
        waitFor(() -> second.get() != null && second.get().frame().frameIndexProperty().get() == 0);
        assertEquals(2, made.size(), "one renderer per window");
        assertNotSame(made.get(0).scene(), made.get(1).scene());
        assertEquals(1, made.get(0).scene().cloudCount());
        assertEquals(1, made.get(1).scene().cloudCount(), "each window's scene holds its own frame only");
        assertTrue(second.get().project().readOnlyReason().isPresent(), "the project is open in the first window");
        fx(() -> second.get().goTo(1));
        waitFor(() -> second.get().frame().frameIndexProperty().get() == 1);
        assertEquals(1, made.get(0).scene().snapshot().cuboids().size(), "frame 000000's pedestrian");
        assertEquals(3, made.get(1).scene().snapshot().cuboids().size(), "frame 000001's three, in the other scene");

        // Open Recent: newest first, the missing project pruned
        WorkspaceWindow window = (WorkspaceWindow) stages.get(0).getScene().getRoot();
        List<String> recent = window.recentMenu().orElseThrow().getItems().stream().map(MenuItem::getText).toList();
        assertEquals(1, recent.size(), recent.toString());
        assertTrue(recent.get(0).endsWith(kept.toAbsolutePath().normalize().toString()), recent.toString());
        assertFalse(prefs.recentProjects().contains(gone.toAbsolutePath().normalize()), "pruned from the prefs");
        assertEquals(List.of(first.get().project().folder(), kept.toAbsolutePath().normalize()),
                prefs.recentProjects(), "the opened project joins the list (once, though opened twice)");

        fx(() -> {
            stages.get(0).close();
            return null;
        });
        assertThrows(RejectedExecutionException.class,
                () -> made.get(0).requestFrame(new OrbitCamera().camera(64, 64), false), "closed with its window");
        assertEquals(1, made.get(1).scene().cloudCount(), "the other window is untouched");
        fx(() -> {
            stages.get(1).close();
            return null;
        });
    }

    private Renderer renderer() {
        Renderer r = new CpuRenderer(new Scene());
        renderers.add(r);
        return r;
    }

    private void show(int index) throws Exception {
        fx(() -> ws.goTo(index));
        waitFor(() -> ws.frame().frameIndexProperty().get() == index);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
