package dev.fuselage.app.ui.viewer;

import dev.fuselage.app.ui.view3d.FrameStatus;
import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.render.scene.ColorMode;
import java.io.File;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The viewer window's layout: menu bar, the 3D view, a status bar with a progress bar for loading. It only binds
 * to {@link ViewerModel}; every action is a menu item with its accelerator shown.
 */
public final class ViewerWindow extends BorderPane {
    private final ViewerModel model;
    private final Viewport3D viewport;
    private final Stage stage;
    private Menu fileMenu;

    public ViewerWindow(Stage stage, ViewerModel model, Viewport3D viewport) {
        this.stage = stage;
        this.model = model;
        this.viewport = viewport;
        setTop(menus());
        setCenter(viewport);
        setBottom(statusBar());
        getStyleClass().add("viewer-window");
        model.setOnSceneChanged(viewport::redraw);
        viewport.frameTargetProperty().bind(model.frameTargetProperty());
        FrameStatus.Throttle throttle = new FrameStatus.Throttle();
        viewport.lastFrameProperty().addListener((o, a, frame) -> {
            if (throttle.due(frame)) {
                model.updateStatus(frame);
            }
        });
        model.loadedProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                viewport.setFitBounds(scene.cloud().bounds());
                stage.setTitle("Fuselage \u2014 " + scene.cloudFile().getFileName());
            }
        });
        model.errorProperty().addListener((o, a, msg) -> {
            if (msg != null && !msg.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, msg);
                alert.setHeaderText("Could not open the file");
                alert.initOwner(stage);
                alert.show();
            }
        });
    }

    /**
     * Adds File > Open Folder… (Shift+Shortcut+O), which opens a project or data folder in the annotation
     * workspace, so every window can open a folder.
     */
    public void setOpenFolder(Runnable openFolder) {
        MenuItem item = new MenuItem("Open Folder\u2026");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        item.setOnAction(e -> openFolder.run());
        fileMenu.getItems().add(1, item);
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open Point Cloud\u2026");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, open, new SeparatorMenuItem(), quit);
        fileMenu = file;

        Menu color = new Menu("Color By");
        ToggleGroup group = new ToggleGroup();
        int key = 1;
        for (ColorMode mode : ColorMode.values()) {
            RadioMenuItem item = new RadioMenuItem(title(mode));
            item.setToggleGroup(group);
            item.setAccelerator(KeyCombination.keyCombination("Alt+" + key++));
            item.setSelected(model.colorModeProperty().get() == mode);
            item.setOnAction(e -> model.colorModeProperty().set(mode));
            model.colorModeProperty().addListener((o, a, m) -> item.setSelected(m == mode));
            color.getItems().add(item);
        }
        MenuItem bigger = new MenuItem("Larger Points");
        bigger.setAccelerator(KeyCombination.keyCombination("Shortcut+Plus"));
        bigger.setOnAction(e -> model.pointSizeProperty().set(Math.min(16, model.pointSizeProperty().get() + 1)));
        MenuItem smaller = new MenuItem("Smaller Points");
        smaller.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        smaller.setOnAction(e -> model.pointSizeProperty().set(Math.max(1, model.pointSizeProperty().get() - 1)));
        CheckMenuItem bev = new CheckMenuItem("Bird's-Eye View (B)");
        bev.setOnAction(e -> viewport.toggleBirdsEye());
        CheckMenuItem fly = new CheckMenuItem("Fly Mode (L)");
        fly.setOnAction(e -> viewport.toggleFly());
        MenuItem fit = new MenuItem("Fit to Cloud (F)");
        fit.setOnAction(e -> viewport.fit());
        MenuItem reset = new MenuItem("Reset Camera (R)");
        reset.setOnAction(e -> viewport.resetCamera());
        Menu view = new Menu("View", null, color, bigger, smaller, frameTargetMenu(), new SeparatorMenuItem(), bev,
                fly, fit, reset);
        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * The frame-time target: the point budget while moving and the size of each refinement step follow it, so a
     * lower target keeps the view fluid on a slow machine and a higher one shows more points while moving.
     */
    private Menu frameTargetMenu() {
        Menu menu = new Menu("Frame-Time Target");
        ToggleGroup group = new ToggleGroup();
        for (double ms : FRAME_TARGETS) {
            RadioMenuItem item = new RadioMenuItem(ms > 0 ? String.format(Locale.ROOT, "%.0f ms (%.0f fps)", ms,
                    1000 / ms) : "Off (fixed budget, whole still frames)");
            item.setToggleGroup(group);
            item.setSelected(model.frameTargetProperty().get() == ms);
            item.setOnAction(e -> model.frameTargetProperty().set(ms));
            model.frameTargetProperty().addListener((o, a, v) -> item.setSelected(v.doubleValue() == ms));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The targets offered; 33 ms is the default. */
    static final double[] FRAME_TARGETS = {16, 33, 50, 100, 0};

    private HBox statusBar() {
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar(-1);
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox bar = new HBox(8, status, progress);
        bar.getStyleClass().add("status-bar");
        bar.setStyle("-fx-padding: 3 8 3 8;");
        return bar;
    }

    /** Asks for a point-cloud file and opens it (File > Open Point Cloud…). */
    public void chooseCloudFile() {
        chooseAndOpen();
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Point Cloud");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Point clouds", "*.bin", "*.pcd", "*.ply", "*.las", "*.laz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        model.lastFolder().map(java.nio.file.Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            model.open(f.toPath(), Optional.empty(), Optional.empty());
        }
    }

    private static String title(ColorMode m) {
        String s = m.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
