package dev.fuselage.io.kitti;

import java.util.Objects;

/**
 * One line of a KITTI tracking label file ({@code label_02/SSSS.txt}): the frame index within the sequence, the
 * track id ({@code -1} for DontCare regions) and the object fields as in an object label. In tracking files
 * {@code truncated} is an integer level (0 not, 1 partly, 2 largely truncated), {@code -1} for DontCare.
 *
 * @param frame   frame index in the sequence
 * @param trackId track id, {@code -1} for DontCare
 * @param label   the object fields
 */
public record KittiTrackingLabel(int frame, long trackId, KittiLabel label) {
    public KittiTrackingLabel {
        Objects.requireNonNull(label, "label");
        if (frame < 0) {
            throw new IllegalArgumentException("frame must not be negative: " + frame);
        }
    }
}
