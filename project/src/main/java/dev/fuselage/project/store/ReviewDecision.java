package dev.fuselage.project.store;

import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.ReviewStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer's verdict on a frame or on one object of it, with the reason (a rejection says what to fix).
 *
 * @param frameId  the frame
 * @param objectId the object, or empty for the whole frame
 * @param status   the verdict
 * @param reason   why; empty when none was given
 * @param reviewer who gave it, if known
 */
public record ReviewDecision(String frameId, Optional<ObjectId> objectId, ReviewStatus status, String reason,
                             Optional<String> reviewer) {
    public ReviewDecision {
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reviewer, "reviewer");
    }

    /** A verdict on one object ({@code objectId} null: on the frame). */
    public static ReviewDecision of(String frameId, ObjectId objectId, ReviewStatus status, String reason,
                                    String reviewer) {
        return new ReviewDecision(frameId, Optional.ofNullable(objectId), status, reason == null ? "" : reason,
                Optional.ofNullable(reviewer));
    }
}
