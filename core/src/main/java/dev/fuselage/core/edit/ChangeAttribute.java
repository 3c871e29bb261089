package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;

import java.util.Objects;
import java.util.Set;

/**
 * Sets, changes or removes one attribute of an object. A null old value means the attribute was absent; a null
 * new value removes it.
 */
public record ChangeAttribute(ObjectId id, String frameId, String name, Object oldValue, Object newValue)
        implements Command {
    public ChangeAttribute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(name, "name");
        oldValue = oldValue == null ? null : ObjectAnnotation.checkValue(name, oldValue);
        newValue = newValue == null ? null : ObjectAnnotation.checkValue(name, newValue);
    }

    public static ChangeAttribute to(AnnotationModel model, ObjectId id, String name, Object newValue) {
        ObjectAnnotation o = model.requireObject(id);
        return new ChangeAttribute(id, o.frameId(), name, o.attributes().get(name), newValue);
    }

    @Override
    public void apply(AnnotationModel model) {
        model.putObject(model.requireObject(id).withAttribute(name, newValue));
    }

    @Override
    public void revert(AnnotationModel model) {
        model.putObject(model.requireObject(id).withAttribute(name, oldValue));
    }

    @Override
    public String description() {
        return newValue == null ? "Remove " + name : "Set " + name;
    }

    @Override
    public Set<String> frameIds() {
        return Set.of(frameId);
    }
}
