package dev.fuselage.project.qa;

import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.core.cloud.PointCloud;
import java.util.Arrays;

/** Point queries around one box, in the box's upright frame (yaw only, as the tools keep roll and pitch at 0). */
final class PointsInBox {
    private PointsInBox() {
    }

    /** How many points lie inside the box. */
    static int count(CloudGrid grid, Cuboid box) {
        PointCloud cloud = grid.cloud;
        float[] px = cloud.x(), py = cloud.y(), pz = cloud.z();
        double ox = cloud.originX() - box.cx(), oy = cloud.originY() - box.cy(), oz = cloud.originZ() - box.cz();
        double c = Math.cos(box.yaw()), s = Math.sin(box.yaw());
        double hl = box.length() / 2, hw = box.width() / 2, hh = box.height() / 2;
        double ex = Math.abs(c) * hl + Math.abs(s) * hw, ey = Math.abs(s) * hl + Math.abs(c) * hw;
        double lx = box.cx() - cloud.originX(), ly = box.cy() - cloud.originY();
        if (grid.misses(lx - ex, ly - ey, lx + ex, ly + ey)) {
            return 0;
        }
        int n = 0;
        int x0 = grid.column(lx - ex), x1 = grid.column(lx + ex), y0 = grid.row(ly - ey), y1 = grid.row(ly + ey);
        for (int row = y0; row <= y1; row++) {
            for (int cell = row * grid.columns() + x0, last = row * grid.columns() + x1; cell <= last; cell++) {
                for (int k = grid.start[cell]; k < grid.start[cell + 1]; k++) {
                    int i = grid.order[k];
                    double dx = px[i] + ox, dy = py[i] + oy;
                    double u = c * dx + s * dy, v = -s * dx + c * dy;
                    if (Math.abs(u) <= hl && Math.abs(v) <= hw && Math.abs(pz[i] + oz) <= hh) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /**
     * The height of the local ground around a box: the {@code quantile} of the z of the points in a ring of width
     * {@code ring} around its footprint, within 3 m of its bottom; NaN when fewer than {@code minPoints} are there.
     *
     * @param scratch a buffer to reuse between calls; grown when too small (the grown one is returned in [0])
     */
    static double groundAround(CloudGrid grid, Cuboid box, double ring, int minPoints, double quantile,
                               double[][] scratch) {
        PointCloud cloud = grid.cloud;
        float[] px = cloud.x(), py = cloud.y(), pz = cloud.z();
        double ox = cloud.originX() - box.cx(), oy = cloud.originY() - box.cy();
        double c = Math.cos(box.yaw()), s = Math.sin(box.yaw());
        double hl = box.length() / 2, hw = box.width() / 2;
        double rl = hl + ring, rw = hw + ring;
        double ex = Math.abs(c) * rl + Math.abs(s) * rw, ey = Math.abs(s) * rl + Math.abs(c) * rw;
        double lx = box.cx() - cloud.originX(), ly = box.cy() - cloud.originY();
        double bottom = box.cz() - box.height() / 2;
        if (grid.misses(lx - ex, ly - ey, lx + ex, ly + ey)) {
            return Double.NaN;
        }
        double[] z = scratch[0];
        int n = 0;
        int x0 = grid.column(lx - ex), x1 = grid.column(lx + ex), y0 = grid.row(ly - ey), y1 = grid.row(ly + ey);
        for (int row = y0; row <= y1; row++) {
            for (int cell = row * grid.columns() + x0, last = row * grid.columns() + x1; cell <= last; cell++) {
                for (int k = grid.start[cell]; k < grid.start[cell + 1]; k++) {
                    int i = grid.order[k];
                    double dx = px[i] + ox, dy = py[i] + oy;
                    double au = Math.abs(c * dx + s * dy), av = Math.abs(-s * dx + c * dy);
                    if (au > rl || av > rw || (au <= hl && av <= hw)) {
                        continue;
                    }
                    double wz = pz[i] + cloud.originZ();
                    if (!(Math.abs(wz - bottom) <= 3)) {
                        continue;
                    }
                    if (n == z.length) {
                        z = Arrays.copyOf(z, n * 2);
                        scratch[0] = z;
                    }
                    z[n++] = wz;
                }
            }
        }
        if (n < minPoints) {
            return Double.NaN;
        }
        Arrays.sort(z, 0, n);
        return z[(int) Math.min(n - 1, Math.floor(quantile * n))];
    }
}
