package dev.fuselage.project.edit;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import java.util.Arrays;

/**
 * The points in and around a box, in the box's own frame (x along its heading, y to its left, z up, origin at its
 * centre): what the three orthogonal box views draw. Yaw only: roll and pitch are ignored, as the tools edit
 * upright boxes.
 *
 * @param x      local x of each point
 * @param y      local y
 * @param z      local z
 * @param inside whether each point lies inside the box
 * @param count  number of points (the arrays may be longer)
 * @param insideCount points inside the box
 */
public record BoxPoints(float[] x, float[] y, float[] z, boolean[] inside, int count, int insideCount) {

    /** Points within {@code margin} metres of the box on every side. */
    public static BoxPoints around(PointCloud cloud, Cuboid box, double margin) {
        float[] px = cloud.x(), py = cloud.y(), pz = cloud.z();
        double ox = cloud.originX() - box.cx(), oy = cloud.originY() - box.cy(), oz = cloud.originZ() - box.cz();
        double c = Math.cos(box.yaw()), s = Math.sin(box.yaw());
        double hl = box.length() / 2, hw = box.width() / 2, hh = box.height() / 2;
        int cap = 256, n = 0, in = 0;
        float[] lx = new float[cap], ly = new float[cap], lz = new float[cap];
        boolean[] inside = new boolean[cap];
        for (int i = 0; i < px.length; i++) {
            double dx = px[i] + ox, dy = py[i] + oy, dz = pz[i] + oz;
            double u = c * dx + s * dy, v = -s * dx + c * dy;
            double au = Math.abs(u), av = Math.abs(v), aw = Math.abs(dz);
            if (au > hl + margin || av > hw + margin || aw > hh + margin || Double.isNaN(dz)) {
                continue;
            }
            if (n == lx.length) {
                int grown = n * 2;
                lx = Arrays.copyOf(lx, grown);
                ly = Arrays.copyOf(ly, grown);
                lz = Arrays.copyOf(lz, grown);
                inside = Arrays.copyOf(inside, grown);
            }
            lx[n] = (float) u;
            ly[n] = (float) v;
            lz[n] = (float) dz;
            boolean isIn = au <= hl && av <= hw && aw <= hh;
            inside[n++] = isIn;
            if (isIn) {
                in++;
            }
        }
        return new BoxPoints(lx, ly, lz, inside, n, in);
    }

    /** How many points of a cloud lie inside a box. */
    public static int countInside(PointCloud cloud, Cuboid box) {
        return around(cloud, box, 0).insideCount();
    }
}
