package dev.fuselage.project.review;

import dev.fuselage.core.edit.AnnotationModel;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.project.store.ReviewBook;
import dev.fuselage.project.store.ReviewDecision;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Accepts or rejects a frame or an object (with a reason), or takes a verdict back: the verdict before and after,
 * so undo restores exactly the earlier one, or none.
 *
 * @param book   the project's review state
 * @param frameId the frame
 * @param objectId the object, or empty for the frame
 * @param before the verdict before, if any
 * @param after  the verdict after, or empty to clear it
 */
public record Decide(ReviewBook book, String frameId, Optional<ObjectId> objectId, Optional<ReviewDecision> before,
                     Optional<ReviewDecision> after) implements Command {
    public Decide {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** A command that records {@code decision}, replacing what the book holds now. */
    public static Decide to(ReviewBook book, ReviewDecision decision) {
        return new Decide(book, decision.frameId(), decision.objectId(),
                book.decision(decision.frameId(), decision.objectId().orElse(null)), Optional.of(decision));
    }

    @Override
    public void apply(AnnotationModel model) {
        set(after);
    }

    @Override
    public void revert(AnnotationModel model) {
        set(before);
    }

    private void set(Optional<ReviewDecision> d) {
        if (d.isPresent()) {
            book.decide(d.get());
        } else {
            book.clear(frameId, objectId.orElse(null));
        }
    }

    @Override
    public String description() {
        String what = objectId.isPresent() ? "object" : "frame " + frameId;
        return after.map(d -> switch (d.status()) {
            case ACCEPTED -> "Accept " + what;
            case REJECTED -> "Reject " + what;
            case NEEDS_WORK -> "Send back " + what;
            case UNREVIEWED -> "Unreview " + what;
        }).orElse("Clear review of " + what);
    }

    @Override
    public Set<String> frameIds() {
        return Set.of(frameId);
    }
}
