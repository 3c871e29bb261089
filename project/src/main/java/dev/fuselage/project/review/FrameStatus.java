package dev.fuselage.project.review;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.project.store.ReviewDecision;
import java.util.List;
import java.util.Optional;

/**
 * Where a frame stands, as the reviewer's timeline colours it. A verdict decides first: a frame is
 * {@link #REJECTED} when it or any of its objects is rejected or sent back, {@link #ACCEPTED} when the frame is
 * accepted; otherwise its boxes tell: none is {@link #UNLABELED}, only unconfirmed pre-labels is
 * {@link #PRE_LABELED}, some unconfirmed pre-labels left is {@link #IN_PROGRESS}, and every box made, imported or
 * confirmed by a person is {@link #DONE}.
 */
public enum FrameStatus {
    UNLABELED,
    PRE_LABELED,
    IN_PROGRESS,
    DONE,
    ACCEPTED,
    REJECTED;

    /**
     * The status of one frame.
     *
     * @param objects   its boxes
     * @param decisions the verdicts on it and on its objects
     */
    public static FrameStatus of(List<ObjectAnnotation> objects, List<ReviewDecision> decisions) {
        Optional<ReviewDecision> frame = decisions.stream().filter(d -> d.objectId().isEmpty()).findFirst();
        boolean rejected = decisions.stream().anyMatch(d -> d.status() == ReviewStatus.REJECTED
                || d.status() == ReviewStatus.NEEDS_WORK);
        if (rejected) {
            return REJECTED;
        }
        if (frame.isPresent() && frame.get().status() == ReviewStatus.ACCEPTED) {
            return ACCEPTED;
        }
        if (objects.isEmpty()) {
            return UNLABELED;
        }
        long open = objects.stream().filter(o -> o.source() == Source.PRE_LABEL && !o.confirmed()).count();
        if (open == objects.size()) {
            return PRE_LABELED;
        }
        return open > 0 ? IN_PROGRESS : DONE;
    }
}
