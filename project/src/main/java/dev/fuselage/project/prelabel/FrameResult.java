package dev.fuselage.project.prelabel;

import dev.fuselage.core.annotation.ObjectAnnotation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What pre-labeling changed in one frame (one undoable edit, or none).
 *
 * @param frameId    the frame
 * @param added      the pre-labels added
 * @param replaced   how many earlier unconfirmed pre-labels of the frame the new ones replaced
 * @param duplicates how many proposals were dropped because a kept box already stands there
 * @param skipped    why the frame was not pre-labeled; empty when it was
 */
public record FrameResult(String frameId, List<ObjectAnnotation> added, int replaced, int duplicates,
                          Optional<String> skipped) {
    public FrameResult {
        Objects.requireNonNull(frameId, "frameId");
        added = List.copyOf(added);
        Objects.requireNonNull(skipped, "skipped");
    }
}
