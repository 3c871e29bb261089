package dev.fuselage.project.dataset.kitti;

import dev.fuselage.project.dataset.ProjectedBox;
import java.util.List;

/**
 * Estimates how much of an object's 2D box nearer objects hide: the fraction of a 16 x 16 grid of sample points in
 * the box that fall inside the box of any object with a smaller camera depth. A box is a coarse stand-in for the
 * silhouette, which is what KITTI's annotators judged; it is used only when no occlusion attribute is set.
 */
final class Occlusion {
    private static final int GRID = 16;

    private Occlusion() {
    }

    /** Covered fraction of box {@code index}'s area, in [0, 1]; null entries are invisible boxes. */
    static double coveredFraction(int index, List<ProjectedBox> boxes) {
        ProjectedBox b = boxes.get(index);
        int covered = 0;
        for (int i = 0; i < GRID; i++) {
            double u = b.left() + (i + 0.5) * b.width() / GRID;
            for (int j = 0; j < GRID; j++) {
                double v = b.top() + (j + 0.5) * b.height() / GRID;
                if (hiddenAt(u, v, b.depth(), index, boxes)) {
                    covered++;
                }
            }
        }
        return covered / (double) (GRID * GRID);
    }

    private static boolean hiddenAt(double u, double v, double depth, int self, List<ProjectedBox> boxes) {
        for (int k = 0; k < boxes.size(); k++) {
            ProjectedBox o = boxes.get(k);
            if (k != self && o != null && o.depth() < depth
                    && u >= o.left() && u <= o.right() && v >= o.top() && v <= o.bottom()) {
                return true;
            }
        }
        return false;
    }
}
