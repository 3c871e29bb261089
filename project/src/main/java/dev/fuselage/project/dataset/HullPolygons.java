package dev.fuselage.project.dataset;

import java.util.Arrays;

/**
 * Plane geometry for projected boxes: the convex hull of projected points and its clipping to the image
 * rectangle. Polygons are flat {@code x0, y0, x1, y1, ...} arrays.
 */
public final class HullPolygons {
    private HullPolygons() {
    }

    /** Convex hull (Andrew's monotone chain), counter-clockwise in y-up terms, without repeated points. */
    public static double[] convexHull(double[] points, int count) {
        if (count < 3) {
            return Arrays.copyOf(points, 2 * count);
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> points[2 * a] != points[2 * b]
                ? Double.compare(points[2 * a], points[2 * b]) : Double.compare(points[2 * a + 1], points[2 * b + 1]));
        int[] hull = new int[2 * count];
        int k = 0;
        for (int i = 0; i < count; i++) {
            while (k >= 2 && cross(points, hull[k - 2], hull[k - 1], order[i]) <= 0) {
                k--;
            }
            hull[k++] = order[i];
        }
        for (int i = count - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(points, hull[k - 2], hull[k - 1], order[i]) <= 0) {
                k--;
            }
            hull[k++] = order[i];
        }
        int n = Math.max(k - 1, 0);
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = points[2 * hull[i]];
            out[2 * i + 1] = points[2 * hull[i] + 1];
        }
        return out;
    }

    private static double cross(double[] p, int o, int a, int b) {
        return (p[2 * a] - p[2 * o]) * (p[2 * b + 1] - p[2 * o + 1])
                - (p[2 * a + 1] - p[2 * o + 1]) * (p[2 * b] - p[2 * o]);
    }

    /** A convex polygon clipped to {@code [0, width] x [0, height]} (Sutherland-Hodgman); empty when outside. */
    public static double[] clipToImage(double[] polygon, double width, double height) {
        double[] p = polygon;
        p = clip(p, 0, 0, true);
        p = clip(p, 0, width, false);
        p = clip(p, 1, 0, true);
        p = clip(p, 1, height, false);
        return p;
    }

    /** Keeps the part with coordinate {@code axis} >= limit ({@code lower}) or <= limit. */
    private static double[] clip(double[] p, int axis, double limit, boolean lower) {
        int n = p.length / 2;
        double[] out = new double[4 * n + 4];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double a = p[2 * i + axis];
            double b = p[2 * j + axis];
            boolean inA = lower ? a >= limit : a <= limit;
            boolean inB = lower ? b >= limit : b <= limit;
            if (inA) {
                out[k++] = p[2 * i];
                out[k++] = p[2 * i + 1];
            }
            if (inA != inB) {
                double t = (limit - a) / (b - a);
                out[k++] = p[2 * i] + t * (p[2 * j] - p[2 * i]);
                out[k++] = p[2 * i + 1] + t * (p[2 * j + 1] - p[2 * i + 1]);
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * The projected box of a set of projected points: hull clipped to the image, its bounds, and truncation as the
     * part of the unclipped bounds off the image. Empty when nothing lands on the image.
     */
    public static java.util.Optional<ProjectedBox> box(double[] points, int count, int width, int height,
                                                       double depth) {
        if (count == 0) {
            return java.util.Optional.empty();
        }
        double[] hull = convexHull(points, count);
        double[] clipped = clipToImage(hull, width, height);
        if (clipped.length < 6) {
            return java.util.Optional.empty();
        }
        double[] full = bounds(hull);
        double[] in = bounds(clipped);
        double fullArea = (full[2] - full[0]) * (full[3] - full[1]);
        double inArea = (in[2] - in[0]) * (in[3] - in[1]);
        if (!(inArea > 0)) {
            return java.util.Optional.empty();
        }
        double truncation = fullArea > 0 ? Math.max(0, Math.min(1, 1 - inArea / fullArea)) : 0;
        return java.util.Optional.of(new ProjectedBox(in[0], in[1], in[2], in[3], truncation, depth, clipped));
    }

    private static double[] bounds(double[] p) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (int i = 0; i < p.length; i += 2) {
            b[0] = Math.min(b[0], p[i]);
            b[1] = Math.min(b[1], p[i + 1]);
            b[2] = Math.max(b[2], p[i]);
            b[3] = Math.max(b[3], p[i + 1]);
        }
        return b;
    }
}
