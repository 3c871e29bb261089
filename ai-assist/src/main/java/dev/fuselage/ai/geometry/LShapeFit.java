package dev.fuselage.ai.geometry;

/**
 * Fits an oriented rectangle to a bird's-eye point set the way vehicles appear to a lidar: as an L (two visible
 * sides) or an I (one). The heading is searched over 90° in 1° steps and scored by the variance criterion of
 * Zhang et al., "Efficient L-Shape Fitting for Vehicle Detection Using Laser Scanners" (IV 2017): each point is
 * assigned to the nearer of the two visible edges and the heading whose per-edge distance variances are smallest
 * wins. On the shared KITTI cars it beat the paper's closeness criterion (which roof points inside the footprint
 * pulled 20° off on a car seen from behind) and matched the minimum-area rectangle. The rectangle's length is its
 * longer side.
 */
public final class LShapeFit {
    private static final int STEPS = 90;
    /** The first pass tries every this many degrees. */
    static final int COARSE_DEG = 5;
    /** Heading searches on larger sets use an even subsample of this many points. */
    static final int MAX_SEARCH_POINTS = 1500;

    private LShapeFit() {
    }

    /**
     * The best rectangle around points {@code (x[i], y[i])}, {@code i < n} (n ≥ 1): headings every
     * {@value #COARSE_DEG}° first, then every degree around the best of them.
     */
    public static Rectangle fit(double[] x, double[] y, int n) {
        double coarse = fit(x, y, n, 0, Math.PI / 2, STEPS / COARSE_DEG).yaw();
        double step = Math.toRadians(COARSE_DEG);
        return fit(x, y, n, coarse - step, 2 * step, 2 * COARSE_DEG);
    }

    /**
     * The best rectangle with its heading searched in {@code [yaw0 - span/2, yaw0 + span/2]} ({@code steps} + 1
     * headings); used to refit near a known heading.
     */
    public static Rectangle fitNear(double[] x, double[] y, int n, double yaw0, double span, int steps) {
        return fit(x, y, n, yaw0 - span / 2, span, steps);
    }

    private static Rectangle fit(double[] x, double[] y, int n, double from, double span, int steps) {
        if (n < 1) {
            throw new IllegalArgumentException("no points to fit");
        }
        if (n > MAX_SEARCH_POINTS) {
            // the heading search needs the shape, not every point: search on an even subsample, fit on all
            int step = (n + MAX_SEARCH_POINTS - 1) / MAX_SEARCH_POINTS, m = 0;
            double[] sx = new double[(n + step - 1) / step], sy = new double[sx.length];
            for (int i = 0; i < n; i += step, m++) {
                sx[m] = x[i];
                sy[m] = y[i];
            }
            double yaw = fit(sx, sy, m, from, span, steps).yaw();
            return rectangle(x, y, n, yaw);
        }
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double bestScore = Double.NEGATIVE_INFINITY, bestYaw = from;
        for (int s = 0; s <= steps; s++) {
            if (s == steps && span >= Math.PI / 2 - 1e-9) {
                break; // 90° is the same rectangle as 0°
            }
            double yaw = from + span * s / steps;
            double score = edgeScore(x, y, n, mx, my, Math.cos(yaw), Math.sin(yaw));
            if (score > bestScore) {
                bestScore = score;
                bestYaw = yaw;
            }
        }
        return rectangle(x, y, n, bestYaw);
    }

    private static double edgeScore(double[] x, double[] y, int n, double mx, double my, double c, double s) {
        double min1 = Double.POSITIVE_INFINITY, max1 = Double.NEGATIVE_INFINITY;
        double min2 = Double.POSITIVE_INFINITY, max2 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx, dy = y[i] - my;
            double a = c * dx + s * dy, b = -s * dx + c * dy;
            min1 = Math.min(min1, a);
            max1 = Math.max(max1, a);
            min2 = Math.min(min2, b);
            max2 = Math.max(max2, b);
        }
        // pick, per axis, the edge the points lie closer to as a whole (the visible side)
        double sumLo1 = 0, sumHi1 = 0, sumLo2 = 0, sumHi2 = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx, dy = y[i] - my;
            double a = c * dx + s * dy, b = -s * dx + c * dy;
            sumLo1 += (a - min1) * (a - min1);
            sumHi1 += (max1 - a) * (max1 - a);
            sumLo2 += (b - min2) * (b - min2);
            sumHi2 += (max2 - b) * (max2 - b);
        }
        boolean lo1 = sumLo1 <= sumHi1, lo2 = sumLo2 <= sumHi2;
        // variance of the distances to the nearer edge, per edge: small when the points line up along two sides
        double s1 = 0, q1 = 0, s2 = 0, q2 = 0;
        int n1 = 0, n2 = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx, dy = y[i] - my;
            double a = c * dx + s * dy, b = -s * dx + c * dy;
            double d1 = lo1 ? a - min1 : max1 - a, d2 = lo2 ? b - min2 : max2 - b;
            if (d1 < d2) {
                s1 += d1;
                q1 += d1 * d1;
                n1++;
            } else {
                s2 += d2;
                q2 += d2 * d2;
                n2++;
            }
        }
        double v1 = n1 == 0 ? 0 : q1 / n1 - (s1 / n1) * (s1 / n1);
        double v2 = n2 == 0 ? 0 : q2 / n2 - (s2 / n2) * (s2 / n2);
        return -(v1 + v2);
    }

    /** The tight rectangle around the points at heading {@code yaw}, turned so that length ≥ width. */
    public static Rectangle rectangle(double[] x, double[] y, int n, double yaw) {
        double c = Math.cos(yaw), s = Math.sin(yaw);
        double min1 = Double.POSITIVE_INFINITY, max1 = Double.NEGATIVE_INFINITY;
        double min2 = Double.POSITIVE_INFINITY, max2 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double a = c * x[i] + s * y[i], b = -s * x[i] + c * y[i];
            min1 = Math.min(min1, a);
            max1 = Math.max(max1, a);
            min2 = Math.min(min2, b);
            max2 = Math.max(max2, b);
        }
        double a = (min1 + max1) / 2, b = (min2 + max2) / 2;
        double cx = c * a - s * b, cy = s * a + c * b;
        double l = max1 - min1, w = max2 - min2;
        if (w > l) {
            return new Rectangle(cx, cy, w, l, Angles.wrap(yaw + Math.PI / 2));
        }
        return new Rectangle(cx, cy, l, w, Angles.wrap(yaw));
    }
}
