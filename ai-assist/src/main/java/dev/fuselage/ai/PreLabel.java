package dev.fuselage.ai;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One machine-made box: what a {@link PreLabeler} proposes for a frame.
 *
 * @param className ontology class
 * @param box       the cuboid in the frame's lidar coordinates
 * @param score     confidence, 0–1 (the detector's score; for geometric pre-labels how well the cluster's size
 *                  matches the class)
 */
public record PreLabel(String className, Cuboid box, double score) {
    public PreLabel {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(box, "box");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in 0..1: " + score);
        }
    }

    /**
     * The annotation to add: source {@link Source#PRE_LABEL}, unconfirmed until an annotator accepts it. The score
     * goes with it (exports write it, e.g. KITTI's 16th column).
     */
    public ObjectAnnotation toAnnotation(String frameId, TrackId track) {
        return new ObjectAnnotation(ObjectId.random(), frameId, track, className, Map.of(), box, Source.PRE_LABEL,
                false, OptionalDouble.of(score));
    }
}
