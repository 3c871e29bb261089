package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.TrackId;

import java.util.Objects;
import java.util.Set;

/** Moves an object to another track (merging or splitting tracks is a compound of these). */
public record ChangeTrack(ObjectId id, String frameId, TrackId oldTrack, TrackId newTrack) implements Command {
    public ChangeTrack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(oldTrack, "oldTrack");
        Objects.requireNonNull(newTrack, "newTrack");
    }

    public static ChangeTrack to(AnnotationModel model, ObjectId id, TrackId newTrack) {
        ObjectAnnotation o = model.requireObject(id);
        return new ChangeTrack(id, o.frameId(), o.trackId(), newTrack);
    }

    @Override
    public void apply(AnnotationModel model) {
        model.putObject(model.requireObject(id).withTrackId(newTrack));
    }

    @Override
    public void revert(AnnotationModel model) {
        model.putObject(model.requireObject(id).withTrackId(oldTrack));
    }

    @Override
    public String description() {
        return "Change track to " + newTrack;
    }

    @Override
    public Set<String> frameIds() {
        return Set.of(frameId);
    }
}
