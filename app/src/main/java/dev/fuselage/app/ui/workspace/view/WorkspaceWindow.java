package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.ai.model.ModelRegistry;
import dev.fuselage.app.ui.workspace.model.PreLabelActions;
import javafx.scene.control.TextInputDialog;
import dev.fuselage.app.support.AboutInfo;
import dev.fuselage.app.ui.export.ExportDialog;
import dev.fuselage.app.ui.help.AboutDialog;
import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.camera.CameraOverlayModel;
import dev.fuselage.app.ui.workspace.camera.CameraPanels;
import dev.fuselage.app.ui.workspace.model.BoxActions;
import dev.fuselage.app.ui.workspace.model.ToolModel.Tool;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.review.ReviewWorkspace;
import dev.fuselage.app.ui.workspace.paint.PaintModel;
import dev.fuselage.app.ui.workspace.paint.PaintToolOverlay;
import dev.fuselage.app.ui.workspace.paint.SegmentPane;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.render.Renderer;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The annotation workspace window: menus on top; the three box views, the 3D view (with the camera strip below
 * it when the frame has camera images) and the object list with the
 * selection editor side by side; the timeline and the status bar below. Every command is a
 * {@link WorkspaceAction} bound to its key as a scene accelerator (shown in its menu); box moves also answer to
 * Shift for a fine step; class hotkeys come from the ontology (Class menu).
 */
public final class WorkspaceWindow extends BorderPane {
    /** The workspace's stylesheet (on top of the theme): invalid fields, tool state, render failures. */
    public static final String STYLESHEET =
            WorkspaceWindow.class.getResource("workspace.css").toExternalForm();
    private final WorkspaceModel model;
    private final BoxActions actions;
    private final PreLabelActions preLabels;
    private final Viewport3D viewport;
    private final BoxViewsPane boxViews;
    private final ObjectListPane objectList;
    private final TimelineBar timeline;
    private final SplitPane split;
    private final SplitPane centre;
    private final CameraPanels cameras;
    private final Map<WorkspaceAction, Runnable> handlers = new EnumMap<>(WorkspaceAction.class);
    private final Map<WorkspaceAction, Runnable> fineHandlers = new EnumMap<>(WorkspaceAction.class);
    private final Map<WorkspaceAction, MenuItem> items = new EnumMap<>(WorkspaceAction.class);
    private final Stage stage;
    private final ReviewWorkspace review;
    private final ViewportTools tools;
    private final WorkspaceKeys keys;
    private final PaintModel paint;

