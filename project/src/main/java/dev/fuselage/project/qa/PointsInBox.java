package dev.fuselage.project.qa;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import java.util.Arrays;

/** Point queries around one box, in the box's upright frame (yaw only, as the tools keep roll and pitch at 0). */
final class PointsInBox {
    private PointsInBox() {
    }

    /** How many points lie inside the box. */
    static int count(PointCloud cloud, Cuboid box) {
        float[] px = cloud.x(), py = cloud.y(), pz = cloud.z();
        double ox = cloud.originX() - box.cx(), oy = cloud.originY() - box.cy(), oz = cloud.originZ() - box.cz();
        double c = Math.cos(box.yaw()), s = Math.sin(box.yaw());
        double hl = box.length() / 2, hw = box.width() / 2, hh = box.height() / 2;
        int n = 0;
        for (int i = 0; i < px.length; i++) {
            double dx = px[i] + ox, dy = py[i] + oy;
            double u = c * dx + s * dy, v = -s * dx + c * dy;
            if (Math.abs(u) <= hl && Math.abs(v) <= hw && Math.abs(pz[i] + oz) <= hh) {
                n++;
            }
        }
        return n;
    }

    /**
     * The height of the local ground around a box: the {@code quantile} of the z of the points in a ring of width
     * {@code ring} around its footprint, within 3 m of its bottom; NaN when fewer than {@code minPoints} are there.
     */
    static double groundAround(PointCloud cloud, Cuboid box, double ring, int minPoints, double quantile) {
        float[] px = cloud.x(), py = cloud.y(), pz = cloud.z();
        double ox = cloud.originX() - box.cx(), oy = cloud.originY() - box.cy();
        double c = Math.cos(box.yaw()), s = Math.sin(box.yaw());
        double hl = box.length() / 2, hw = box.width() / 2;
        double bottom = box.cz() - box.height() / 2;
        double[] z = new double[64];
        int n = 0;
        for (int i = 0; i < px.length; i++) {
            double dx = px[i] + ox, dy = py[i] + oy;
            double au = Math.abs(c * dx + s * dy), av = Math.abs(-s * dx + c * dy);
            if (au > hl + ring || av > hw + ring || (au <= hl && av <= hw)) {
                continue;
            }
            double wz = pz[i] + cloud.originZ();
            if (Math.abs(wz - bottom) > 3 || Double.isNaN(wz)) {
                continue;
            }
            if (n == z.length) {
                z = Arrays.copyOf(z, n * 2);
            }
            z[n++] = wz;
        }
        if (n < minPoints) {
            return Double.NaN;
        }
        Arrays.sort(z, 0, n);
        return z[(int) Math.min(n - 1, Math.floor(quantile * n))];
    }
}
