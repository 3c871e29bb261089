package dev.fuselage.app.ui.workspace;

import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.Scene;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workspace window opened for a TestFX test the way the application opens one: CPU renderers, two background
 * threads and throwaway preferences. Made in the test's {@code @Start}, closed in its {@code @AfterEach}.
 */
public final class WorkspaceFixture {
    private final Stage stage;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final List<Renderer> renderers = new CopyOnWriteArrayList<>();
    private final AtomicReference<WorkspaceModel> model = new AtomicReference<>();
    private WorkspaceLauncher launcher;

    private WorkspaceFixture(Stage stage) {
        this.stage = stage;
    }

    /**
     * Opens {@code folder} (a project or a data folder) in {@code stage}; projects for data folders are made under
     * {@code projects}.
     */
    public static WorkspaceFixture open(Path folder, Path projects, Stage stage) {
        return open(folder, projects, stage,
                new WorkspacePrefs(Preferences.userRoot().node("dev/fuselage/test/" + System.nanoTime())));
    }

    /** {@link #open(Path, Path, Stage)} remembering through {@code prefs} (a reopen test passes the same twice). */
    public static WorkspaceFixture open(Path folder, Path projects, Stage stage, WorkspacePrefs prefs) {
        WorkspaceFixture f = new WorkspaceFixture(stage);
        f.launcher = new WorkspaceLauncher(f::newRenderer, f.background, prefs, projects);
        f.launcher.open(folder, stage, f.model::set);
        return f;
    }

    private Renderer newRenderer() {
        Renderer r = new CpuRenderer(new Scene());
        renderers.add(r);
        return r;
    }

    /** A launcher like the application's (CPU renderers, throwaway preferences) that has opened nothing yet. */
    public static WorkspaceFixture launcherOnly(Path projects, Stage stage) {
        WorkspaceFixture f = new WorkspaceFixture(stage);
        WorkspacePrefs prefs = new WorkspacePrefs(Preferences.userRoot().node("dev/fuselage/test/" + System.nanoTime()));
        f.launcher = new WorkspaceLauncher(f::newRenderer, f.background, prefs, projects);
        return f;
    }

    /** The launcher that opened the window (and opens File > Open's choice). */
    public WorkspaceLauncher launcher() {
        return launcher;
    }

    /** The window's stage. */
    public Stage stage() {
        return stage;
    }

    /** The workspace model once the window shows its first frame, waiting up to {@code seconds} for it. */
    public WorkspaceModel awaitFirstFrame(long seconds) throws TimeoutException {
        waitFor(seconds, () -> model.get() != null && model.get().frame().frameIndexProperty().get() == 0);
        return model.get();
    }

    /** The renderer made last (the window makes one when it opens). */
    public Renderer renderer() {
        return renderers.get(renderers.size() - 1);
    }

    /** Closes the renderers and stops the background threads. */
    public void close() {
        renderers.forEach(Renderer::close);
        background.shutdownNow();
    }

    /** Waits until {@code condition} holds, letting the FX thread run its pending events before each check. */
    public static void waitFor(long seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
