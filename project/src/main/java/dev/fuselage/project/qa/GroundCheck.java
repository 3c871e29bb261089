package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Boxes whose bottom is off the local ground: {@code floating} above it, {@code sunk} below it. The ground is a
 * low quantile of the points in a ring around the footprint ({@link PointsInBox#groundAround}); where the ring
 * holds too few points (far away, or no data) nothing is said.
 */
final class GroundCheck implements FrameCheck {
    private final QaSettings settings;
    private final double[][] scratch = {new double[256]};

    GroundCheck(QaSettings settings) {
        this.settings = settings;
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
            double ground = PointsInBox.groundAround(cloud.get(), o.box(), settings.groundRing(),
                    settings.groundMinPoints(), settings.groundQuantile(), scratch);
            if (Double.isNaN(ground)) {
                continue;
            }
            double gap = o.box().cz() - o.box().height() / 2 - ground;
            if (gap > settings.floatingMetres()) {
                out.add(Finding.of(FindingKind.FLOATING, Severity.WARNING, o, String.format(Locale.ROOT,
                        "%s %s: bottom %.2f m above the local ground", o.className(), o.trackId(), gap)));
            } else if (-gap > settings.sunkMetres()) {
                out.add(Finding.of(FindingKind.SUNK, Severity.WARNING, o, String.format(Locale.ROOT,
                        "%s %s: bottom %.2f m below the local ground", o.className(), o.trackId(), -gap)));
            }
        }
    }
}
