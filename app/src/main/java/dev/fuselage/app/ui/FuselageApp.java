package dev.fuselage.app.ui;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.app.ui.workspace.DarkTheme;
import dev.fuselage.app.ui.workspace.StartScreen;
import dev.fuselage.app.ui.workspace.WorkspaceLauncher;
import dev.fuselage.app.ui.workspace.WorkspacePrefs;
import dev.fuselage.project.ProjectOpener;
import dev.fuselage.app.ui.viewer.ViewerModel;
import dev.fuselage.app.ui.viewer.ViewerWindow;
import dev.fuselage.ontology.Presets;
import dev.fuselage.render.BackendChoice;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.Renderers;
import dev.fuselage.render.camera.OrbitCamera;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop application. Parameters (all optional): a point-cloud file, {@code --labels=FILE},
 * {@code --calib=FILE}, {@code --backend=auto|gl|cpu}. Without a file or folder it shows the start screen (recent
 * projects, Open Folder…, Open Demo, Open Point Cloud File…). A folder
 * instead of a file (a Fuselage project, a KITTI object folder or a folder of clouds) opens the annotation
 * workspace; {@code --projects=DIR} says where projects for data folders are made.
 */
public final class FuselageApp extends Application {
    private Renderer renderer;
    private ExecutorService background;

    /** Starts the JavaFX toolkit and opens the main window; returns when the window closes. */
    public static void launchDesktop(String[] args) {
        try {
            Application.launch(FuselageApp.class, args);
        } catch (UnsupportedOperationException e) {
            // JavaFX's way of saying there is no display to open
            throw new DesktopUnavailableException("the desktop app needs a display (" + e.getMessage()
                    + "); headless commands such as info, convert and render work without one: ./fuselage --help", e);
        }
    }

    /** Launch arguments for a cloud with optional labels, as {@link #launchDesktop} takes them. */
    public static String[] arguments(Path cloud, Optional<Path> labels, Optional<Path> calib, BackendChoice backend) {
        List<String> args = new ArrayList<>();
        if (cloud != null) {
            args.add(cloud.toAbsolutePath().toString());
        }
        labels.ifPresent(l -> args.add("--labels=" + l.toAbsolutePath()));
        calib.ifPresent(c -> args.add("--calib=" + c.toAbsolutePath()));
        args.add("--backend=" + backend.name().toLowerCase(java.util.Locale.ROOT));
        return args.toArray(String[]::new);
    }

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        BackendChoice choice = BackendChoice.parse(named.getOrDefault("backend", "auto"));
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fuselage-background");
            t.setDaemon(true);
            return t;
        });
        DarkTheme.apply();
        Optional<Path> first = getParameters().getUnnamed().stream().findFirst().map(Path::of);
        // every workspace window makes (and closes) a renderer of its own
        WorkspacePrefs prefs = new WorkspacePrefs(Preferences.userNodeForPackage(WorkspaceLauncher.class));
        WorkspaceLauncher launcher = new WorkspaceLauncher(() -> Renderers.create(choice), background, prefs,
                Optional.ofNullable(named.get("projects")).map(Path::of)
                        .orElseGet(ProjectOpener::defaultProjectsHome));
        if (first.isPresent() && Files.isDirectory(first.get())) {
            // a folder is a project, a KITTI object folder or a folder of clouds: the annotation workspace
            launcher.open(first.get(), stage, m -> { });
            return;
        }
        if (first.isEmpty()) {
            // no argument: the start screen (recent projects, Open Folder, Open Demo, a single cloud file)
            new StartScreen(stage, launcher, prefs.existingRecentProjects(), DemoProject.defaultLocation(),
                    DemoProject.DEFAULT_FRAMES, s -> openViewer(s, choice, Optional.empty(), launcher)).show();
            return;
        }
        openViewer(stage, choice, first, launcher);
    }

    /** The plain viewer in {@code stage}, on {@code cloud} or (empty) asking for a file. */
    private void openViewer(Stage stage, BackendChoice choice, Optional<Path> cloud, WorkspaceLauncher launcher) {
        Map<String, String> named = getParameters().getNamed();
        if (renderer != null) {
            renderer.close();
        }
        renderer = Renderers.create(choice);
        ViewerModel model = new ViewerModel(renderer, Presets.kitti(), background,
                Preferences.userNodeForPackage(FuselageApp.class));
        Viewport3D viewport = new Viewport3D(renderer, new OrbitCamera());
        ViewerWindow window = new ViewerWindow(stage, model, viewport);
        window.setOpenFolder(() -> launcher.chooseAndOpen(stage));
        stage.setTitle("Fuselage");
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        viewport.requestFocus();
        if (cloud.isPresent()) {
            model.open(cloud.get(), Optional.ofNullable(named.get("labels")).map(Path::of),
                    Optional.ofNullable(named.get("calib")).map(Path::of));
        } else {
            window.chooseCloudFile();
        }
    }

    @Override
    public void stop() {
        if (renderer != null) {
            renderer.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
