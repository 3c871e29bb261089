package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;

import java.util.Objects;
import java.util.Set;

/** Deletes an object; holds the whole object so undo brings it back unchanged. */
public record DeleteObject(ObjectAnnotation object) implements Command {
    public DeleteObject {
        Objects.requireNonNull(object, "object");
    }

    /** Deletes the object as it is now in the model. */
    public static DeleteObject of(AnnotationModel model, ObjectId id) {
        return new DeleteObject(model.requireObject(id));
    }

    @Override
    public void apply(AnnotationModel model) {
        model.removeObject(object.id());
    }

    @Override
    public void revert(AnnotationModel model) {
        model.putObject(object);
    }

    @Override
    public String description() {
        return "Delete " + object.className() + " " + object.trackId();
    }

    @Override
    public Set<String> frameIds() {
        return Set.of(object.frameId());
    }
}
