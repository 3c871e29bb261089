package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Boxes holding fewer lidar points than the project's minimum: placed beside their object, or on nothing. */
final class EmptyBoxCheck implements FrameCheck {
    private final int minPoints;

    EmptyBoxCheck(QaSettings settings) {
        this.minPoints = settings.minPoints();
    }

    @Override
    public void check(QaFrame frame, List<Finding> out) throws IOException {
        if (frame.objects().isEmpty()) {
            return;
        }
        Optional<CloudGrid> cloud = frame.grid();
        if (cloud.isEmpty()) {
            return;
        }
        for (ObjectAnnotation o : frame.objects()) {
            int inside = PointsInBox.count(cloud.get(), o.box());
            if (inside < minPoints) {
                out.add(Finding.of(FindingKind.EMPTY_BOX, Severity.WARNING, o, o.className() + " " + o.trackId()
                        + " holds " + inside + " point" + (inside == 1 ? "" : "s") + " (minimum " + minPoints + ")"));
            }
        }
    }
}
