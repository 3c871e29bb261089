package dev.fuselage.app.ui.workspace.camera;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.project.CuboidProjection;
import dev.fuselage.fusion.project.CuboidProjector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The cuboids of the current frame projected into one camera, re-projected after every box change (a few
 * microseconds a box, so edits and drag previews move their projection live), and the click hit test. The
 * projection buffers are kept and reused. Not thread-safe: the JavaFX thread owns it.
 */
public final class BoxOverlay {
    /** How close (pixels of the image) a click must come to an edge when it is inside no box. */
    public static final double EDGE_TOLERANCE_PX = 6;

    private final CuboidProjector projector;
    private final List<CuboidProjection> buffers = new ArrayList<>();
    private List<ProjectedBox> boxes = List.of();

    public BoxOverlay(CameraModel camera) {
        this.projector = new CuboidProjector(camera);
    }

    public CameraModel camera() {
        return projector.camera();
    }

    /**
     * Projects the objects; the selected one at {@code preview} when a drag previews it.
     *
     * @param selected   the selected object, or null
     * @param preview    the selected object's box during a drag, or null
     * @param classColor opaque ARGB of a class
     * @return the boxes that reach the image, in the objects' order
     */
    public List<ProjectedBox> project(List<ObjectAnnotation> objects, ObjectId selected, Cuboid preview,
                                      ToIntFunction<String> classColor) {
        List<ProjectedBox> out = new ArrayList<>(objects.size());
        for (ObjectAnnotation o : objects) {
            boolean isSelected = o.id().equals(selected);
            Cuboid box = isSelected && preview != null ? preview : o.box();
            if (buffers.size() <= out.size()) {
                buffers.add(new CuboidProjection());
            }
            CuboidProjection p = projector.project(box, buffers.get(out.size()));
            if (p.hasBox()) {
                out.add(new ProjectedBox(o.id(), o.className(), classColor.applyAsInt(o.className()), isSelected, p));
            }
        }
        boxes = List.copyOf(out);
        return boxes;
    }

    /** The boxes of the last {@link #project}. */
    public List<ProjectedBox> boxes() {
        return boxes;
    }

    /**
     * The object under image pixel {@code (u, v)}: among the boxes whose projected outline (the convex hull of
     * their visible edges) holds the pixel, the nearest to the camera; else the box with an edge within
     * {@link #EDGE_TOLERANCE_PX}; else none.
     */
    public Optional<ObjectId> hit(double u, double v) {
        ProjectedBox best = null;
        for (ProjectedBox b : boxes) {
            if (insideOutline(b.projection(), u, v)
                    && (best == null || b.projection().centreDepth() < best.projection().centreDepth())) {
                best = b;
            }
        }
        if (best != null) {
            return Optional.of(best.id());
        }
        double bestDistance = EDGE_TOLERANCE_PX;
        for (ProjectedBox b : boxes) {
            double d = edgeDistance(b.projection(), u, v);
            if (d <= bestDistance) {
                bestDistance = d;
                best = b;
            }
        }
        return Optional.ofNullable(best).map(ProjectedBox::id);
    }

    /** Whether the pixel lies in the convex hull of the box's projected segment ends. */
    static boolean insideOutline(CuboidProjection p, double u, double v) {
        if (u < p.boxLeft() || u > p.boxRight() || v < p.boxTop() || v > p.boxBottom()) {
            return false; // outside the 2D box (itself clipped to the image)
        }
        double[] hull = hull(p);
        int n = hull.length / 2;
        if (n < 3) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double cross = (hull[2 * j] - hull[2 * i]) * (v - hull[2 * i + 1])
                    - (hull[2 * j + 1] - hull[2 * i + 1]) * (u - hull[2 * i]);
            if (cross < 0) {
                return false; // right of a hull edge: outside (the chain keeps the inside on the left of each edge)
            }
        }
        return true;
    }

    /** Convex hull (Andrew's monotone chain) of the segment end points, as u, v pairs, each edge
     * turning the same way (the inside on the left of every edge in u, v coordinates). */
    static double[] hull(CuboidProjection p) {
        int m = p.segmentCount() * 2;
        double[] s = p.segments();
        Integer[] order = new Integer[m]; // a click, not a frame: a few dozen boxed indices are fine
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> s[2 * a] != s[2 * b] ? Double.compare(s[2 * a], s[2 * b])
                : Double.compare(s[2 * a + 1], s[2 * b + 1]));
        int[] h = new int[2 * m + 1];
        int k = 0;
        for (int i = 0; i < m; i++) {
            while (k >= 2 && cross(s, h[k - 2], h[k - 1], order[i]) <= 0) {
                k--;
            }
            h[k++] = order[i];
        }
        for (int i = m - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(s, h[k - 2], h[k - 1], order[i]) <= 0) {
                k--;
            }
            h[k++] = order[i];
        }
        int n = Math.max(0, k - 1);
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = s[2 * h[i]];
            out[2 * i + 1] = s[2 * h[i] + 1];
        }
        return out;
    }

    private static double cross(double[] s, int o, int a, int b) {
        return (s[2 * a] - s[2 * o]) * (s[2 * b + 1] - s[2 * o + 1])
                - (s[2 * a + 1] - s[2 * o + 1]) * (s[2 * b] - s[2 * o]);
    }

    /** Distance from the pixel to the nearest projected edge segment. */
    static double edgeDistance(CuboidProjection p, double u, double v) {
        double best = Double.POSITIVE_INFINITY;
        double[] s = p.segments();
        for (int i = 0; i < p.segmentCount(); i++) {
            double x0 = s[4 * i], y0 = s[4 * i + 1], x1 = s[4 * i + 2], y1 = s[4 * i + 3];
            double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
            double t = len2 > 0 ? Math.max(0, Math.min(1, ((u - x0) * dx + (v - y0) * dy) / len2)) : 0;
            best = Math.min(best, Math.hypot(u - (x0 + t * dx), v - (y0 + t * dy)));
        }
        return best;
    }
}
