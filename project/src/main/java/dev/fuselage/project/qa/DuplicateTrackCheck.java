package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One track with two or more boxes in the same frame: an identity can only be in one place. */
final class DuplicateTrackCheck implements FrameCheck {
    @Override
    public void check(QaFrame frame, List<Finding> out) {
        Map<TrackId, Integer> seen = new HashMap<>();
        for (ObjectAnnotation o : frame.objects()) {
            seen.merge(o.trackId(), 1, Integer::sum);
        }
        for (ObjectAnnotation o : frame.objects()) {
            int n = seen.getOrDefault(o.trackId(), 0);
            if (n > 1) {
                out.add(Finding.of(FindingKind.DUPLICATE_TRACK, Severity.ERROR, o,
                        "track " + o.trackId() + " has " + n + " boxes in frame " + frame.frameId()));
                seen.put(o.trackId(), 0);
            }
        }
    }
}
