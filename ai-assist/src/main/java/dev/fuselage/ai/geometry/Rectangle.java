package dev.fuselage.ai.geometry;

/**
 * An oriented rectangle in the bird's-eye view (lidar x/y, metres): centre, {@code length} along heading
 * {@code yaw}, {@code width} across it.
 */
public record Rectangle(double cx, double cy, double length, double width, double yaw) {

    /** The 4 corners as x,y pairs, counter-clockwise, into {@code dest[0..7]}. */
    public double[] corners(double[] dest) {
        double c = Math.cos(yaw), s = Math.sin(yaw), hl = length / 2, hw = width / 2;
        double[] lx = {hl, -hl, -hl, hl}, ly = {hw, hw, -hw, -hw};
        for (int i = 0; i < 4; i++) {
            dest[2 * i] = cx + c * lx[i] - s * ly[i];
            dest[2 * i + 1] = cy + s * lx[i] + c * ly[i];
        }
        return dest;
    }
}
