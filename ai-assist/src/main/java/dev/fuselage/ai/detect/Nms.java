package dev.fuselage.ai.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Greedy non-maximum suppression. */
final class Nms {
    private Nms() {
    }

    /** Best-first; a box is dropped when it overlaps a kept box of the same class by more than {@code iou}. */
    static List<Detection2D> perClass(List<Detection2D> detections, double iou) {
        List<Detection2D> sorted = new ArrayList<>(detections);
        sorted.sort(Comparator.comparingDouble(Detection2D::score).reversed());
        List<Detection2D> kept = new ArrayList<>();
        for (Detection2D d : sorted) {
            boolean suppressed = false;
            for (Detection2D k : kept) {
                if (k.classIndex() == d.classIndex() && k.box().iou(d.box()) > iou) {
                    suppressed = true;
                    break;
                }
            }
            if (!suppressed) {
                kept.add(d);
            }
        }
        return kept;
    }
}
