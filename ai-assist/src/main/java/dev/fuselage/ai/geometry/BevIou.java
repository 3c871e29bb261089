package dev.fuselage.ai.geometry;

import dev.fuselage.core.geometry.Cuboid;

/**
 * Intersection over union of two boxes' footprints in the bird's-eye view (the KITTI BEV metric): the overlap of
 * two oriented rectangles, clipped as convex polygons (Sutherland–Hodgman).
 */
public final class BevIou {
    private BevIou() {
    }

    /** BEV IoU of two cuboids (their yaw and footprint; height ignored). */
    public static double of(Cuboid a, Cuboid b) {
        return of(new Rectangle(a.cx(), a.cy(), a.length(), a.width(), a.yaw()),
                new Rectangle(b.cx(), b.cy(), b.length(), b.width(), b.yaw()));
    }

    /** IoU of two oriented rectangles; 0 when either has no area. */
    public static double of(Rectangle a, Rectangle b) {
        double areaA = a.length() * a.width(), areaB = b.length() * b.width();
        if (areaA <= 0 || areaB <= 0) {
            return 0;
        }
        double[] poly = a.corners(new double[8]);
        double[] clip = b.corners(new double[8]);
        int n = 4;
        double[] buf = new double[32], out = new double[32];
        System.arraycopy(poly, 0, buf, 0, 8);
        for (int e = 0; e < 4 && n > 0; e++) {
            double ax = clip[2 * e], ay = clip[2 * e + 1];
            double bx = clip[2 * ((e + 1) % 4)], by = clip[2 * ((e + 1) % 4) + 1];
            int m = 0;
            for (int i = 0; i < n; i++) {
                double px = buf[2 * i], py = buf[2 * i + 1];
                double qx = buf[2 * ((i + 1) % n)], qy = buf[2 * ((i + 1) % n) + 1];
                double sp = side(ax, ay, bx, by, px, py), sq = side(ax, ay, bx, by, qx, qy);
                if (sp >= 0) {
                    out[2 * m] = px;
                    out[2 * m + 1] = py;
                    m++;
                }
                if ((sp >= 0) != (sq >= 0)) {
                    double t = sp / (sp - sq);
                    out[2 * m] = px + t * (qx - px);
                    out[2 * m + 1] = py + t * (qy - py);
                    m++;
                }
            }
            double[] tmp = buf;
            buf = out;
            out = tmp;
            n = m;
        }
        double inter = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            inter += buf[2 * i] * buf[2 * j + 1] - buf[2 * j] * buf[2 * i + 1];
        }
        inter = Math.abs(inter) / 2;
        return inter / (areaA + areaB - inter);
    }

    /** Positive when p is left of a→b (inside a counter-clockwise polygon). */
    private static double side(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }
}
