package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.render.scene.CloudHandle;
import dev.fuselage.render.scene.Scene;
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
 * preview box). JavaFX thread only, except {@link #prepare}, which runs on a background thread.
 */
public final class FrameViewModel {
    private final Scene scene;
    private final Ontology ontology;
    private final SelectionModel selection;
    private final ReadOnlyStringWrapper frameId = new ReadOnlyStringWrapper(this, "frameId");
    private final ReadOnlyIntegerWrapper frameIndex = new ReadOnlyIntegerWrapper(this, "frameIndex", -1);
    private final ReadOnlyObjectWrapper<PointCloud> cloud = new ReadOnlyObjectWrapper<>(this, "cloud");
    private final ObservableList<ObjectAnnotation> objects = FXCollections.observableArrayList();
    private final ObservableList<ObjectAnnotation> objectsView = FXCollections.unmodifiableObservableList(objects);
    private CloudHandle shownCloud;
    private List<ObjectAnnotation> sceneOrder = List.of();

    /** A cloud added to the scene off the UI thread, waiting to replace the shown one. */
    public record Prepared(String frameId, PointCloud cloud, CloudHandle handle) {
    }

    FrameViewModel(Scene scene, Ontology ontology, SelectionModel selection) {
        this.scene = scene;
        this.ontology = ontology;
        this.selection = selection;
        selection.selectedIdProperty().addListener((o, a, b) -> pushSelection());
        selection.previewProperty().addListener((o, a, b) -> pushBoxes());
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

    /** The current frame's objects, ordered by id (read-only). */
    public ObservableList<ObjectAnnotation> objects() {
        return objectsView;
    }

    public String frameId() {
        return frameId.get();
    }

    /** Adds a frame's cloud to the scene (sorting it for drawing): call on a background thread. */
    Prepared prepare(String id, PointCloud c) {
        return new Prepared(id, c, scene.addCloud(c));
    }

    /** Drops a prepared cloud that a newer frame switch overtook. */
    void discard(Prepared p) {
        scene.removeCloud(p.handle());
    }

    /** Makes a prepared frame the shown one. */
    void show(Prepared p, int index, List<ObjectAnnotation> frameObjects) {
        if (shownCloud != null) {
            scene.removeCloud(shownCloud);
        }
        shownCloud = p.handle();
        boolean sameFrame = p.frameId().equals(frameId.get());
        frameId.set(p.frameId());
        frameIndex.set(index);
        cloud.set(p.cloud());
        if (!sameFrame) {
            selection.clear();
        }
        setObjects(frameObjects);
    }

    /** Replaces the current frame's objects (after an edit, undo or redo). */
    void setObjects(List<ObjectAnnotation> frameObjects) {
        objects.setAll(frameObjects);
        selection.objectsChanged(List.copyOf(frameObjects));
        pushBoxes();
    }

    /** The object drawn as a scene cuboid id (what {@code Renderer.pick} returns). */
    public Optional<ObjectId> objectOfCuboid(long cuboidId) {
        int i = (int) cuboidId - 1;
        return i >= 0 && i < sceneOrder.size() ? Optional.of(sceneOrder.get(i).id()) : Optional.empty();
    }

    private void pushBoxes() {
        sceneOrder = List.copyOf(objects);
        ObjectId sel = selection.selectedIdProperty().get();
        Cuboid preview = selection.previewProperty().get();
        List<SceneCuboid> boxes = new ArrayList<>(sceneOrder.size());
        for (int i = 0; i < sceneOrder.size(); i++) {
            ObjectAnnotation o = sceneOrder.get(i);
            Cuboid box = preview != null && o.id().equals(sel) ? preview : o.box();
            boxes.add(new SceneCuboid(i + 1, box, SceneLoader.classColor(ontology, o.className())));
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
