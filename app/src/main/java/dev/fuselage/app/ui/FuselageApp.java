package dev.fuselage.app.ui;

import dev.fuselage.app.support.AppLog;
import dev.fuselage.app.support.PreferencesFile;
import dev.fuselage.app.support.UserFolders;
import dev.fuselage.app.ui.errors.ErrorReporter;
import dev.fuselage.app.ui.help.KeyOverlay;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. Parameters (all optional): a point-cloud file, {@code --labels=FILE},
 * {@code --calib=FILE}, {@code --backend=auto|gl|cpu}. A file opens the viewer; a folder (a Fuselage project, a
 * KITTI object folder or a folder of clouds) opens the annotation workspace; {@code --projects=DIR} says where
 * projects for data folders are made. Without either, the very first start generates and opens the demo project
 * with an overlay of the main keys (until the user dismisses it); later starts show the start screen (recent
 * projects, Open Folder…, Open Demo, Open Point Cloud File…).
 *
 * <p>Preferences live in {@link UserFolders#preferences()}; uncaught errors and failed renders are logged and
 * shown by an {@link ErrorReporter}.
 */
public final class FuselageApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(FuselageApp.class);
    /** Preference (node "app"): the renderer of the last explicit {@code --backend}. */
    static final String RENDERER = "renderer";
    /** Preference (node "app"): "dismissed" once the user closed the first-run key overlay. */
    static final String KEY_OVERLAY = "keyOverlay";
    /** Preference (node "app"): "started" after the first start (which opens the demo instead of the start screen). */
    static final String FIRST_START = "firstStart";
    private Renderer renderer;
    private ExecutorService background;
    private ErrorReporter errors;

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
        args.add("--backend=" + backend.name().toLowerCase(Locale.ROOT));
        return args.toArray(String[]::new);
    }

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        errors = new ErrorReporter(AppLog::file, FuselageApp::activeWindow);
        errors.install();
        PreferencesFile preferences = openPreferences();
        Preferences app = preferences.root().node("app");
        // an explicit --backend (fuselage view ... --backend B) is remembered for starts without one
        String asked = named.get("backend");
        BackendChoice choice = BackendChoice.parse(asked != null ? asked : app.get(RENDERER, "auto"));
        if (asked != null) {
            app.put(RENDERER, choice.name().toLowerCase(Locale.ROOT));
        }
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fuselage-background");
            t.setDaemon(true);
            return t;
        });
        if (choice == BackendChoice.AUTO) {
            // start-up: the OpenGL probe (a throw-away context) runs while JavaFX styles and builds the first
            // window; the workspace's renderer then finds the answer ready instead of waiting for it
            background.execute(Renderers::autoBackend);
        }
        DarkTheme.apply();
        WorkspacePrefs workspacePrefs = new WorkspacePrefs(preferences.root().node("workspace"));
        WorkspaceLauncher launcher = new WorkspaceLauncher(() -> Renderers.create(choice), background,
                workspacePrefs, Optional.ofNullable(named.get("projects")).map(Path::of)
                        .orElseGet(ProjectOpener::defaultProjectsHome));
        Optional<Path> first = getParameters().getUnnamed().stream().findFirst().map(Path::of);
        if (first.isEmpty()) {
            if (workspacePrefs.existingRecentProjects().isEmpty() && !"started".equals(app.get(FIRST_START, ""))) {
                // the very first start (the desktop entry after installing): the demo, generated now; the small
                // progress window grows into the workspace, so it is centred again
                app.put(FIRST_START, "started");
                DemoPreparation.run(stage, background, folder -> openWorkspace(launcher, folder, stage, app, true));
            } else {
                app.put(FIRST_START, "started");
                new StartScreen(stage, launcher, workspacePrefs.existingRecentProjects(),
                        DemoProject.defaultLocation(), DemoProject.DEFAULT_FRAMES,
                        s -> openViewer(s, choice, Optional.empty(), launcher, preferences)).show();
            }
        } else if (Files.isDirectory(first.get())) {
            // a folder is a project, a KITTI object folder or a folder of clouds: the annotation workspace;
            // every workspace window makes (and closes) a renderer of its own
            openWorkspace(launcher, first.get(), stage, app, false);
        } else {
            openViewer(stage, choice, first, launcher, preferences);
        }
        preferences.resetMessage().ifPresent(msg -> Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.WARNING, msg);
            alert.setHeaderText("Preferences reset");
            activeWindow().ifPresent(alert::initOwner);
            alert.show();
        }));
    }

    /** The plain viewer in {@code stage}, on {@code cloud} or (empty) asking for a file. */
    private void openViewer(Stage stage, BackendChoice choice, Optional<Path> cloud, WorkspaceLauncher launcher,
                            PreferencesFile preferences) {
        Map<String, String> named = getParameters().getNamed();
        if (renderer != null) {
            renderer.close();
        }
        renderer = Renderers.create(choice);
        ViewerModel model = new ViewerModel(renderer, Presets.kitti(), background,
                preferences.root().node("viewer"));
        Viewport3D viewport = new Viewport3D(renderer, new OrbitCamera());
        ViewerWindow window = new ViewerWindow(stage, model, viewport);
        window.setOpenFolder(() -> launcher.chooseAndOpen(stage));
        stage.setTitle("Fuselage");
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        viewport.requestFocus();
        FirstFrameLog.watch(viewport);
        if (cloud.isPresent()) {
            model.open(cloud.get(), Optional.ofNullable(named.get("labels")).map(Path::of),
                    Optional.ofNullable(named.get("calib")).map(Path::of));
        } else {
            window.chooseCloudFile();
        }
    }

    /**
     * Opens a folder in the workspace; the window logs its first frame and, until the user dismissed it once,
     * shows the key overlay.
     */
    private void openWorkspace(WorkspaceLauncher launcher, Path folder, Stage stage, Preferences app,
                               boolean center) {
        launcher.open(folder, stage, model -> {
            LOG.info("workspace shown: {}", folder); // with Main's first line and the first frame: where start-up goes
            if (center) {
                stage.centerOnScreen();
            }
            Scene scene = stage.getScene();
            if (scene.lookup(".viewport-3d") instanceof Viewport3D viewport) {
                FirstFrameLog.watch(viewport);
            }
            if (!"dismissed".equals(app.get(KEY_OVERLAY, ""))) {
                KeyOverlay.showOver(scene, model.ontology(), () -> app.put(KEY_OVERLAY, "dismissed"));
            }
        });
    }

    /** The preferences file; a damaged one is reset (and said so), an unreadable one gives defaults in memory. */
    private static PreferencesFile openPreferences() {
        Path file = UserFolders.current().preferences();
        try {
            return PreferencesFile.open(file);
        } catch (IOException e) {
            LOG.warn("cannot read the preferences {}; using defaults", file, e);
            return PreferencesFile.unreadable(file, e);
        }
    }

    /** The focused window, else any showing one: where error dialogs go. */
    private static Optional<Window> activeWindow() {
        List<Window> windows = List.copyOf(Window.getWindows());
        return windows.stream().filter(Window::isFocused).findFirst()
                .or(() -> windows.stream().filter(Window::isShowing).findFirst());
    }

    @Override
    public void stop() {
        if (renderer != null) {
            renderer.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
        if (errors != null) {
            errors.uninstall();
        }
    }
}
