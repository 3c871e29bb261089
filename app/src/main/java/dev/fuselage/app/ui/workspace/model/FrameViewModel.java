package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.render.scene.FrameCloud;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.render.scene.CloudHandle;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.project.prelabel.PreLabelJob;
import dev.fuselage.render.scene.SceneCuboid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the current frame shows: its id, cloud and objects, and their mirror in the renderer's {@link Scene}
 * (the cloud, one {@link SceneCuboid} per object, the selected one highlighted and, during a drag, drawn at its
 * preview box). JavaFX thread only.
 */
public final class FrameViewModel {
    /** Colour of the boxes selected along with the primary one. */
    static final int MULTI_SELECTED = 0xFFB8E0FF;
    private final Scene scene;
    private final Ontology ontology;
    private final SelectionModel selection;
    private final ReadOnlyStringWrapper frameId = new ReadOnlyStringWrapper(this, "frameId");
    private final ReadOnlyIntegerWrapper frameIndex = new ReadOnlyIntegerWrapper(this, "frameIndex", -1);
    private final ReadOnlyObjectWrapper<PointCloud> cloud = new ReadOnlyObjectWrapper<>(this, "cloud");
    private final ObservableList<ObjectAnnotation> objects = FXCollections.observableArrayList();
    private final ObservableList<ObjectAnnotation> objectsView = FXCollections.unmodifiableObservableList(objects);
    private CloudHandle shownCloud;
    private final BoxClassColumn classColumn;
    private boolean classColours;
    private List<ObjectAnnotation> sceneOrder = List.of();
    /** Overlay cuboid ids start far above any object's, so {@link #objectOfCuboid} never maps them to an object. */
    private static final long OVERLAY_ID = 1_000_000_000L;
    private static final int OVERLAY_ARGB = 0xFFE8E8E8;
    private List<Cuboid> overlay = List.of();

    /**
     * @param scene     the window's scene the frame is mirrored into
     * @param ontology  gives the boxes' colours
     * @param selection the workspace's selection (cleared when the frame changes)
     */
    public FrameViewModel(Scene scene, Ontology ontology, SelectionModel selection) {
        this.scene = scene;
        this.ontology = ontology;
        this.selection = selection;
        this.classColumn = new BoxClassColumn(ontology);
        selection.selectedIdProperty().addListener((o, a, b) -> pushSelection());
        selection.previewProperty().addListener((o, a, b) -> pushBoxes());
        selection.selectedIdsProperty().addListener((o, a, b) -> pushBoxes());
    }

    public ReadOnlyStringProperty frameIdProperty() {
        return frameId.getReadOnlyProperty();
    }

    /** Position of the current frame in the project's frame list, -1 before the first frame is shown. */
    public ReadOnlyIntegerProperty frameIndexProperty() {
        return frameIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PointCloud> cloudProperty() {
        return cloud.getReadOnlyProperty();
    }

    /** The current frame's objects, ordered by track id (the same order in every frame; read-only). */
    public ObservableList<ObjectAnnotation> objects() {
        return objectsView;
    }

    public String frameId() {
        return frameId.get();
    }

    /**
     * Makes a frame the shown one: its prepared cloud replaces the shown cloud in the scene (no sorting here: the
     * cache prepared it in the background), and its objects become the scene's boxes. The workspace calls it when a
     * frame's cloud is ready; public for the frame-switch benchmark, which times exactly this.
     */
    public void show(String id, FrameCloud c, int index, List<ObjectAnnotation> frameObjects) {
        CloudHandle old = shownCloud;
        shownCloud = scene.addPrepared(c.cloud(), c.prepared());
        if (old != null) {
            scene.removeCloud(old);
        }
        boolean sameFrame = id.equals(frameId.get());
        frameId.set(id);
        frameIndex.set(index);
        cloud.set(c.cloud());
        if (!sameFrame) {
            selection.clear();
        }
        setObjects(frameObjects);
    }

    /** Replaces the current frame's objects (after an edit, undo or redo). */
    void setObjects(List<ObjectAnnotation> frameObjects) {
        List<ObjectAnnotation> byTrack = frameObjects.stream()
                .sorted(java.util.Comparator.comparing(ObjectAnnotation::trackId)
                        .thenComparing(o -> o.id().toString()))
                .toList();
        objects.setAll(byTrack);
        selection.objectsChanged(byTrack);
        paintClasses();
        pushBoxes();
    }

    /**
     * Colouring by class: while on, points inside a box carry its class in the cloud's semantic column (a scan
     * with semantic labels of its own keeps them), refreshed after every change of the frame's boxes.
     */
    void setClassColours(boolean on) {
        classColours = on;
        paintClasses();
    }

    /** The class colours of the ids {@link #setClassColours} writes. */
    java.util.Map<Integer, Integer> classPalette() {
        return classColumn.palette();
    }

    private void paintClasses() {
        PointCloud c = cloud.get();
        if (classColours && c != null && shownCloud != null && classColumn.paint(c, objects)) {
            scene.updateColors(shownCloud);
        }
    }

    /** The scene's handle of the shown frame cloud, if one is shown. */
    public Optional<CloudHandle> shownCloud() {
        return Optional.ofNullable(shownCloud);
    }

    /** The object drawn as a scene cuboid id (what {@code Renderer.pick} returns). */
    public Optional<ObjectId> objectOfCuboid(long cuboidId) {
        int i = (int) cuboidId - 1;
        return i >= 0 && i < sceneOrder.size() ? Optional.of(sceneOrder.get(i).id()) : Optional.empty();
    }

    /**
     * Boxes of another label set drawn with the frame's own in one neutral colour (the review's comparison
     * overlay); they cannot be picked or edited. Empty removes them.
     */
    public void setOverlay(List<Cuboid> boxes) {
        overlay = List.copyOf(boxes);
        pushBoxes();
    }

    private void pushBoxes() {
        sceneOrder = List.copyOf(objects);
        ObjectId sel = selection.selectedIdProperty().get();
        java.util.Set<ObjectId> also = selection.selectedIdsProperty().get();
        Cuboid preview = selection.previewProperty().get();
        List<SceneCuboid> boxes = new ArrayList<>(sceneOrder.size());
        for (int i = 0; i < sceneOrder.size(); i++) {
            ObjectAnnotation o = sceneOrder.get(i);
            Cuboid box = preview != null && o.id().equals(sel) ? preview : o.box();
            // the primary selection is the scene's selected (white) box; the others of a multi-selection are
            // drawn in a pale highlight instead of their class colour
            int colour = also.contains(o.id()) && !o.id().equals(sel) ? MULTI_SELECTED
                    : SceneLoader.classColor(ontology, o.className());
            boxes.add(new SceneCuboid(i + 1, box, colour, PreLabelJob.isOpenPreLabel(o)));
        }
        for (int k = 0; k < overlay.size(); k++) {
            boxes.add(new SceneCuboid(OVERLAY_ID + k, overlay.get(k), OVERLAY_ARGB));
        }
        scene.setCuboids(boxes);
        pushSelection();
    }

    private void pushSelection() {
        ObjectId sel = selection.selectedIdProperty().get();
        int i = -1;
        for (int k = 0; sel != null && k < sceneOrder.size(); k++) {
            if (sceneOrder.get(k).id().equals(sel)) {
                i = k;
            }
        }
        if (i < 0) {
            scene.clearSelectedCuboid();
        } else {
            scene.setSelectedCuboid(i + 1);
        }
    }
}