    /**
     * @param onOpen asked to open another project or folder (the app shows a chooser)
     */
    public WorkspaceWindow(Stage stage, WorkspaceModel model, Renderer renderer, Viewport3D viewport,
                           Consumer<javafx.stage.Window> onOpen) {
        this.stage = stage;
        this.model = model;
        this.viewport = viewport;
        this.actions = new BoxActions(model);
        this.preLabels = new PreLabelActions(model, ModelRegistry.defaultLocation());
        getStyleClass().add("workspace-window");
        boxViews = new BoxViewsPane(model, actions);
        objectList = new ObjectListPane(model);
        review = new ReviewWorkspace(stage, model, viewport);
        paint = new PaintModel(model);
        VBox annotate = new VBox(8, objectList, new ObjectEditorPane(model, actions));
        VBox.setVgrow(objectList, Priority.ALWAYS);
        annotate.setStyle("-fx-padding: 6;");
        // objects and their editor on top, then the paint tools' settings, then the review panel
        javafx.scene.control.ScrollPane segment = new javafx.scene.control.ScrollPane(new SegmentPane(paint));
        segment.setFitToWidth(true);
        SplitPane right = new SplitPane(annotate, segment, review.scrollPane());
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        right.setDividerPositions(0.46, 0.7);
        right.setPrefWidth(300);
        CameraOverlayModel cameraModel = new CameraOverlayModel(model);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> cameraModel.close());
        cameras = new CameraPanels(cameraModel);
        centre = cameras.below(viewport, 0.36);
        split = new SplitPane(boxViews, centre, right);
        split.setDividerPositions(0.22, 0.77);
        SplitPane.setResizableWithParent(boxViews, false);
        SplitPane.setResizableWithParent(right, false);
        timeline = new TimelineBar(model);
        setCenter(split);
        setBottom(new VBox(timeline, review.strip(), new PreLabelBar(preLabels),
                new StatusBarView(model, viewport)));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> preLabels.close());
        tools = new ViewportTools(model, actions, renderer, viewport);
        tools.setClickFit((pick, fallback) -> preLabels.createAt(pick.x(), pick.y(), pick.z(), fallback));
        // the paint tools lie over the box tools and hand them the mouse while no paint tool is active
        viewport.setTool(new PaintToolOverlay(paint, viewport, tools));
        keys = new WorkspaceKeys(viewport::requestFocus);
        bindHandlers(onOpen);
        setTop(new VBox(menus(), new WorkspaceToolBar(model, viewport)));
        renderer.scene().setBackground(0x101418);
        model.frame().cloudProperty().addListener((o, a, c) -> {
            if (c != null && a == null) {
                // F frames the central 90 % of the scan, not the far single returns that leave it a speck
                viewport.setFitBounds(dev.fuselage.app.ui.workspace.model.CloudExtent.of(c));
            }
        });
        model.errorProperty().addListener((o, a, msg) -> {
            if (msg != null && !msg.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, msg);
                alert.initOwner(stage);
                alert.show();
            }
        });
        stage.titleProperty().set("Fuselage \u2014 " + model.projectName()
                + model.project().readOnlyReason().map(r -> " (read-only)").orElse(""));
    }

    /**
     * Adds File > Open Recent after File > Open: one item per recent project (read each time the menu opens, so
     * it is current), opening it in a new window.
     *
     * @param recent the recent project folders, newest first
     * @param open   opens one
     */
    public void setRecentProjects(Supplier<List<Path>> recent, Consumer<Path> open) {
        Menu menu = new Menu("Open Recent");
        menu.getStyleClass().add("open-recent");
        Runnable fill = () -> {
            menu.getItems().clear();
            for (Path p : recent.get()) {
                MenuItem item = new MenuItem(p.getFileName() + "  \u2014  " + p);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> open.accept(p));
                menu.getItems().add(item);
            }
            if (menu.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No recent projects");
                none.setDisable(true);
                menu.getItems().add(none);
            }
        };
        fill.run();
        Menu file = items.get(WorkspaceAction.OPEN).getParentMenu();
        file.setOnShowing(e -> fill.run());
        file.getItems().add(file.getItems().indexOf(items.get(WorkspaceAction.OPEN)) + 1, menu);
    }

    /** The File > Open Recent menu, once {@link #setRecentProjects} added it. */
    public java.util.Optional<Menu> recentMenu() {
        return items.get(WorkspaceAction.OPEN).getParentMenu().getItems().stream()
                .filter(i -> i instanceof Menu m && m.getStyleClass().contains("open-recent"))
                .map(Menu.class::cast).findFirst();
    }

    /**
     * Makes every workspace key — the actions', their Shift (fine step) variants and the class hotkeys — work from
     * anywhere in the window but a text field (call once the window is in its scene).
     */
    public void installKeys(Scene scene) {
        for (WorkspaceAction a : WorkspaceAction.values()) {
            keys.bind(a.key(), handlers.get(a));
            if (a.takesFineStep()) {
                keys.bind(a.fineKey(), fineHandlers.get(a));
            }
        }
        for (LabelClass c : model.ontology().concreteClasses()) {
            c.hotkey().ifPresent(k -> keys.bind(KeyCombination.keyCombination(k.toString()),
                    () -> actions.setClass(c.name())));
        }
        keys.install(scene);
        viewport.redraw();
    }

    /** The 3D view's editing tools. */
    public ViewportTools viewportTools() {
        return tools;
    }

    /** The menu item of an action (tests fire it as a user's click would). */
    public MenuItem menuItem(WorkspaceAction a) {
        return items.get(a);
    }

    /** The workspace this window shows. */
    public WorkspaceModel model() {
        return model;
    }

    public BoxViewsPane boxViews() {
        return boxViews;
    }

    public ObjectListPane objectList() {
        return objectList;
    }

    /** The AI assist commands (pre-label, accept, reject, refit). */
    public PreLabelActions preLabels() {
        return preLabels;
    }

    /** The camera strip below the 3D view. */
    public CameraPanels cameras() {
        return cameras;
    }

    /** The reviewer mode of this window. */
    public ReviewWorkspace review() {
        return review;
    }

    public SplitPane split() {
        return split;
    }

    /** The panel splits whose sizes are kept between runs: box views | centre | list, and 3D view / cameras. */
    public SplitPane[] splits() {
        return new SplitPane[] {split, centre};
    }

    /** The point-paint tools' view model. */
    public PaintModel paint() {
        return paint;
    }

    /** Runs an action as its key would. */
    public void run(WorkspaceAction a) {
        handlers.get(a).run();
    }

    private void bindHandlers(Consumer<javafx.stage.Window> onOpen) {
        handlers.put(WorkspaceAction.OPEN, () -> onOpen.accept(stage));
        handlers.put(WorkspaceAction.EXPORT, () -> ExportDialog.show(stage, model.project()));
        handlers.put(WorkspaceAction.CLOSE, stage::close);
        handlers.put(WorkspaceAction.UNDO, model::undo);
        handlers.put(WorkspaceAction.REDO, model::redo);
        handlers.put(WorkspaceAction.COPY, actions::copy);
        handlers.put(WorkspaceAction.PASTE, actions::paste);
        handlers.put(WorkspaceAction.COPY_TO_NEXT, actions::copyToNextFrame);
        handlers.put(WorkspaceAction.SELECT_ALL, actions::selectAll);
        handlers.put(WorkspaceAction.DELETE, actions::delete);
        handlers.put(WorkspaceAction.SELECT_TOOL, () -> model.tools().toolProperty().set(Tool.SELECT));
        handlers.put(WorkspaceAction.CREATE_TOOL, () -> model.tools().toolProperty().set(Tool.CREATE));
        handlers.put(WorkspaceAction.LEAVE_TOOL, this::leaveTool);
        handlers.put(WorkspaceAction.SNAP_GROUND, actions::snapToGround);
        box(WorkspaceAction.MOVE_FORWARD, fine -> actions.move(1, 0, 0, fine));
        box(WorkspaceAction.MOVE_BACK, fine -> actions.move(-1, 0, 0, fine));
        box(WorkspaceAction.MOVE_LEFT, fine -> actions.move(0, 1, 0, fine));
        box(WorkspaceAction.MOVE_RIGHT, fine -> actions.move(0, -1, 0, fine));
        box(WorkspaceAction.MOVE_UP, fine -> actions.move(0, 0, 1, fine));
        box(WorkspaceAction.MOVE_DOWN, fine -> actions.move(0, 0, -1, fine));
        box(WorkspaceAction.TURN_LEFT, fine -> actions.rotate(1, fine));
        box(WorkspaceAction.TURN_RIGHT, fine -> actions.rotate(-1, fine));
        box(WorkspaceAction.LONGER, fine -> actions.resize(1, 0, 0, fine));
        box(WorkspaceAction.SHORTER, fine -> actions.resize(-1, 0, 0, fine));
        box(WorkspaceAction.WIDER, fine -> actions.resize(0, 1, 0, fine));
        box(WorkspaceAction.NARROWER, fine -> actions.resize(0, -1, 0, fine));
        box(WorkspaceAction.TALLER, fine -> actions.resize(0, 0, 1, fine));
        box(WorkspaceAction.LOWER, fine -> actions.resize(0, 0, -1, fine));
        SegmentActions.bind(paint, handlers::put);
        handlers.put(WorkspaceAction.NEXT_FRAME, model::next);
        handlers.put(WorkspaceAction.PREVIOUS_FRAME, model::previous);
        handlers.put(WorkspaceAction.NEXT_UNLABELED, model::nextUnlabeled);
        handlers.put(WorkspaceAction.PLAY, timeline::togglePlay);
        handlers.put(WorkspaceAction.BIRDS_EYE, viewport::toggleBirdsEye);
        handlers.put(WorkspaceAction.FLY, viewport::toggleFly);
        handlers.put(WorkspaceAction.FIT, viewport::fit);
        handlers.put(WorkspaceAction.RESET_CAMERA, viewport::resetCamera);
        handlers.put(WorkspaceAction.LARGER_POINTS, model.view()::largerPoints);
        handlers.put(WorkspaceAction.SMALLER_POINTS, model.view()::smallerPoints);
        handlers.put(WorkspaceAction.NEXT_COLOR_MODE, model.view()::nextColorMode);
        handlers.put(WorkspaceAction.CAMERA_POINTS, cameras::togglePoints);
        handlers.put(WorkspaceAction.PRELABEL_FRAME, preLabels::prelabelFrame);
        handlers.put(WorkspaceAction.PRELABEL_RANGE, this::askPreLabelRange);
        handlers.put(WorkspaceAction.PRELABEL_ALL, preLabels::prelabelAll);
        handlers.put(WorkspaceAction.ACCEPT_PRELABEL, preLabels::accept);
        handlers.put(WorkspaceAction.ACCEPT_ALL_PRELABELS, preLabels::acceptAll);
        handlers.put(WorkspaceAction.REJECT_PRELABEL, preLabels::reject);
        handlers.put(WorkspaceAction.REFIT, preLabels::refit);
        handlers.put(WorkspaceAction.INTERPOLATE_TRACK, preLabels::interpolateTrack);
        handlers.put(WorkspaceAction.CHEAT_SHEET, () -> CheatSheet.dialog(stage, model.ontology()).show());
        handlers.put(WorkspaceAction.ABOUT, () -> java.util.concurrent.CompletableFuture
                .supplyAsync(() -> AboutInfo.collect(model.renderer())) // ONNX Runtime's lookup loads a library
                .thenAccept(info -> javafx.application.Platform.runLater(
                        () -> AboutDialog.create(stage, info).show())));
        review.bind(handlers);
    }

    /** Escape: cancels a running drag, else leaves a paint tool or the create tool, else clears the selection. */
    private void leaveTool() {
        if (tools.cancel()) {
            return;
        }
        if (paint.toolProperty().get() != dev.fuselage.app.ui.workspace.paint.PaintTool.NONE) {
            paint.toolProperty().set(dev.fuselage.app.ui.workspace.paint.PaintTool.NONE);
            return;
        }
        if (model.tools().toolProperty().get() != Tool.SELECT) {
            model.tools().toolProperty().set(Tool.SELECT);
        } else {
            model.selection().clear();
        }
    }

    private void askPreLabelRange() {
        List<String> frames = model.frames();
        if (frames.isEmpty()) {
            return;
        }
        String current = model.frame().frameId() != null ? model.frame().frameId() : frames.get(0);
        TextInputDialog dialog = new TextInputDialog(current + ".." + frames.get(frames.size() - 1));
        dialog.initOwner(stage);
        dialog.setTitle("Pre-label frames");
        dialog.setHeaderText("Frames to pre-label: FIRST..LAST (frame ids, inclusive) or one id");
        // shown, not waited for: a key handler must not block in a nested event loop
        dialog.setOnHidden(e -> {
            String range = dialog.getResult();
            if (range == null) {
                return;
            }
            try {
                preLabels.prelabelRange(range);
            } catch (IllegalArgumentException ex) {
                Alert alert = new Alert(Alert.AlertType.ERROR, ex.getMessage());
                alert.initOwner(stage);
                alert.show();
            }
        });
        dialog.show();
    }

    private void box(WorkspaceAction a, Consumer<Boolean> edit) {
        handlers.put(a, () -> edit.accept(false));
        fineHandlers.put(a, () -> edit.accept(true));
    }

    private MenuBar menus() {
        Map<String, Menu> menus = new LinkedHashMap<>();
        for (WorkspaceAction a : WorkspaceAction.values()) {
            MenuItem item = new MenuItem(a.label());
            item.setMnemonicParsing(false);
            item.setAccelerator(a.key());
            item.setOnAction(e -> handlers.get(a).run());
            items.put(a, item);
            menus.computeIfAbsent(a.menu(), Menu::new).getItems().add(item);
        }
        items.get(WorkspaceAction.UNDO).textProperty().bind(model.undoTextProperty());
        items.get(WorkspaceAction.UNDO).disableProperty().bind(model.canUndoProperty().not());
        items.get(WorkspaceAction.REDO).textProperty().bind(model.redoTextProperty());
        items.get(WorkspaceAction.REDO).disableProperty().bind(model.canRedoProperty().not());
        Menu classes = new Menu("Class");
        for (LabelClass c : model.ontology().concreteClasses()) {
            MenuItem item = new MenuItem(c.name());
            item.setMnemonicParsing(false); // "Person_sitting", not "Personsitting" with an S mnemonic
            c.hotkey().ifPresent(k -> item.setAccelerator(KeyCombination.keyCombination(k.toString())));
            item.setOnAction(e -> actions.setClass(c.name()));
            classes.getItems().add(item);
        }
        List<Menu> ordered = new java.util.ArrayList<>(menus.values());
        ordered.add(ordered.size() - 1, classes);
        MenuBar bar = new MenuBar(ordered.toArray(Menu[]::new));
        bar.setUseSystemMenuBar(true);
        return bar;
    }
}
