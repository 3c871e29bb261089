package dev.fuselage.app.ui.workspace;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.project.ProjectOntology;
import dev.fuselage.project.ProjectOpener;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.OrbitCamera;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens a project or data folder in a workspace window: the project is opened (or made for a data folder) in a
 * background task, then the window is built around it on the JavaFX thread and the first frame is loaded. Every
 * window gets a renderer of its own (two windows never share a scene). Closing the window closes the project and
 * its renderer and remembers the layout, tool and class.
 */
public final class WorkspaceLauncher {
    private final Supplier<Renderer> renderers;
    private final ExecutorService background;
    private final WorkspacePrefs prefs;
    private final ProjectOpener opener;
    private Function<Window, Optional<Path>> folderChooser = this::chooseFolder;

    /**
     * @param renderers    makes the renderer of a new window (it is closed with the window)
     * @param background   reads and prepares frames, opens projects
     * @param prefs        what is remembered between runs
     * @param projectsHome where projects for data folders are made
     */
    public WorkspaceLauncher(Supplier<Renderer> renderers, ExecutorService background, WorkspacePrefs prefs,
                             Path projectsHome) {
        this.renderers = renderers;
        this.background = background;
        this.prefs = prefs;
        this.opener = new ProjectOpener(projectsHome);
    }

    /**
     * Opens {@code folder} in {@code stage}.
     *
     * @param shown told on the JavaFX thread with the workspace once its window shows
     */
    public Task<WorkspaceModel> open(Path folder, Stage stage, Consumer<WorkspaceModel> shown) {
        Task<WorkspaceModel> task = new Task<>() {
            @Override
            protected WorkspaceModel call() throws IOException {
                updateMessage("Opening " + folder);
                ProjectStore project = opener.open(folder);
                Renderer renderer = null;
                try {
                    Ontology ontology = ProjectOntology.of(project);
                    renderer = renderers.get();
                    WorkspaceModel model = new WorkspaceModel(project, ontology, renderer, background);
                    model.preload(0); // the first frame's cloud is read while the JavaFX thread builds the window
                    return model;
                } catch (IOException | RuntimeException e) {
                    if (renderer != null) {
                        renderer.close();
                    }
                    project.close();
                    throw e;
                }
            }
        };
        task.setOnSucceeded(e -> {
            WorkspaceModel model = task.getValue();
            show(model, stage);
            prefs.addRecent(model.project().folder());
            shown.accept(model);
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR, t.getMessage() == null ? t.toString() : t.getMessage());
            alert.setHeaderText("Could not open " + folder);
            alert.show();
        });
        background.execute(task);
        return task;
    }

    private void show(WorkspaceModel model, Stage stage) {
        Renderer renderer = model.renderer();
        Viewport3D viewport = new Viewport3D(renderer, new OrbitCamera());
        WorkspaceWindow window = new WorkspaceWindow(stage, model, renderer, viewport, this::chooseAndOpen);
        window.setRecentProjects(prefs::existingRecentProjects, p -> open(p, new Stage(), m -> { }));
        model.tools().toolProperty().set(prefs.lastTool());
        String cls = prefs.lastClass();
        if (cls != null && model.ontology().find(cls).isPresent()) {
            model.tools().activeClassProperty().set(cls);
        }
        var screen = Screen.getPrimary().getVisualBounds(); // never larger than the screen (headless ones are small)
        Scene scene = new Scene(window, Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(WorkspaceWindow.STYLESHEET);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage that showed the start screen takes the workspace's size
        window.installKeys(scene);
        prefs.restoreLayout(stage);
        stage.setOnHidden(e -> {
            prefs.saveLayout(stage, window.splits());
            prefs.setLastTool(model.tools().toolProperty().get());
            prefs.setLastClass(model.tools().activeClassProperty().get());
            try {
                model.close();
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            } finally {
                renderer.close();
            }
        });
        stage.show();
        javafx.application.Platform.runLater(() -> prefs.restoreDividers(window.splits())); // after the first layout
        viewport.requestFocus();
        model.goTo(0).thenRun(() -> {
            viewport.resetCamera();
            prefs.restoreDividers(window.splits()); // the camera strip's split has its divider once frames show
        }); // 30 m behind the sensor: the labelling distance
    }

    /**
     * Replaces the folder chooser (a {@link DirectoryChooser} by default): tests answer it without a native
     * dialog.
     */
    public void setFolderChooser(Function<Window, Optional<Path>> chooser) {
        this.folderChooser = chooser;
    }

    /** Asks for a project or data folder and opens it in a new window. */
    public void chooseAndOpen(Window owner) {
        folderChooser.apply(owner).ifPresent(f -> open(f, new Stage(), m -> { }));
    }

    /** Asks for a project or data folder and opens it in {@code stage} (the start screen's window). */
    public void chooseAndOpen(Window owner, Stage stage) {
        folderChooser.apply(owner).ifPresent(f -> open(f, stage, m -> { }));
    }

    /** The executor that opens projects and reads frames. */
    public ExecutorService background() {
        return background;
    }

    /** What is remembered between runs. */
    public WorkspacePrefs prefs() {
        return prefs;
    }

    private Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder: a Fuselage project, a KITTI folder or a folder of clouds");
        prefs.recentProjects().stream().findFirst().map(Path::getParent).map(Path::toFile)
                .filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }
}
