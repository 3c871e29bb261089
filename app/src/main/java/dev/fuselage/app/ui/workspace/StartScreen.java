package dev.fuselage.app.ui.workspace;

import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * What {@code ./fuselage} shows first: the recent projects (double-click or Enter opens one), Open Folder… (a
 * Fuselage project, a KITTI object folder, a SUSTech scene or a folder of clouds), Open Demo (made on the first
 * click, in the background, with progress) and Open Point Cloud File… (the plain viewer). The choice opens in
 * this window.
 */
public final class StartScreen extends VBox {
    private final Stage stage;
    private final WorkspaceLauncher launcher;
    private final ListView<Path> recent = new ListView<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button demo = new Button("Open Demo");
    private final Path demoFolder;
    private final int demoFrames;

    /**
     * @param recentProjects the recent project folders that still exist, newest first
     * @param demoFolder     where the demo project is (made when absent)
     * @param demoFrames     frames of a newly made demo
     * @param openCloudFile  asks for a single cloud file and shows it in the plain viewer
     */
    public StartScreen(Stage stage, WorkspaceLauncher launcher, List<Path> recentProjects, Path demoFolder,
                       int demoFrames, Consumer<Stage> openCloudFile) {
        super();
        this.stage = stage;
        this.launcher = launcher;
        this.demoFolder = demoFolder;
        this.demoFrames = demoFrames;
        getStyleClass().add("start-screen");
        Label title = new Label("Fuselage");
        title.getStyleClass().add("title");
        Label intro = new Label("Label 3D lidar point clouds fused with camera images. Open a folder to start: a "
                + "Fuselage project, a KITTI object folder (velodyne/, label_2/, calib/, image_2/), a SUSTech scene "
                + "or a folder of point clouds.");
        intro.setWrapText(true);
        Button openFolder = new Button("Open Folder\u2026");
        openFolder.getStyleClass().add("open-folder");
        openFolder.setDefaultButton(recentProjects.isEmpty());
        openFolder.setOnAction(e -> launcher.chooseAndOpen(stage, stage));
        demo.getStyleClass().add("open-demo");
        demo.setOnAction(e -> openDemo());
        Button file = new Button("Open Point Cloud File\u2026");
        file.setOnAction(e -> openCloudFile.accept(stage));
        HBox buttons = new HBox(10, openFolder, demo, file);
        Label recentTitle = new Label(recentProjects.isEmpty() ? "No recent projects yet" : "Recent projects");
        recent.getItems().setAll(recentProjects);
        recent.getStyleClass().add("recent");
        recent.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName() + "   \u2014   " + p);
            }
        });
        recent.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        recent.setVisible(!recentProjects.isEmpty());
        recent.setManaged(!recentProjects.isEmpty());
        if (!recentProjects.isEmpty()) {
            recent.getSelectionModel().select(0);
        }
        VBox.setVgrow(recent, Priority.ALWAYS);
        progress.setVisible(false);
        progress.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(title, intro, buttons, recentTitle, recent, progress, status);
    }

    /** Shows the start screen in {@code stage}. */
    public void show() {
        Scene scene = new Scene(this, 760, 520);
        scene.getStylesheets().add(WorkspaceWindow.STYLESHEET);
        stage.setTitle("Fuselage");
        stage.setScene(scene);
        stage.show();
    }

    /** The recent projects list (tests read it). */
    public ListView<Path> recentList() {
        return recent;
    }

    private void openSelected() {
        Path p = recent.getSelectionModel().getSelectedItem();
        if (p != null) {
            launcher.open(p, stage, m -> { });
        }
    }

    /** Makes the demo project when it is absent (a background task with progress), then opens it here. */
    private void openDemo() {
        Task<Path> make = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Preparing the demo project in " + demoFolder + "\u2026");
                return DemoProject.createIfAbsent(demoFolder, demoFrames,
                        dev.fuselage.project.demo.DemoSceneGenerator.DEFAULT_SEED, (done, total, stage) -> {
                            updateProgress(done, total);
                            updateMessage("Generating the demo: " + stage + " " + done + " / " + total);
                        }).folder();
            }
        };
        progress.visibleProperty().bind(make.runningProperty());
        progress.progressProperty().bind(make.progressProperty());
        status.textProperty().bind(make.messageProperty());
        demo.disableProperty().bind(make.runningProperty());
        make.setOnSucceeded(e -> {
            status.textProperty().unbind();
            status.setText("Opening " + make.getValue() + "\u2026");
            launcher.open(make.getValue(), stage, m -> { });
        });
        make.setOnFailed(e -> {
            status.textProperty().unbind();
            status.setText("Could not make the demo: " + make.getException().getMessage());
        });
        launcher.background().execute(make);
    }
}
