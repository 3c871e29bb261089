package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import java.util.List;

/**
 * The boxes of one track in the checked frames, in sequence order.
 *
 * @param track     the track
 * @param boxes     its boxes, ordered by frame position (two boxes share a position when the track is duplicated)
 * @param positions each box's frame position in the sequence, index for index
 * @param frameIds  the sequence's frame ids, by position (to name the frames of a gap)
 */
record TrackHistory(TrackId track, List<ObjectAnnotation> boxes, int[] positions, List<String> frameIds) {
}
