package dev.fuselage.project.compare;

import dev.fuselage.core.geometry.Cuboid;

/**
 * Intersection over union of two boxes, in bird's-eye view (the footprints, rotated rectangles) and in 3D
 * (footprint intersection times the overlap of the height ranges), as the KITTI benchmark computes it. Boxes are
 * taken as upright: pitch and roll are ignored, as the labeling tools keep them at zero.
 *
 * <p>Allocation-free: one instance owns its scratch polygons, so reuse an instance per thread, never share one.
 */
public final class BoxIou {
    // a convex polygon clipped by a convex quad has at most 4 + 4 vertices
    // corner order front-left, rear-left, rear-right, front-right: counter-clockwise seen from above
    private static final double[] SIGN_L = {1, -1, -1, 1};
    private static final double[] SIGN_W = {1, 1, -1, -1};

    private final double[] a = new double[16];
    private final double[] b = new double[16];
    private final double[] poly = new double[32];
    private final double[] next = new double[32];

    /** Bird's-eye-view IoU of the two footprints, in [0, 1]. */
    public double bev(Cuboid p, Cuboid q) {
        double inter = footprintIntersection(p, q);
        double union = p.length() * p.width() + q.length() * q.width() - inter;
        // rounding in the clipped polygon can lift identical boxes a hair above 1
        return union <= 0 ? 0 : Math.min(1, inter / union);
    }

    /** 3D IoU, in [0, 1]. */
    public double iou3d(Cuboid p, Cuboid q) {
        double zOverlap = Math.min(p.cz() + p.height() / 2, q.cz() + q.height() / 2)
                - Math.max(p.cz() - p.height() / 2, q.cz() - q.height() / 2);
        if (zOverlap <= 0) {
            return 0;
        }
        double inter = footprintIntersection(p, q) * zOverlap;
        double union = p.length() * p.width() * p.height() + q.length() * q.width() * q.height() - inter;
        return union <= 0 ? 0 : Math.min(1, inter / union);
    }

    /** Area of the intersection of the two footprints, square metres. */
    public double footprintIntersection(Cuboid p, Cuboid q) {
        double reach = Math.hypot(p.length(), p.width()) / 2 + Math.hypot(q.length(), q.width()) / 2;
        double dx = p.cx() - q.cx(), dy = p.cy() - q.cy();
        if (dx * dx + dy * dy > reach * reach) {
            return 0;
        }
        footprint(p, a);
        footprint(q, b);
        System.arraycopy(a, 0, poly, 0, 8);
        int n = 4;
        // Sutherland-Hodgman: clip p's footprint by each edge of q's (both counter-clockwise)
        for (int e = 0; e < 4 && n > 0; e++) {
            double ex = b[2 * e], ey = b[2 * e + 1];
            double fx = b[2 * ((e + 1) % 4)], fy = b[2 * ((e + 1) % 4) + 1];
            int m = 0;
            for (int i = 0; i < n; i++) {
                double sx = poly[2 * i], sy = poly[2 * i + 1];
                double tx = poly[2 * ((i + 1) % n)], ty = poly[2 * ((i + 1) % n) + 1];
                double ds = side(ex, ey, fx, fy, sx, sy), dt = side(ex, ey, fx, fy, tx, ty);
                if (ds >= 0) {
                    next[2 * m] = sx;
                    next[2 * m++ + 1] = sy;
                }
                if ((ds >= 0) != (dt >= 0)) {
                    double t = ds / (ds - dt);
                    next[2 * m] = sx + t * (tx - sx);
                    next[2 * m++ + 1] = sy + t * (ty - sy);
                }
            }
            System.arraycopy(next, 0, poly, 0, 2 * m);
            n = m;
        }
        double area = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            area += poly[2 * i] * poly[2 * j + 1] - poly[2 * j] * poly[2 * i + 1];
        }
        return Math.abs(area) / 2;
    }

    /** Positive when (px, py) lies left of the directed edge e->f (inside a counter-clockwise polygon). */
    private static double side(double ex, double ey, double fx, double fy, double px, double py) {
        return (fx - ex) * (py - ey) - (fy - ey) * (px - ex);
    }

    /** The footprint's corners counter-clockwise seen from above (z up), into {@code dest[0..7]}. */
    private static void footprint(Cuboid box, double[] dest) {
        double c = Math.cos(box.yaw()), s = Math.sin(box.yaw());
        double hl = box.length() / 2, hw = box.width() / 2;
        for (int i = 0; i < 4; i++) {
            double lx = SIGN_L[i] * hl, ly = SIGN_W[i] * hw;
            dest[2 * i] = box.cx() + c * lx - s * ly;
            dest[2 * i + 1] = box.cy() + s * lx + c * ly;
        }
    }
}
