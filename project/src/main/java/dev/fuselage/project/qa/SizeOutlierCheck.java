package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.SizePrior;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Box sizes far off what they should be: against the class's size prior (a dimension beyond
 * {@link QaSettings#priorFactor()} either way, as an info, since real objects vary) and against the track's own
 * mean (a dimension off by more than {@link QaSettings#trackSizeTolerance()}, as a warning, since one object keeps
 * its size), SUSTechPOINTS' "size off the track's mean".
 */
final class SizeOutlierCheck implements TrackCheck {
    private static final String[] DIMENSIONS = {"length", "width", "height"};

    private final Ontology ontology;
    private final QaSettings settings;

    SizeOutlierCheck(Ontology ontology, QaSettings settings) {
        this.ontology = ontology;
        this.settings = settings;
    }

    @Override
    public void check(TrackHistory track, List<Finding> out) {
        List<ObjectAnnotation> boxes = track.boxes();
        double[] mean = new double[3];
        for (ObjectAnnotation o : boxes) {
            for (int d = 0; d < 3; d++) {
                mean[d] += size(o.box(), d) / boxes.size();
            }
        }
        boolean useMean = boxes.size() >= settings.trackMinBoxes();
        for (ObjectAnnotation o : boxes) {
            String prior = priorProblem(o);
            if (prior != null) {
                out.add(Finding.of(FindingKind.SIZE_OUTLIER, Severity.INFO, o, prior));
                continue;
            }
            if (!useMean) {
                continue;
            }
            for (int d = 0; d < 3; d++) {
                double off = Math.abs(size(o.box(), d) - mean[d]) / mean[d];
                if (off > settings.trackSizeTolerance()) {
                    out.add(Finding.of(FindingKind.SIZE_OUTLIER, Severity.WARNING, o, String.format(Locale.ROOT,
                            "%s %s: %s %.2f m is %.0f%% off the track's mean %.2f m", o.className(), o.trackId(),
                            DIMENSIONS[d], size(o.box(), d), off * 100, mean[d])));
                    break;
                }
            }
        }
    }

    private String priorProblem(ObjectAnnotation o) {
        Optional<SizePrior> prior = ontology.find(o.className()).flatMap(LabelClass::sizePrior);
        if (prior.isEmpty()) {
            return null;
        }
        double[] p = {prior.get().length(), prior.get().width(), prior.get().height()};
        for (int d = 0; d < 3; d++) {
            double ratio = size(o.box(), d) / p[d];
            if (ratio > settings.priorFactor() || ratio < 1 / settings.priorFactor()) {
                return String.format(Locale.ROOT, "%s %s: %s %.2f m is %.2f times the class prior %.2f m",
                        o.className(), o.trackId(), DIMENSIONS[d], size(o.box(), d), ratio, p[d]);
            }
        }
        return null;
    }

    private static double size(Cuboid b, int d) {
        return d == 0 ? b.length() : d == 1 ? b.width() : b.height();
    }
}
