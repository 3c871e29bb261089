package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;

import java.util.Objects;
import java.util.Set;

/** Confirms an object (typically a pre-label) or takes the confirmation back. */
public record SetConfirmed(ObjectId id, String frameId, boolean oldConfirmed, boolean newConfirmed)
        implements Command {
    public SetConfirmed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frameId, "frameId");
    }

    public static SetConfirmed to(AnnotationModel model, ObjectId id, boolean confirmed) {
        ObjectAnnotation o = model.requireObject(id);
        return new SetConfirmed(id, o.frameId(), o.confirmed(), confirmed);
    }

    @Override
    public void apply(AnnotationModel model) {
        model.putObject(model.requireObject(id).withConfirmed(newConfirmed));
    }

    @Override
    public void revert(AnnotationModel model) {
        model.putObject(model.requireObject(id).withConfirmed(oldConfirmed));
    }

    @Override
    public String description() {
        return newConfirmed ? "Confirm" : "Unconfirm";
    }

    @Override
    public Set<String> frameIds() {
        return Set.of(frameId);
    }
}
