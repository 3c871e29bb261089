package dev.fuselage.core.geometry;

/**
 * An oriented 3D box in the lidar frame (x forward, y left, z up; metres, radians).
 *
 * <p>{@code (cx, cy, cz)} is the geometric centre (not the bottom face: KITTI's bottom-centre convention is
 * converted at the format boundary). {@code length} runs along the box's local x axis (its heading), {@code width}
 * along local y, {@code height} along local z. The box is rotated by {@code roll} about local x, then
 * {@code pitch} about y, then {@code yaw} about z (R = Rz(yaw)·Ry(pitch)·Rx(roll)); yaw 0 points the heading
 * along lidar +x, counter-clockwise seen from above. Most annotation keeps roll = pitch = 0.
 */
public record Cuboid(double cx, double cy, double cz, double length, double width, double height,
                     double yaw, double pitch, double roll) {

    /** Number of doubles {@link #corners(double[])} writes. */
    public static final int CORNER_COORDS = 24;

    /**
     * The 12 edges as pairs of corner indices into {@link #corners(double[])}: 4 bottom, 4 top, 4 vertical.
     */
    public static final int[][] EDGES = {
            {0, 1}, {1, 2}, {2, 3}, {3, 0},
            {4, 5}, {5, 6}, {6, 7}, {7, 4},
            {0, 4}, {1, 5}, {2, 6}, {3, 7}};

    public Cuboid {
        if (!(length >= 0 && width >= 0 && height >= 0)) {
            throw new IllegalArgumentException("cuboid sizes must be finite and >= 0: " + length + " x " + width
                    + " x " + height);
        }
        if (!Double.isFinite(cx) || !Double.isFinite(cy) || !Double.isFinite(cz) || !Double.isFinite(yaw)
                || !Double.isFinite(pitch) || !Double.isFinite(roll) || !Double.isFinite(length)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("cuboid values must be finite");
        }
    }

    /** An upright box (roll = pitch = 0). */
    public static Cuboid upright(double cx, double cy, double cz, double length, double width, double height,
                                 double yaw) {
        return new Cuboid(cx, cy, cz, length, width, height, yaw, 0, 0);
    }

    /**
     * Writes the 8 corners as x,y,z triples into {@code dest[0..23]} and returns it. Order: bottom face
     * front-left, front-right, rear-right, rear-left (indices 0–3; front = +length/2, left = +width/2), then the
     * top face in the same order (4–7).
     */
    public double[] corners(double[] dest) {
        double hl = length / 2, hw = width / 2, hh = height / 2;
        double cyw = Math.cos(yaw), syw = Math.sin(yaw);
        double cp = Math.cos(pitch), sp = Math.sin(pitch);
        double cr = Math.cos(roll), sr = Math.sin(roll);
        // R = Rz(yaw) * Ry(pitch) * Rx(roll)
        double r00 = cyw * cp, r01 = cyw * sp * sr - syw * cr, r02 = cyw * sp * cr + syw * sr;
        double r10 = syw * cp, r11 = syw * sp * sr + cyw * cr, r12 = syw * sp * cr - cyw * sr;
        double r20 = -sp, r21 = cp * sr, r22 = cp * cr;
        for (int i = 0; i < 8; i++) {
            double lx = (i == 0 || i == 1 || i == 4 || i == 5) ? hl : -hl;
            double ly = (i == 0 || i == 3 || i == 4 || i == 7) ? hw : -hw;
            double lz = i < 4 ? -hh : hh;
            dest[3 * i] = cx + r00 * lx + r01 * ly + r02 * lz;
            dest[3 * i + 1] = cy + r10 * lx + r11 * ly + r12 * lz;
            dest[3 * i + 2] = cz + r20 * lx + r21 * ly + r22 * lz;
        }
        return dest;
    }

    /**
     * Whether a point lies inside the box (boundary included). Allocation-free; for upright boxes this is two
     * dot products and three comparisons.
     */
    public boolean contains(double px, double py, double pz) {
        double dx = px - cx, dy = py - cy, dz = pz - cz;
        double cyw = Math.cos(yaw), syw = Math.sin(yaw);
        double lx, ly, lz;
        if (pitch == 0 && roll == 0) {
            lx = cyw * dx + syw * dy;
            ly = -syw * dx + cyw * dy;
            lz = dz;
        } else {
            double cp = Math.cos(pitch), sp = Math.sin(pitch);
            double cr = Math.cos(roll), sr = Math.sin(roll);
            double r00 = cyw * cp, r01 = cyw * sp * sr - syw * cr, r02 = cyw * sp * cr + syw * sr;
            double r10 = syw * cp, r11 = syw * sp * sr + cyw * cr, r12 = syw * sp * cr - cyw * sr;
            double r20 = -sp, r21 = cp * sr, r22 = cp * cr;
            // local = R^T * d
            lx = r00 * dx + r10 * dy + r20 * dz;
            ly = r01 * dx + r11 * dy + r21 * dz;
            lz = r02 * dx + r12 * dy + r22 * dz;
        }
        return Math.abs(lx) <= length / 2 && Math.abs(ly) <= width / 2 && Math.abs(lz) <= height / 2;
    }

    /** Same box moved to a new centre. */
    public Cuboid withCenter(double x, double y, double z) {
        return new Cuboid(x, y, z, length, width, height, yaw, pitch, roll);
    }

    /** Same box with new sizes. */
    public Cuboid withSize(double l, double w, double h) {
        return new Cuboid(cx, cy, cz, l, w, h, yaw, pitch, roll);
    }

    /** Same box turned to a new heading. */
    public Cuboid withYaw(double newYaw) {
        return new Cuboid(cx, cy, cz, length, width, height, newYaw, pitch, roll);
    }
}
