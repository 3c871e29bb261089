package dev.fuselage.project.store;

import dev.fuselage.core.annotation.ReviewStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the review table, for listing and export.
 *
 * @param frameId  the frame
 * @param objectId the object's id text, or empty for the review of the whole frame
 * @param status   the verdict
 * @param reviewer who gave it, if known
 */
public record ReviewEntry(String frameId, Optional<String> objectId, ReviewStatus status, Optional<String> reviewer) {
    public ReviewEntry {
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reviewer, "reviewer");
    }
}
