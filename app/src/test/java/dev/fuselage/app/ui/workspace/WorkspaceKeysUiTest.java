package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.model.ToolModel.Tool;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.review.ReviewModel;
import dev.fuselage.app.ui.workspace.paint.PaintModel;
import dev.fuselage.app.ui.workspace.paint.PaintTool;
import dev.fuselage.project.qa.FindingKind;
import dev.fuselage.project.edit.BoxEdits;
import dev.fuselage.app.ui.workspace.view.ObjectListPane;
import dev.fuselage.app.ui.workspace.view.TimelineBar;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.edit.ChangeBox;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.project.prelabel.PreLabelJob;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #10 items 4 and 5 on the KITTI frames: the workspace keys work wherever the focus is (after a click in the
 * object list and on the timeline's buttons; not while typing in a text field), and every key of the key sheet —
 * every {@link WorkspaceAction} — does what its label says, pressed while the object list has the focus.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceKeysUiTest {
    @TempDir
    Path projects;

    private WorkspaceFixture workspace;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = WorkspaceFixture.open(TestData.file("kitti/object/training"), projects, stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close); // closes this test's project before the next test opens its own
        workspace.close();
    }

    @Test
    void keysWorkAfterClicksInTheListAndOnButtons(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        ObjectListPane list = robot.lookup(".object-list").queryAs(ObjectListPane.class);
        TimelineBar timeline = robot.lookup(".timeline").queryAs(TimelineBar.class);

        // the list's rows appear a layout pulse or more after the first frame
        WorkspaceFixture.waitFor(30, () -> list.list().lookup(".list-cell") instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null);
        robot.clickOn(list.list().lookup(".list-cell"));
        WorkspaceFixture.waitFor(5, () -> ws.selection().selected().isPresent());
        windowToFront(robot);
        assertTrue(list.list().isFocused(), "the click focused the list");
        robot.type(KeyCode.RIGHT);
        WorkspaceFixture.waitFor(10, () -> ws.frame().frameIndexProperty().get() == 1);
        robot.type(KeyCode.LEFT);
        WorkspaceFixture.waitFor(10, () -> ws.frame().frameIndexProperty().get() == 0);

        Button unlabeled = (Button) robot.lookup(".timeline .button").queryAll().stream()
                .filter(n -> n instanceof Button b && b.getText().startsWith("Next unlabeled")).findFirst()
                .orElseThrow();
        robot.clickOn(unlabeled);
        windowToFront(robot);
        robot.type(KeyCode.SPACE);
        WorkspaceFixture.waitFor(5, () -> timeline.playback().playingProperty().get());
        robot.type(KeyCode.SPACE);
        WorkspaceFixture.waitFor(5, () -> !timeline.playback().playingProperty().get());

        // typing in a text field keeps its keys: W types a letter and moves no box
        robot.interact(() -> ws.selection().select(ws.frame().objects().get(0).id()));
        Cuboid box = ws.selection().selected().orElseThrow().box();
        TextField search = robot.lookup(".object-list .text-field").queryAs(TextField.class);
        robot.clickOn(search);
        windowToFront(robot);
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1", search.getText());
        robot.type(KeyCode.BACK_SPACE, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(search.isFocused(), "Escape leaves the text field");
        assertEquals(box, ws.selection().selected().map(ObjectAnnotation::box).orElse(null));
    }

    @Test
    void everyKeyOfTheKeySheetDoesWhatItSays(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        ObjectListPane list = robot.lookup(".object-list").queryAs(ObjectListPane.class);
        TimelineBar timeline = robot.lookup(".timeline").queryAs(TimelineBar.class);
        Node target = list.list(); // the keys go to the focused object list, as after a click in it
        AtomicBoolean asked = new AtomicBoolean();
        workspace.launcher().setFolderChooser(w -> {
            asked.set(true);
            return Optional.empty();
        });
        Set<WorkspaceAction> checked = EnumSet.noneOf(WorkspaceAction.class);
        double step = ws.tools().step(false);
        Checker k = new Checker(robot, target, checked);

        k.press(WorkspaceAction.OPEN, asked::get);
        int windows = Window.getWindows().size();
        k.press(WorkspaceAction.EXPORT, () -> Window.getWindows().size() > windows);
        closeOtherWindows(robot);
        k.press(WorkspaceAction.CHEAT_SHEET, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Keyboard Shortcuts".equals(s.getTitle()) && s.isShowing()));
        closeOtherWindows(robot);

        // box keys on a selected box: each changes the box as its label says, Shift takes a fifth of the step
        robot.interact(() -> ws.selection().select(ws.frame().objects().get(0).id()));
        boxKey(k, ws, WorkspaceAction.MOVE_FORWARD, b -> BoxEdits.moveLocal(b, step, 0, 0));
        boxKey(k, ws, WorkspaceAction.MOVE_BACK, b -> BoxEdits.moveLocal(b, -step, 0, 0));
        boxKey(k, ws, WorkspaceAction.MOVE_LEFT, b -> BoxEdits.moveLocal(b, 0, step, 0));
        boxKey(k, ws, WorkspaceAction.MOVE_RIGHT, b -> BoxEdits.moveLocal(b, 0, -step, 0));
        boxKey(k, ws, WorkspaceAction.MOVE_UP, b -> BoxEdits.moveLocal(b, 0, 0, step));
        boxKey(k, ws, WorkspaceAction.MOVE_DOWN, b -> BoxEdits.moveLocal(b, 0, 0, -step));
        boxKey(k, ws, WorkspaceAction.TURN_LEFT, b -> BoxEdits.rotate(b, ws.tools().angleStep(false)));
        boxKey(k, ws, WorkspaceAction.TURN_RIGHT, b -> BoxEdits.rotate(b, -ws.tools().angleStep(false)));
        boxKey(k, ws, WorkspaceAction.LONGER, b -> BoxEdits.resize(b, step, 0, 0));
        boxKey(k, ws, WorkspaceAction.SHORTER, b -> BoxEdits.resize(b, -step, 0, 0));
        boxKey(k, ws, WorkspaceAction.WIDER, b -> BoxEdits.resize(b, 0, step, 0));
        boxKey(k, ws, WorkspaceAction.NARROWER, b -> BoxEdits.resize(b, 0, -step, 0));
        boxKey(k, ws, WorkspaceAction.TALLER, b -> BoxEdits.resize(b, 0, 0, step));
        boxKey(k, ws, WorkspaceAction.LOWER, b -> BoxEdits.resize(b, 0, 0, -step));
        Cuboid beforeFine = selectedBox(ws);
        k.fire(WorkspaceAction.MOVE_UP.fineKey());
        WorkspaceFixture.waitFor(5, () -> near(selectedBox(ws), BoxEdits.moveLocal(beforeFine, 0, 0, step / 5)));

        Cuboid raised = selectedBox(ws).withCenter(selectedBox(ws).cx(), selectedBox(ws).cy(),
                selectedBox(ws).cz() + 1);
        robot.interact(() -> ws.execute(ChangeBox.to(ws.store(), ws.selection().selected().get().id(), raised)));
        k.press(WorkspaceAction.SNAP_GROUND, () -> selectedBox(ws).cz() < raised.cz() - 0.5);

        Cuboid snapped = selectedBox(ws);
        k.press(WorkspaceAction.UNDO, () -> near(selectedBox(ws), raised));
        k.press(WorkspaceAction.REDO, () -> near(selectedBox(ws), snapped));

        int count = ws.frame().objects().size();
        k.press(WorkspaceAction.COPY, () -> true);
        k.press(WorkspaceAction.PASTE, () -> ws.frame().objects().size() == count + 1
                && ws.selection().selected().map(o -> o.box().equals(snapped)).orElse(false));
        robot.interact(() -> ws.undo());
        WorkspaceFixture.waitFor(5, () -> ws.frame().objects().size() == count);

        k.press(WorkspaceAction.SELECT_ALL, () -> ws.selection().selectedIdsProperty().get().size() == count);
        k.press(WorkspaceAction.DELETE, () -> ws.frame().objects().isEmpty());
        robot.interact(() -> ws.undo());
        WorkspaceFixture.waitFor(5, () -> ws.frame().objects().size() == count);

        k.press(WorkspaceAction.CREATE_TOOL, () -> ws.tools().toolProperty().get() == Tool.CREATE
                && viewport.camera().mode() == OrbitCamera.Mode.BIRDS_EYE);
        k.press(WorkspaceAction.LEAVE_TOOL, () -> ws.tools().toolProperty().get() == Tool.SELECT);
        robot.interact(() -> ws.tools().toolProperty().set(Tool.CREATE));
        k.press(WorkspaceAction.SELECT_TOOL, () -> ws.tools().toolProperty().get() == Tool.SELECT);

        k.press(WorkspaceAction.BIRDS_EYE, () -> viewport.camera().mode() == OrbitCamera.Mode.ORBIT);
        k.press(WorkspaceAction.FLY, () -> viewport.camera().mode() == OrbitCamera.Mode.FLY);
        k.fire(WorkspaceAction.FLY.key());
        k.press(WorkspaceAction.RESET_CAMERA, () -> viewport.camera().distance() == 30
                && viewport.camera().target().length() == 0);
        k.press(WorkspaceAction.FIT, () -> viewport.camera().target().length() > 1);
        int size = ws.renderer().scene().style().pointSize();
        k.press(WorkspaceAction.LARGER_POINTS, () -> ws.renderer().scene().style().pointSize() == size + 1);
        k.press(WorkspaceAction.SMALLER_POINTS, () -> ws.renderer().scene().style().pointSize() == size);
        var mode = ws.renderer().scene().style().mode();
        k.press(WorkspaceAction.NEXT_COLOR_MODE, () -> ws.renderer().scene().style().mode() != mode);
        boolean points = window.cameras().model().showPointsProperty().get();
        k.press(WorkspaceAction.CAMERA_POINTS, () -> window.cameras().model().showPointsProperty().get() != points);

        k.press(WorkspaceAction.PLAY, () -> timeline.playback().playingProperty().get());
        k.press(WorkspaceAction.PLAY, () -> !timeline.playback().playingProperty().get());
        robot.interact(() -> ws.goTo(0));
        WorkspaceFixture.waitFor(10, () -> ws.frame().frameIndexProperty().get() == 0);
        k.press(WorkspaceAction.NEXT_FRAME, () -> ws.frame().frameIndexProperty().get() == 1);
        k.press(WorkspaceAction.PREVIOUS_FRAME, () -> ws.frame().frameIndexProperty().get() == 0);
        // every KITTI frame has labels: the key says so instead of doing nothing
        k.press(WorkspaceAction.NEXT_UNLABELED, () -> !ws.noticeProperty().get().isEmpty()
                && ws.frame().frameIndexProperty().get() == 0);
        robot.interact(() -> ws.selection().select(ws.frame().objects().get(0).id()));
        ObjectAnnotation copied = ws.selection().selected().orElseThrow();
        k.press(WorkspaceAction.COPY_TO_NEXT, () -> ws.frame().frameIndexProperty().get() == 1
                && ws.frame().objects().stream().anyMatch(o -> o.trackId().equals(copied.trackId())
                && o.box().equals(copied.box())));

        // AI assist (no model in the model folder: the geometric pre-labeler)
        List<String> frames = List.copyOf(ws.frames());
        String here = ws.frame().frameId();
        window.preLabels().setModelFolder(java.nio.file.Files.createDirectories(projects.resolve("no-models")));
        k.press(WorkspaceAction.PRELABEL_FRAME, () -> !window.preLabels().runningProperty().get()
                && openPreLabels(ws, here).size() >= 3);
        List<ObjectAnnotation> open = openPreLabels(ws, here);
        robot.interact(() -> ws.selection().select(open.get(0).id()));
        k.press(WorkspaceAction.ACCEPT_PRELABEL, () -> ws.store().object(open.get(0).id()).orElseThrow().confirmed());
        robot.interact(() -> ws.selection().select(open.get(1).id()));
        k.press(WorkspaceAction.REJECT_PRELABEL, () -> ws.store().object(open.get(1).id()).isEmpty());
        k.press(WorkspaceAction.ACCEPT_ALL_PRELABELS, () -> openPreLabels(ws, here).isEmpty());
        String last = frames.get(frames.size() - 1);
        k.press(WorkspaceAction.PRELABEL_ALL, () -> !window.preLabels().runningProperty().get()
                && !openPreLabels(ws, last).isEmpty());
        int shown = Window.getWindows().size();
        k.press(WorkspaceAction.PRELABEL_RANGE, () -> Window.getWindows().size() > shown);
        closeOtherWindows(robot);
        ObjectAnnotation tracked = ws.frame().objects().stream().filter(o -> o.trackId().equals(copied.trackId()))
                .findFirst().orElseThrow();
        // refit the accepted pre-label (a cluster of points by construction; this frame's labels are 45 m and more
        // away, with few points) moved off its points
        ObjectAnnotation car = ws.store().object(open.get(0).id()).orElseThrow();
        Cuboid displaced = car.box().withCenter(car.box().cx() + 0.7, car.box().cy(), car.box().cz());
        robot.interact(() -> {
            ws.execute(ChangeBox.to(ws.store(), car.id(), displaced));
            ws.selection().select(car.id());
        });
        k.press(WorkspaceAction.REFIT, () -> !near(selectedBox(ws), displaced));
        robot.interact(() -> ws.selection().select(tracked.id()));
        robot.interact(() -> ws.execute(new dev.fuselage.core.edit.AddObject(new ObjectAnnotation(
                dev.fuselage.core.annotation.ObjectId.random(), last, tracked.trackId(), tracked.className(),
                tracked.attributes(), tracked.box(), tracked.source(), true))));
        String between = frames.get(frames.indexOf(here) + 1);
        k.press(WorkspaceAction.INTERPOLATE_TRACK, () -> ws.store().objects(between).stream()
                .anyMatch(o -> o.trackId().equals(tracked.trackId())));

        // the Segment menu: paint tools, modifiers, box -> points, ground, instances, visibility, colouring, and the
        // merged view (KITTI object frames have no ego poses: it says so)
        PaintModel paint = window.paint();
        k.press(WorkspaceAction.BRUSH_TOOL, () -> paint.toolProperty().get() == PaintTool.BRUSH);
        k.press(WorkspaceAction.LASSO_TOOL, () -> paint.toolProperty().get() == PaintTool.LASSO);
        k.press(WorkspaceAction.POLYGON_TOOL, () -> paint.toolProperty().get() == PaintTool.POLYGON);
        k.press(WorkspaceAction.RECTANGLE_TOOL, () -> paint.toolProperty().get() == PaintTool.RECTANGLE);
        k.press(WorkspaceAction.SMART_SELECT, () -> paint.toolProperty().get() == PaintTool.SMART);
        k.press(WorkspaceAction.BOX_TOOLS, () -> paint.toolProperty().get() == PaintTool.NONE);
        for (var toggle : List.of(
                java.util.Map.entry(WorkspaceAction.SUBTRACT, paint.subtractProperty()),
                java.util.Map.entry(WorkspaceAction.OVERWRITE, paint.overwriteProperty()),
                java.util.Map.entry(WorkspaceAction.VISIBLE_SURFACE, paint.surfaceOnlyProperty()))) {
            boolean was = toggle.getValue().get();
            k.press(toggle.getKey(), () -> toggle.getValue().get() != was);
            k.fire(toggle.getKey().key());
            WorkspaceFixture.waitFor(5, () -> toggle.getValue().get() == was);
        }
        robot.interact(() -> ws.goTo(0)); // frame 000000's pedestrian: a box with lidar points inside
        WorkspaceFixture.waitFor(10, () -> ws.frame().frameIndexProperty().get() == 0);
        robot.interact(() -> ws.selection().select(ws.frame().objects().get(0).id()));
        String painted = ws.frame().frameId();
        long edits0 = ws.store().editCount();
        k.press(WorkspaceAction.BOX_TO_POINTS, () -> ws.store().editCount() > edits0
                && ws.store().pointLabels(painted).isPresent());
        long edits1 = ws.store().editCount();
        k.press(WorkspaceAction.ALL_BOXES_TO_POINTS, () -> ws.store().editCount() > edits1
                || paint.statusProperty().get().contains("nothing to change"));
        long edits2 = ws.store().editCount();
        k.fire(WorkspaceAction.GROUND.key()); // the estimate runs in the background
        WorkspaceFixture.waitFor(60, () -> ws.store().editCount() > edits2);
        checked.add(WorkspaceAction.GROUND);
        int instance = paint.instanceProperty().get();
        k.press(WorkspaceAction.NEW_INSTANCE, () -> paint.instanceProperty().get() != instance);
        // join and split act on the last selection of points; without one they say what to do
        k.press(WorkspaceAction.JOIN_INSTANCE, () -> paint.statusProperty().get().startsWith("Join:"));
        k.press(WorkspaceAction.SPLIT_INSTANCE, () -> paint.statusProperty().get().startsWith("Split:"));
        k.press(WorkspaceAction.HIDE_CLASS, () -> paint.hiddenClasses().contains(paint.activeClassProperty().get()));
        k.fire(WorkspaceAction.HIDE_CLASS.key());
        WorkspaceFixture.waitFor(5, () -> paint.hiddenClasses().isEmpty());
        k.press(WorkspaceAction.ISOLATE_CLASS, () -> paint.hiddenClasses().size() > 1
                && !paint.hiddenClasses().contains(paint.activeClassProperty().get()));
        k.fire(WorkspaceAction.ISOLATE_CLASS.key());
        WorkspaceFixture.waitFor(5, () -> paint.hiddenClasses().isEmpty());
        k.press(WorkspaceAction.UNLABELED_ONLY, () -> paint.hiddenClasses().size() > 1
                && !paint.hiddenClasses().contains(0));
        k.fire(WorkspaceAction.UNLABELED_ONLY.key());
        WorkspaceFixture.waitFor(5, () -> paint.hiddenClasses().isEmpty());
        var colours = paint.colorModeProperty().get();
        k.press(WorkspaceAction.COLOR_MODE, () -> paint.colorModeProperty().get() != colours);
        k.press(WorkspaceAction.MERGED_VIEW, () -> paint.mergedProperty().get()
                || paint.statusProperty().get().startsWith("Merged view: the project has no ego poses"));

        // the Review menu: reviewer mode, verdicts, jumps to marked frames, checks, the gallery, the dashboard and
        // a comparison; About last (every key, every menu)
        ReviewModel review = window.review().model();
        k.press(WorkspaceAction.REVIEW_MODE, () -> review.modeProperty().get() == ReviewModel.Mode.REVIEW);
        WorkspaceFixture.waitFor(60, () -> review.qaStateProperty().get().contains("finding"));
        robot.interact(() -> ws.goTo(0));
        WorkspaceFixture.waitFor(10, () -> ws.frame().frameIndexProperty().get() == 0);
        robot.interact(() -> ws.selection().select(ws.frame().objects().get(0).id()));
        k.press(WorkspaceAction.ACCEPT, () -> review.verdictProperty().get().contains("accepted"));
        k.press(WorkspaceAction.REJECT, () -> review.verdictProperty().get().contains("rejected"));
        robot.interact(() -> {
            ws.selection().clear();
            review.comment("check the heading here", Optional.empty()); // frame 0 gets an open comment
        });
        // a box lifted 3 m into the air in frame 2: the checks find it floating
        robot.interact(() -> ws.goTo(2));
        WorkspaceFixture.waitFor(10, () -> ws.frame().frameIndexProperty().get() == 2);
        ObjectAnnotation lifted = ws.frame().objects().get(0);
        robot.interact(() -> ws.execute(ChangeBox.to(ws.store(), lifted.id(), lifted.box().withCenter(
                lifted.box().cx(), lifted.box().cy(), lifted.box().cz() + 3))));
        k.press(WorkspaceAction.RUN_CHECKS, () -> review.findings().stream()
                .anyMatch(f -> f.kind() == FindingKind.FLOATING && f.frameId().equals(ws.frames().get(2))));
        WorkspaceFixture.waitFor(30, () -> review.overviewProperty().get() != null
                && review.overviewProperty().get().openComments(0) == 1);
        robot.interact(() -> ws.goTo(1));
        WorkspaceFixture.waitFor(10, () -> ws.frame().frameIndexProperty().get() == 1);
        k.press(WorkspaceAction.NEXT_FINDING, () -> ws.frame().frameIndexProperty().get() == 2);
        k.press(WorkspaceAction.NEXT_REJECTED, () -> ws.frame().frameIndexProperty().get() == 0);
        robot.interact(() -> ws.goTo(1));
        WorkspaceFixture.waitFor(10, () -> ws.frame().frameIndexProperty().get() == 1);
        k.press(WorkspaceAction.NEXT_COMMENT, () -> ws.frame().frameIndexProperty().get() == 0);
        robot.interact(() -> ws.selection().select(ws.frame().objects().get(0).id()));
        k.press(WorkspaceAction.GALLERY, () -> showing("Fuselage \u2014 Track gallery"));
        closeOtherWindows(robot);
        k.press(WorkspaceAction.DASHBOARD, () -> showing("Fuselage \u2014 Review dashboard"));
        closeOtherWindows(robot);
        robot.interact(() -> window.review().setReferenceChooser(owner -> Optional.of(
                TestData.file("kitti/object/training"))));
        k.press(WorkspaceAction.COMPARE, () -> review.referenceProperty().get() != null);
        k.press(WorkspaceAction.ABOUT, () -> showing("About Fuselage"));
        closeOtherWindows(robot);

        k.press(WorkspaceAction.CLOSE, () -> !stage.isShowing());
        assertEquals(EnumSet.allOf(WorkspaceAction.class), checked, "every action of the key sheet was pressed");
    }

    private static boolean showing(String title) {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && (w instanceof Stage s && title.equals(s.getTitle())));
    }

    private static void boxKey(Checker k, WorkspaceModel ws, WorkspaceAction a, UnaryOperator<Cuboid> expected)
            throws Exception {
        Cuboid before = selectedBox(ws);
        Cuboid want = expected.apply(before);
        k.press(a, () -> near(selectedBox(ws), want));
    }

    private static List<ObjectAnnotation> openPreLabels(WorkspaceModel ws, String frameId) {
        return ws.store().objects(frameId).stream().filter(PreLabelJob::isOpenPreLabel).toList();
    }

    private static Cuboid selectedBox(WorkspaceModel ws) {
        return ws.selection().selected().map(ObjectAnnotation::box).orElse(null);
    }

    private static boolean near(Cuboid a, Cuboid b) {
        return a != null && b != null && Math.abs(a.cx() - b.cx()) < 1e-9 && Math.abs(a.cy() - b.cy()) < 1e-9
                && Math.abs(a.cz() - b.cz()) < 1e-9 && Math.abs(a.length() - b.length()) < 1e-9
                && Math.abs(a.width() - b.width()) < 1e-9 && Math.abs(a.height() - b.height()) < 1e-9
                && Math.abs(Math.IEEEremainder(a.yaw() - b.yaw(), 2 * Math.PI)) < 1e-9;
    }

    private void windowToFront(FxRobot robot) {
        // under Xvfb without a window manager a click does not move the X keyboard focus between windows
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));
    }

    /** Presses keys as the keyboard would (a key event at the focused node) and waits for their effect. */
    private static final class Checker {
        private final FxRobot robot;
        private final Node target;
        private final Set<WorkspaceAction> checked;

        Checker(FxRobot robot, Node target, Set<WorkspaceAction> checked) {
            this.robot = robot;
            this.target = target;
            this.checked = checked;
        }

        void press(WorkspaceAction a, BooleanSupplier effect) throws Exception {
            fire(a.key());
            try {
                WorkspaceFixture.waitFor(5, effect);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(a + " (" + a.key().getDisplayText() + ", \"" + a.label()
                        + "\") did not do what it says", e);
            }
            checked.add(a);
        }

        void fire(KeyCodeCombination key) {
            boolean shortcut = key.getShortcut() == KeyCombination.ModifierValue.DOWN;
            KeyEvent e = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key.getCode(),
                    key.getShift() == KeyCombination.ModifierValue.DOWN,
                    shortcut || key.getControl() == KeyCombination.ModifierValue.DOWN,
                    key.getAlt() == KeyCombination.ModifierValue.DOWN,
                    key.getMeta() == KeyCombination.ModifierValue.DOWN);
            AtomicReference<RuntimeException> failed = new AtomicReference<>();
            robot.interact(() -> {
                try {
                    Event.fireEvent(target, e);
                } catch (RuntimeException ex) {
                    failed.set(ex);
                }
            });
            if (failed.get() != null) {
                throw failed.get();
            }
        }
    }
}
