package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.ObjectAnnotation;

import java.util.Objects;
import java.util.Set;

/** Adds a new object. */
public record AddObject(ObjectAnnotation object) implements Command {
    public AddObject {
        Objects.requireNonNull(object, "object");
    }

    @Override
    public void apply(AnnotationModel model) {
        if (model.object(object.id()).isPresent()) {
            throw new IllegalStateException("object " + object.id() + " already exists");
        }
        model.putObject(object);
    }

    @Override
    public void revert(AnnotationModel model) {
        model.removeObject(object.id());
    }

    @Override
    public String description() {
        return "Add " + object.className() + " " + object.trackId();
    }

    @Override
    public Set<String> frameIds() {
        return Set.of(object.frameId());
    }
}
