package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.PointLabels;

import java.util.List;
import java.util.Optional;

/**
 * The annotations that commands act on. The project store implements it so that every change is persisted as it
 * is made; {@link MemoryAnnotationModel} implements it in memory (tests, scratch work).
 *
 * <p>Values handed out are snapshots: changing a returned {@link PointLabels} changes nothing until it is put back.
 */
public interface AnnotationModel {

    /** The object with this id, in whatever frame it is. */
    Optional<ObjectAnnotation> object(ObjectId id);

    /** The objects of one frame, ordered by id. */
    List<ObjectAnnotation> objects(String frameId);

    /** Inserts the object, or replaces the one with the same id. */
    void putObject(ObjectAnnotation object);

    /** Removes the object; removing an absent object is an error, since it means the history is out of step. */
    void removeObject(ObjectId id);

    /** The point labels of a frame, if it has any (a copy). */
    Optional<PointLabels> pointLabels(String frameId);

    /** Stores the point labels of a frame, replacing any. */
    void putPointLabels(String frameId, PointLabels labels);

    /**
     * Runs {@code change} (a command's apply or revert) as one edit: all of it or nothing of it happens, and a
     * persistent model has made it durable before this returns. The default just runs it.
     */
    default void edit(EditRecord record, Runnable change) {
        change.run();
    }

    /** The object with this id, or an {@link IllegalStateException} naming it. */
    default ObjectAnnotation requireObject(ObjectId id) {
        return object(id).orElseThrow(() -> new IllegalStateException("no object " + id + " in the annotations"));
    }
}
