package dev.fuselage.app.ui;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.DarkTheme;
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
 * {@code --calib=FILE}, {@code --backend=auto|gl|cpu}. Without a file it opens the bundled sample scan. A folder
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
        if (first.isPresent() && Files.isDirectory(first.get())) {
            // a folder is a project, a KITTI object folder or a folder of clouds: the annotation workspace
            // every workspace window makes (and closes) a renderer of its own
            WorkspaceLauncher launcher = new WorkspaceLauncher(() -> Renderers.create(choice), background,
                    new WorkspacePrefs(Preferences.userNodeForPackage(WorkspaceLauncher.class)),
                    Optional.ofNullable(named.get("projects")).map(Path::of)
                            .orElseGet(ProjectOpener::defaultProjectsHome));
            launcher.open(first.get(), stage, m -> { });
            return;
        }
        renderer = Renderers.create(choice);
        ViewerModel model = new ViewerModel(renderer, Presets.kitti(), background,
                Preferences.userNodeForPackage(FuselageApp.class));
        Viewport3D viewport = new Viewport3D(renderer, new OrbitCamera());
        ViewerWindow window = new ViewerWindow(stage, model, viewport);
        stage.setTitle("Fuselage");
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        viewport.requestFocus();
        startupCloud().ifPresent(cloud -> model.open(cloud, Optional.ofNullable(named.get("labels")).map(Path::of),
                Optional.ofNullable(named.get("calib")).map(Path::of)));
    }

    private Optional<Path> startupCloud() {
        List<String> unnamed = getParameters().getUnnamed();
        if (!unnamed.isEmpty()) {
            return Optional.of(Path.of(unnamed.get(0)));
        }
        String home = System.getProperty("fuselage.home");
        Path sample = home == null ? null : Path.of(home, "samples", "street.bin");
        return sample != null && Files.isRegularFile(sample) ? Optional.of(sample) : Optional.empty();
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
