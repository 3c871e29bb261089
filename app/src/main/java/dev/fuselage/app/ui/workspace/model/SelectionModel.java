package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.geometry.Cuboid;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The selected object of the current frame, and the box a drag is previewing before it becomes a command. The
 * selection is held by id and resolved against the frame's objects whenever they change, so it follows edits,
 * undo and redo.
 */
public final class SelectionModel {
    private final ObjectProperty<ObjectId> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ReadOnlyObjectWrapper<ObjectAnnotation> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Cuboid> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private List<ObjectAnnotation> objects = List.of();

    public SelectionModel() {
        selectedId.addListener((o, a, b) -> resolve());
    }

    /** Id of the selected object, or null. */
    public ObjectProperty<ObjectId> selectedIdProperty() {
        return selectedId;
    }

    /** The selected object as it is now, or null. */
    public ReadOnlyObjectProperty<ObjectAnnotation> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The box being dragged (not yet a command), or null. */
    public ReadOnlyObjectProperty<Cuboid> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public Optional<ObjectAnnotation> selected() {
        return Optional.ofNullable(selected.get());
    }

    /** The selected object's box as shown: the preview while dragging, else the stored box. */
    public Optional<Cuboid> shownBox() {
        return preview.get() != null ? Optional.of(preview.get()) : selected().map(ObjectAnnotation::box);
    }

    public void select(ObjectId id) {
        preview.set(null);
        selectedId.set(id);
    }

    public void clear() {
        select(null);
    }

    /** Shows a box for the selected object while a drag runs; null ends the preview. */
    public void setPreview(Cuboid box) {
        preview.set(box);
    }

    /** Called with the current frame's objects after every change. */
    void objectsChanged(List<ObjectAnnotation> frameObjects) {
        objects = frameObjects;
        resolve();
    }

    private void resolve() {
        ObjectId id = selectedId.get();
        ObjectAnnotation found = id == null ? null
                : objects.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
        selected.set(found);
        if (found == null && id != null) {
            selectedId.set(null);
        }
    }
}
