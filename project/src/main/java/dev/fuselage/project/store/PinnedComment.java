package dev.fuselage.project.store;

import dev.fuselage.core.annotation.Comment;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A comment as the review shows it: on a frame, on an object, or pinned to a 3D position in the frame (lidar
 * frame, metres), like Xtreme1's issue pins.
 *
 * @param comment the comment (its object, author, text, resolved flag)
 * @param pin     the 3D position it is pinned to, if any
 */
public record PinnedComment(Comment comment, Optional<Pin> pin) {
    public PinnedComment {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(pin, "pin");
    }

    /**
     * A 3D position in a frame's lidar coordinates.
     *
     * @param x metres forward
     * @param y metres left
     * @param z metres up
     */
    public record Pin(double x, double y, double z) {
        public Pin {
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
                throw new IllegalArgumentException("a pin needs a finite position: " + x + ", " + y + ", " + z);
            }
        }
    }

    public UUID id() {
        return comment.id();
    }

    public String frameId() {
        return comment.frameId();
    }

    /** The same comment, resolved or reopened. */
    public PinnedComment withResolved(boolean resolved) {
        return new PinnedComment(comment.withResolved(resolved), pin);
    }
}
