package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.PointLabels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An {@link AnnotationModel} held in memory, for tests and for work that is not saved. Edits are atomic: when a
 * command fails half-way, the state from before the edit is restored.
 */
public final class MemoryAnnotationModel implements AnnotationModel {
    private Map<ObjectId, ObjectAnnotation> objects = new TreeMap<>();
    private Map<String, PointLabels> labels = new HashMap<>();
    private boolean inEdit;

    @Override
    public Optional<ObjectAnnotation> object(ObjectId id) {
        return Optional.ofNullable(objects.get(id));
    }

    @Override
    public List<ObjectAnnotation> objects(String frameId) {
        List<ObjectAnnotation> out = new ArrayList<>();
        for (ObjectAnnotation o : objects.values()) {
            if (o.frameId().equals(frameId)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Every object of every frame, ordered by id. */
    public List<ObjectAnnotation> allObjects() {
        return List.copyOf(objects.values());
    }

    @Override
    public void putObject(ObjectAnnotation object) {
        objects.put(object.id(), object);
    }

    @Override
    public void removeObject(ObjectId id) {
        if (objects.remove(id) == null) {
            throw new IllegalStateException("no object " + id + " to remove");
        }
    }

    @Override
    public Optional<PointLabels> pointLabels(String frameId) {
        PointLabels p = labels.get(frameId);
        return p == null ? Optional.empty() : Optional.of(p.copy());
    }

    @Override
    public void putPointLabels(String frameId, PointLabels pointLabels) {
        labels.put(frameId, pointLabels.copy());
    }

    @Override
    public void edit(EditRecord record, Runnable change) {
        if (inEdit) {
            change.run();
            return;
        }
        Map<ObjectId, ObjectAnnotation> savedObjects = new TreeMap<>(objects);
        Map<String, PointLabels> savedLabels = new HashMap<>(labels);
        inEdit = true;
        try {
            change.run();
        } catch (RuntimeException | Error e) {
            objects = savedObjects;
            labels = savedLabels;
            throw e;
        } finally {
            inEdit = false;
        }
    }
}
