package dev.fuselage.ai;

import dev.fuselage.ai.geometry.BevIou;
import java.util.List;
import java.util.Locale;

/**
 * Pre-labels against KITTI labels, the way issue 12 counts them: recall over labeled Car/Van/Truck within
 * {@value #RANGE} m (a label is found when some pre-label matches it), precision over pre-labels within the same
 * range (one is right when its centre is within {@value #NEAR} m of any labeled object, else a false positive).
 */
public final class Scorecard {
    public static final double RANGE = 40, NEAR = 1.5;

    private int labels, found, predictions, right;

    /** Adds one frame; {@code bevIou} true matches by BEV IoU ≥ 0.5, false by centre distance ≤ 1.5 m. */
    public void add(KittiScene scene, List<PreLabel> pre, boolean bevIou) {
        for (KittiScene.Labeled l : scene.labels()) {
            if (!l.isVehicle() || l.distance() > RANGE) {
                continue;
            }
            labels++;
            boolean hit = pre.stream().anyMatch(p -> bevIou ? BevIou.of(p.box(), l.box()) >= 0.5
                    : centreDistance(p, l) <= NEAR);
            if (hit) {
                found++;
            }
        }
        for (PreLabel p : pre) {
            if (Math.hypot(p.box().cx(), p.box().cy()) > RANGE) {
                continue;
            }
            predictions++;
            if (scene.labels().stream().anyMatch(l -> centreDistance(p, l) <= NEAR)) {
                right++;
            }
        }
    }

    private static double centreDistance(PreLabel p, KittiScene.Labeled l) {
        return Math.hypot(p.box().cx() - l.box().cx(), p.box().cy() - l.box().cy());
    }

    public int labels() {
        return labels;
    }

    public double recall() {
        return labels == 0 ? 0 : (double) found / labels;
    }

    public double precision() {
        return predictions == 0 ? 0 : (double) right / predictions;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "recall %d/%d = %.2f, precision %d/%d = %.2f", found, labels, recall(),
                right, predictions, precision());
    }
}
