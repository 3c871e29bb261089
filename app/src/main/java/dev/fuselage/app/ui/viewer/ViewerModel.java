package dev.fuselage.app.ui.viewer;

import dev.fuselage.app.ui.view3d.FrameStatus;
import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.scene.CloudHandle;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.Scene;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/**
 * State of the point-cloud viewer, for the window to bind to: the loaded scene, colour mode and point size (which
 * it pushes into the renderer's scene), loading progress and the status line. Loading runs as a background
 * {@link Task}; only its result is applied on the JavaFX thread.
 */
public final class ViewerModel {
    private static final String LAST_FOLDER = "lastFolder";
    private static final String FRAME_TARGET = "frameTargetMillis";

    private final Renderer renderer;
    private final Ontology ontology;
    private final Executor background;
    private final Preferences prefs;
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(this, "colorMode",
            ColorMode.HEIGHT);
    private final IntegerProperty pointSize = new SimpleIntegerProperty(this, "pointSize", 2);
    private final DoubleProperty frameTarget = new SimpleDoubleProperty(this, "frameTarget");
    private final ReadOnlyObjectWrapper<SceneLoader.LoadedScene> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private CloudHandle handle;
    private Runnable sceneChanged = () -> { };

    public ViewerModel(Renderer renderer, Ontology ontology, Executor background, Preferences prefs) {
        this.renderer = renderer;
        this.ontology = ontology;
        this.background = background;
        this.prefs = prefs;
        frameTarget.set(prefs.getDouble(FRAME_TARGET, Viewport3D.DEFAULT_FRAME_TARGET_MILLIS));
        frameTarget.addListener((o, a, ms) -> prefs.putDouble(FRAME_TARGET, ms.doubleValue()));
        colorMode.addListener((o, a, m) -> restyle());
        pointSize.addListener((o, a, s) -> restyle());
        restyle();
    }

    /** Called after every scene change (the view redraws). */
    public void setOnSceneChanged(Runnable r) {
        sceneChanged = r;
    }

    public ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }

    public IntegerProperty pointSizeProperty() {
        return pointSize;
    }

    /**
     * Frame-time target in milliseconds for moving frames and refinement steps (the View menu's setting,
     * remembered across runs); 0: fixed point budget, whole still frames.
     */
    public DoubleProperty frameTargetProperty() {
        return frameTarget;
    }

    public ReadOnlyObjectProperty<SceneLoader.LoadedScene> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last load error as one line (file and problem), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Folder the open dialog starts in: the last one used, remembered across runs. */
    public Optional<Path> lastFolder() {
        String s = prefs.get(LAST_FOLDER, null);
        return s == null ? Optional.empty() : Optional.of(Path.of(s));
    }

    /**
     * Loads a cloud (and optional KITTI labels + calibration) in the background and shows it when done.
     *
     * @return the running task (its progress drives the window's progress bar)
     */
    public Task<SceneLoader.LoadedScene> open(Path cloud, Optional<Path> labels, Optional<Path> calib) {
        Task<SceneLoader.LoadedScene> task = new Task<>() {
            @Override
            protected SceneLoader.LoadedScene call() throws Exception {
                updateMessage("Reading " + cloud.getFileName());
                updateProgress(-1, 1);
                SceneLoader.LoadedScene scene = SceneLoader.load(cloud, labels, calib, ontology);
                updateMessage("Preparing " + scene.cloud().size() + " points");
                Scene s = renderer.scene();
                CloudHandle h = s.addCloud(scene.cloud()); // sorts for drawing: heavy, stays off the UI thread
                if (handle != null) {
                    s.removeCloud(handle);
                }
                handle = h;
                s.setCuboids(scene.boxes());
                return scene;
            }
        };
        loading.set(true);
        error.set("");
        task.setOnSucceeded(e -> {
            loading.set(false);
            loaded.set(task.getValue());
            Path parent = cloud.toAbsolutePath().getParent();
            if (parent != null) {
                prefs.put(LAST_FOLDER, parent.toString());
            }
            updateStatus(null);
            sceneChanged.run();
        });
        task.setOnFailed(e -> {
            loading.set(false);
            Throwable t = task.getException();
            error.set(t.getMessage() == null ? t.toString() : t.getMessage());
            status.set("Could not open " + cloud.getFileName());
        });
        background.execute(task);
        return task;
    }

    /** Refreshes the status line with the latest frame's figures. */
    public void updateStatus(FrameImage frame) {
        SceneLoader.LoadedScene s = loaded.get();
        StringBuilder sb = new StringBuilder();
        if (s != null) {
            sb.append(s.cloudFile().getFileName()).append(" \u2022 ")
                    .append(String.format(Locale.ROOT, "%,d points", s.cloud().size()));
            if (!s.boxes().isEmpty()) {
                sb.append(" \u2022 ").append(s.boxes().size()).append(" boxes");
            }
        }
        if (frame != null) {
            sb.append(sb.isEmpty() ? "" : " \u2022 ").append(FrameStatus.describe(frame));
        }
        sb.append(sb.isEmpty() ? "" : " \u2022 ").append(renderer.description());
        status.set(sb.toString());
    }

    private void restyle() {
        Scene s = renderer.scene();
        s.setStyle(s.style().withMode(colorMode.get()).withPointSize(pointSize.get()));
        sceneChanged.run();
    }
}
