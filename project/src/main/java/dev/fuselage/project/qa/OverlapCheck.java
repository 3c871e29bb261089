package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.project.compare.BoxIou;
import java.util.List;
import java.util.Locale;

/**
 * Pairs of boxes in one frame whose 3D IoU exceeds the threshold: one object labelled twice, or a misplaced box.
 * Each pair is reported once, on the box with the higher track id.
 */
final class OverlapCheck implements FrameCheck {
    private final double threshold;
    private final BoxIou iou = new BoxIou();

    OverlapCheck(QaSettings settings) {
        this.threshold = settings.overlapIou();
    }

    @Override
    public void check(QaFrame frame, List<Finding> out) {
        List<ObjectAnnotation> objects = frame.objects();
        for (int i = 0; i < objects.size(); i++) {
            for (int j = i + 1; j < objects.size(); j++) {
                // reported on the box of the higher track, usually the later one: the likely duplicate
                boolean firstLater = objects.get(i).trackId().compareTo(objects.get(j).trackId()) > 0;
                ObjectAnnotation a = firstLater ? objects.get(i) : objects.get(j);
                ObjectAnnotation b = firstLater ? objects.get(j) : objects.get(i);
                double v = iou.iou3d(a.box(), b.box());
                if (v > threshold) {
                    out.add(Finding.of(FindingKind.OVERLAP, Severity.WARNING, a, String.format(Locale.ROOT,
                            "%s %s overlaps %s %s: 3D IoU %.2f", a.className(), a.trackId(), b.className(),
                            b.trackId(), v)));
                }
            }
        }
    }
}
