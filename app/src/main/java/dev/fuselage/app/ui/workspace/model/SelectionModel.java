package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.geometry.Cuboid;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The selected objects of the current frame — one primary object (the one the editor and the box views show) and
 * any others picked with it (Shift/Ctrl in the list, a rectangle in the view, Select All) — and the box a drag is
 * previewing before it becomes a command. The selection is held by id and resolved against the frame's objects
 * whenever they change, so it follows edits, undo and redo.
 */
public final class SelectionModel {
    private final ObjectProperty<ObjectId> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ReadOnlyObjectWrapper<ObjectAnnotation> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Set<ObjectId>> selectedIds =
            new ReadOnlyObjectWrapper<>(this, "selectedIds", Set.of());
    private final ReadOnlyObjectWrapper<Cuboid> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private List<ObjectAnnotation> objects = List.of();
    private boolean settingMany;

    public SelectionModel() {
        selectedId.addListener((o, a, b) -> {
            if (!settingMany) {
                selectedIds.set(b == null ? Set.of() : Set.of(b));
            }
            resolve();
        });
    }

    /** Id of the primary selected object, or null. */
    public ObjectProperty<ObjectId> selectedIdProperty() {
        return selectedId;
    }

    /** The primary selected object as it is now, or null. */
    public ReadOnlyObjectProperty<ObjectAnnotation> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Every selected object's id, the primary one included (an immutable set; empty when nothing is). */
    public ReadOnlyObjectProperty<Set<ObjectId>> selectedIdsProperty() {
        return selectedIds.getReadOnlyProperty();
    }

    /** The box being dragged (not yet a command), or null. */
    public ReadOnlyObjectProperty<Cuboid> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public Optional<ObjectAnnotation> selected() {
        return Optional.ofNullable(selected.get());
    }

    /** Every selected object as it is now, in the frame's order. */
    public List<ObjectAnnotation> selectedObjects() {
        Set<ObjectId> ids = selectedIds.get();
        return objects.stream().filter(o -> ids.contains(o.id())).toList();
    }

    /** The selected object's box as shown: the preview while dragging, else the stored box. */
    public Optional<Cuboid> shownBox() {
        return preview.get() != null ? Optional.of(preview.get()) : selected().map(ObjectAnnotation::box);
    }

    /** Selects one object alone (null: nothing). */
    public void select(ObjectId id) {
        preview.set(null);
        selectedId.set(id);
        selectedIds.set(id == null ? Set.of() : Set.of(id));
    }

    /**
     * Selects several objects; {@code primary} (one of them, or null for the first) is the one the editor shows.
     */
    public void selectAll(Collection<ObjectId> ids, ObjectId primary) {
        preview.set(null);
        Set<ObjectId> set = new LinkedHashSet<>(ids);
        ObjectId first = primary != null && set.contains(primary) ? primary
                : set.stream().findFirst().orElse(null);
        settingMany = true;
        try {
            selectedIds.set(Set.copyOf(set));
            selectedId.set(first);
        } finally {
            settingMany = false;
        }
        resolve();
    }

    /** Adds an object to the selection, or takes it out when it is in (Ctrl+click). */
    public void toggle(ObjectId id) {
        Set<ObjectId> set = new LinkedHashSet<>(selectedIds.get());
        if (!set.remove(id)) {
            set.add(id);
        }
        ObjectId primary = set.contains(id) ? id : selectedId.get();
        selectAll(set, primary);
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
        Set<ObjectId> present = new LinkedHashSet<>();
        for (ObjectAnnotation o : objects) {
            if (selectedIds.get().contains(o.id())) {
                present.add(o.id());
            }
        }
        if (!present.equals(selectedIds.get())) {
            selectedIds.set(Set.copyOf(present));
        }
        if (found == null && id != null) {
            settingMany = true;
            try {
                selectedId.set(present.stream().findFirst().orElse(null));
            } finally {
                settingMany = false; // the id listener resolved the new primary
            }
        }
    }
}
