package dev.fuselage.app.ui.workspace.camera;

import dev.fuselage.project.camera.CameraRigLoader;

import dev.fuselage.project.camera.FrameCamera;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.app.ui.workspace.model.SelectionModel;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.fusion.project.ProjectedPoints;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.io.image.Images;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * View model of the camera panels. When the shown frame changes, its cameras are found ({@link CameraRigLoader}),
 * their images decoded and the cloud projected into each ({@link PointLayer}) on a background thread of its own;
 * the JavaFX thread only swaps the finished {@link CameraView}s in. The frame's cuboids are re-projected into every
 * camera on each change of the objects, the selection or a drag preview, so an edit in the 3D or box views moves
 * its projection at once. A click on a projected box selects its object. JavaFX thread only, except the work it
 * hands to its own thread.
 */
public final class CameraOverlayModel implements AutoCloseable {
    private final ObservableValue<String> frameId;
    private final ObservableValue<PointCloud> cloud;
    private final ObservableList<ObjectAnnotation> objects;
    private final SelectionModel selection;
    private final ToIntFunction<String> classColor;
    private final Callable<ProjectFrames> sourceFactory;
    private final Executor fx;
    private final ExecutorService worker;
    private final ObservableList<CameraView> views = FXCollections.observableArrayList();
    /** Kept: an unmodifiable wrapper holds its listeners only while it is referenced. */
    private final ObservableList<CameraView> viewsView = FXCollections.unmodifiableObservableList(views);
    private final BooleanProperty showPoints = new SimpleBooleanProperty(this, "showPoints", true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper shownFrame = new ReadOnlyStringWrapper(this, "shownFrame");
    private final ReadOnlyLongWrapper boxesVersion = new ReadOnlyLongWrapper(this, "boxesVersion");
    /** Worker thread only: the source (read once) and a projection buffer per camera, reused every frame. */
    private ProjectFrames source;
    private final Map<String, ProjectedPoints> scratch = new HashMap<>();
    private long generation;

    /** The camera panels' model of a workspace: its shown frame, objects, selection and class colours. */
    public CameraOverlayModel(WorkspaceModel ws) {
        this(ws.frame().frameIdProperty(), ws.frame().cloudProperty(), ws.frame().objects(), ws.selection(),
                c -> SceneLoader.classColor(ws.ontology(), c),
                () -> ProjectFrames.requireSources(ws.project().folder(), ws.project().descriptor()), Platform::runLater);
    }

    /**
     * @param frameId       the shown frame's id
     * @param cloud         the shown frame's cloud (set after its id on a frame switch)
     * @param objects       the shown frame's objects
     * @param selection     the selection a click changes
     * @param classColor    opaque ARGB of a class
     * @param sourceFactory where the frames' files lie; called once, on the worker thread
     * @param fx            runs results on the JavaFX thread
     */
    public CameraOverlayModel(ObservableValue<String> frameId, ObservableValue<PointCloud> cloud,
                              ObservableList<ObjectAnnotation> objects, SelectionModel selection,
                              ToIntFunction<String> classColor, Callable<ProjectFrames> sourceFactory, Executor fx) {
        this.frameId = frameId;
        this.cloud = cloud;
        this.objects = objects;
        this.selection = selection;
        this.classColor = classColor;
        this.sourceFactory = sourceFactory;
        this.fx = fx;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "camera-overlay");
            t.setDaemon(true);
            return t;
        });
        cloud.addListener((o, a, c) -> load());
        objects.addListener((ListChangeListener<ObjectAnnotation>) c -> projectBoxes());
        selection.selectedIdProperty().addListener((o, a, b) -> projectBoxes());
        selection.previewProperty().addListener((o, a, b) -> projectBoxes());
        if (cloud.getValue() != null) {
            load();
        }
    }

    /** The cameras of the shown frame (empty when it has none), in rig order. */
    public ObservableList<CameraView> views() {
        return viewsView;
    }

    /** Whether the lidar points are drawn over the images. */
    public BooleanProperty showPointsProperty() {
        return showPoints;
    }

    /** Whether a frame's cameras are being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why a frame's cameras could not be shown (a calibration or image that cannot be read), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The frame the views belong to, null before the first one is read. */
    public ReadOnlyStringProperty shownFrameProperty() {
        return shownFrame.getReadOnlyProperty();
    }

    /** Counts box re-projections: the panels redraw when it changes. */
    public ReadOnlyLongProperty boxesVersionProperty() {
        return boxesVersion.getReadOnlyProperty();
    }

    /**
     * A click at image pixel {@code (u, v)} of a camera: selects the object whose projected box is there.
     *
     * @return the object selected, or empty when the click hit no box (the selection is left as it is)
     */
    public Optional<ObjectId> clickAt(CameraView view, double u, double v) {
        Optional<ObjectId> hit = view.boxes().hit(u, v);
        hit.ifPresent(selection::select);
        return hit;
    }

    private void load() {
        String id = frameId.getValue();
        PointCloud c = cloud.getValue();
        long gen = ++generation;
        if (id == null || c == null) {
            views.clear();
            return;
        }
        loading.set(true);
        worker.execute(() -> {
            List<CameraView> result = null;
            String problem = "";
            try {
                result = read(id, c);
            } catch (Exception e) {
                problem = "Cameras of frame " + id + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
            }
            List<CameraView> done = result == null ? List.of() : result;
            String why = problem;
            fx.execute(() -> {
                if (gen != generation) {
                    return; // a newer frame is on its way
                }
                views.setAll(done);
                shownFrame.set(id);
                message.set(why);
                loading.set(false);
                projectBoxes();
            });
        });
    }

    /** Worker thread: the frame's cameras with their images and points. */
    private List<CameraView> read(String id, PointCloud c) throws Exception {
        if (source == null) {
            source = sourceFactory.call();
        }
        if (!source.contains(id)) {
            return List.of();
        }
        List<CameraView> out = new ArrayList<>();
        for (FrameCamera cam : CameraRigLoader.load(id, source.files(id))) {
            Images.DecodedImage img = Images.decode(cam.image());
            if (img.width() != cam.camera().size().width() || img.height() != cam.camera().size().height()) {
                throw new IllegalStateException(cam.image().getFileName() + " is " + img.width() + " x "
                        + img.height() + " but camera " + cam.name() + " is calibrated for "
                        + cam.camera().size().width() + " x " + cam.camera().size().height());
            }
            ProjectedPoints buffer = scratch.computeIfAbsent(cam.name(), n -> new ProjectedPoints());
            PointLayer points = PointLayer.project(cam.camera(), c, buffer);
            int[] painted = points.paintOnto(img.argb(), img.width(), img.height(), PointLayer.pointSize(img.width()));
            out.add(new CameraView(id, cam, img.width(), img.height(), img.argb(), painted, points,
                    new BoxOverlay(cam.camera())));
        }
        return out;
    }

    /** Re-projects the shown frame's boxes into every camera of that frame. */
    private void projectBoxes() {
        String id = frameId.getValue();
        ObjectId sel = selection.selectedIdProperty().get();
        for (CameraView v : views) {
            v.boxes().project(v.frameId().equals(id) ? objects : List.of(), sel, selection.previewProperty().get(),
                    classColor);
        }
        boxesVersion.set(boxesVersion.get() + 1);
    }

    /** Stops the worker thread. */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
