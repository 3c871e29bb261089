package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.TrackId;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem an automatic check found.
 *
 * @param kind     which check found it
 * @param severity how much it matters
 * @param frameId  the frame it is in
 * @param track    the object's track, empty for a problem of the frame as a whole
 * @param objectId the object's id, for jumping to it in the app; empty when the finding names no single box
 * @param message  what is wrong, with the numbers that made the check fire
 */
public record Finding(FindingKind kind, Severity severity, String frameId, Optional<TrackId> track,
                      Optional<ObjectId> objectId, String message) {
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(message, "message");
    }

    /** A finding about one box. */
    public static Finding of(FindingKind kind, Severity severity, ObjectAnnotation o,
                             String message) {
        return new Finding(kind, severity, o.frameId(), Optional.of(o.trackId()), Optional.of(o.id()), message);
    }

    /** A finding about a track in a frame where it has no box (a gap). */
    public static Finding ofTrack(FindingKind kind, Severity severity, String frameId, TrackId track,
                                  String message) {
        return new Finding(kind, severity, frameId, Optional.of(track), Optional.empty(), message);
    }
}
