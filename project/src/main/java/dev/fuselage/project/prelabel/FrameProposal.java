package dev.fuselage.project.prelabel;

import dev.fuselage.ai.PreLabel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pre-labeler proposes for one frame, before anything is added to the project.
 *
 * @param frameId the frame
 * @param labels  the proposals, best first
 * @param skipped why the frame was not pre-labeled (it has no cloud in the project's sources); empty when it was
 */
public record FrameProposal(String frameId, List<PreLabel> labels, Optional<String> skipped) {
    public FrameProposal {
        Objects.requireNonNull(frameId, "frameId");
        labels = List.copyOf(labels);
        Objects.requireNonNull(skipped, "skipped");
    }

    /** A frame that could not be pre-labeled, and why. */
    public static FrameProposal skipped(String frameId, String why) {
        return new FrameProposal(frameId, List.of(), Optional.of(why));
    }
}
