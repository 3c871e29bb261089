package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;

import java.util.Objects;
import java.util.Set;

/** Changes an object's ontology class. */
public record ChangeClass(ObjectId id, String frameId, String oldClass, String newClass) implements Command {
    public ChangeClass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(oldClass, "oldClass");
        Objects.requireNonNull(newClass, "newClass");
    }

    public static ChangeClass to(AnnotationModel model, ObjectId id, String newClass) {
        ObjectAnnotation o = model.requireObject(id);
        return new ChangeClass(id, o.frameId(), o.className(), newClass);
    }

    @Override
    public void apply(AnnotationModel model) {
        model.putObject(model.requireObject(id).withClassName(newClass));
    }

    @Override
    public void revert(AnnotationModel model) {
        model.putObject(model.requireObject(id).withClassName(oldClass));
    }

    @Override
    public String description() {
        return "Change class to " + newClass;
    }

    @Override
    public Set<String> frameIds() {
        return Set.of(frameId);
    }
}
