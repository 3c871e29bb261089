package dev.fuselage.render.scene;

import dev.fuselage.core.geometry.Cuboid;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the scene's line overlays — ground grid, axes, cuboid wireframes with heading markers, camera frustums —
 * into one {@link LineBatch} that both backends draw the same way.
 */
final class SceneLines {
    /** Colour of the selected cuboid's wireframe. */
    static final int SELECTED = 0xFFFFFFFF;
    /** Dash (and gap) length of unconfirmed boxes, metres: a few dashes along a car's side. */
    static final double DASH = 0.3;
    private float[] xyz = new float[6 * 64];
    private int[] argb = new int[64];
    private int n;
    private final double ax;
    private final double ay;
    private final double az;

    private SceneLines(double ax, double ay, double az) {
        this.ax = ax;
        this.ay = ay;
        this.az = az;
    }

    static LineBatch build(double ax, double ay, double az, GroundGrid grid, double axesLength,
                           List<SceneCuboid> cuboids, long selectedCuboid, List<CameraFrustum> frustums) {
        SceneLines l = new SceneLines(ax, ay, az);
        if (grid != null) {
            int lines = (int) Math.floor(grid.halfExtent() / grid.spacing());
            double e = lines * grid.spacing();
            for (int i = -lines; i <= lines; i++) {
                double t = i * grid.spacing();
                l.add(t, -e, grid.z(), t, e, grid.z(), grid.argb());
                l.add(-e, t, grid.z(), e, t, grid.z(), grid.argb());
            }
        }
        if (axesLength > 0) {
            l.add(0, 0, 0, axesLength, 0, 0, 0xFFFF3030);
            l.add(0, 0, 0, 0, axesLength, 0, 0xFF30FF30);
            l.add(0, 0, 0, 0, 0, axesLength, 0xFF3080FF);
        }
        double[] c = new double[Cuboid.CORNER_COORDS];
        for (SceneCuboid sc : cuboids) {
            int color = sc.id() == selectedCuboid ? SELECTED : 0xFF000000 | sc.argb();
            Cuboid b = sc.box();
            b.corners(c);
            for (int[] e : Cuboid.EDGES) {
                if (sc.dashed()) {
                    l.dashed(c[3 * e[0]], c[3 * e[0] + 1], c[3 * e[0] + 2], c[3 * e[1]], c[3 * e[1] + 1],
                            c[3 * e[1] + 2], color);
                } else {
                    l.add(c[3 * e[0]], c[3 * e[0] + 1], c[3 * e[0] + 2], c[3 * e[1]], c[3 * e[1] + 1],
                            c[3 * e[1] + 2], color);
                }
            }
            // heading: centre to the front face's centre, and a cross on the front face (corners 0, 1, 5, 4)
            double fx = (c[0] + c[3] + c[12] + c[15]) / 4, fy = (c[1] + c[4] + c[13] + c[16]) / 4;
            double fz = (c[2] + c[5] + c[14] + c[17]) / 4;
            l.add(b.cx(), b.cy(), b.cz(), fx, fy, fz, color);
            l.add(c[0], c[1], c[2], c[15], c[16], c[17], color);
            l.add(c[3], c[4], c[5], c[12], c[13], c[14], color);
        }
        for (CameraFrustum f : frustums) {
            double[] a = f.apex(), k = f.corners();
            for (int i = 0; i < 4; i++) {
                int j = (i + 1) % 4;
                l.add(a[0], a[1], a[2], k[3 * i], k[3 * i + 1], k[3 * i + 2], f.argb());
                l.add(k[3 * i], k[3 * i + 1], k[3 * i + 2], k[3 * j], k[3 * j + 1], k[3 * j + 2], f.argb());
            }
        }
        return new LineBatch(Arrays.copyOf(l.xyz, 6 * l.n), Arrays.copyOf(l.argb, l.n), l.n, ax, ay, az);
    }

    /**
     * A line as dashes of {@value #DASH} m with equal gaps, split here so both backends draw the same dashes
     * without a stipple feature of their own; every edge starts and ends with a dash, so corners stay visible.
     */
    private void dashed(double x0, double y0, double z0, double x1, double y1, double z1, int color) {
        double length = Math.sqrt((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0) + (z1 - z0) * (z1 - z0));
        int dashes = Math.max(1, (int) Math.round((length / DASH + 1) / 2));
        int pieces = 2 * dashes - 1;
        for (int i = 0; i < pieces; i += 2) {
            double a = i / (double) pieces;
            double b = (i + 1) / (double) pieces;
            add(x0 + a * (x1 - x0), y0 + a * (y1 - y0), z0 + a * (z1 - z0), x0 + b * (x1 - x0), y0 + b * (y1 - y0),
                    z0 + b * (z1 - z0), color);
        }
    }

    private void add(double x0, double y0, double z0, double x1, double y1, double z1, int color) {
        if (n == argb.length) {
            argb = Arrays.copyOf(argb, 2 * n);
            xyz = Arrays.copyOf(xyz, 12 * n);
        }
        int o = 6 * n;
        xyz[o] = (float) (x0 - ax);
        xyz[o + 1] = (float) (y0 - ay);
        xyz[o + 2] = (float) (z0 - az);
        xyz[o + 3] = (float) (x1 - ax);
        xyz[o + 4] = (float) (y1 - ay);
        xyz[o + 5] = (float) (z1 - az);
        argb[n++] = 0xFF000000 | color;
    }
}
