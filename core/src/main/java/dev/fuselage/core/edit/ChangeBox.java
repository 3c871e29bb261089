package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.geometry.Cuboid;

import java.util.Objects;
import java.util.Set;

/** Moves, resizes or turns a box: holds the old and the new cuboid. */
public record ChangeBox(ObjectId id, String frameId, Cuboid oldBox, Cuboid newBox) implements Command {
    public ChangeBox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(oldBox, "oldBox");
        Objects.requireNonNull(newBox, "newBox");
    }

    /** Changes the object's box from what it is now in the model to {@code newBox}. */
    public static ChangeBox to(AnnotationModel model, ObjectId id, Cuboid newBox) {
        ObjectAnnotation o = model.requireObject(id);
        return new ChangeBox(id, o.frameId(), o.box(), newBox);
    }

    @Override
    public void apply(AnnotationModel model) {
        model.putObject(model.requireObject(id).withBox(newBox));
    }

    @Override
    public void revert(AnnotationModel model) {
        model.putObject(model.requireObject(id).withBox(oldBox));
    }

    @Override
    public String description() {
        return "Change box";
    }

    @Override
    public Set<String> frameIds() {
        return Set.of(frameId);
    }
}
