package dev.fuselage.project.prelabel;

import dev.fuselage.ai.track.KeyframeInterpolation;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.edit.AddObject;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.CompoundCommand;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.project.store.AnnotationStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Fills the gaps of a track: every box of the track is a keyframe, and each frame between two keyframes that has no
 * box of the track gets one interpolated in lidar coordinates (centre and size linear, yaw the short way; see
 * {@link KeyframeInterpolation}). The new boxes are machine-made: source pre-label, unconfirmed, no score, so they
 * are drawn dashed until accepted.
 */
public final class TrackInterpolation {
    private TrackInterpolation() {
    }

    /**
     * The one undoable edit that fills the gaps of {@code track}; empty when it has none.
     *
     * @param frames the project's frames in sequence order (what "between" means)
     */
    public static Optional<Command> fillGaps(AnnotationStore store, List<String> frames, TrackId track) {
        TreeMap<Integer, ObjectAnnotation> keys = new TreeMap<>();
        for (ObjectAnnotation o : store.track(track)) {
            int i = frames.indexOf(o.frameId());
            if (i >= 0) {
                keys.put(i, o);
            }
        }
        List<Command> parts = new ArrayList<>();
        Map.Entry<Integer, ObjectAnnotation> previous = null;
        for (Map.Entry<Integer, ObjectAnnotation> k : keys.entrySet()) {
            if (previous != null && k.getKey() - previous.getKey() > 1) {
                ObjectAnnotation a = previous.getValue();
                for (Map.Entry<Integer, Cuboid> f : KeyframeInterpolation.fill(previous.getKey(), a.box(), k.getKey(),
                        k.getValue().box()).entrySet()) {
                    parts.add(new AddObject(new ObjectAnnotation(ObjectId.random(), frames.get(f.getKey()), track,
                            a.className(), a.attributes(), f.getValue(), Source.PRE_LABEL, false)));
                }
            }
            previous = k;
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CompoundCommand("Interpolate " + keys.firstEntry().getValue().className() + " "
                + track + " (" + parts.size() + (parts.size() == 1 ? " box)" : " boxes)"), parts));
    }
}
