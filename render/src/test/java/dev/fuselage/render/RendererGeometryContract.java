package dev.fuselage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.PointStyle;
import dev.fuselage.render.scene.Scene;
import org.joml.Vector3d;

/**
 * Acceptance line 1 as checks any backend must pass: known points land on the pixels the pinhole maths predicts,
 * a box's edges land where the camera maths says, and the bird's-eye view is metric.
 */
public final class RendererGeometryContract {
    private RendererGeometryContract() {
    }

    /** Asserts some pixel within ±1 of (u, v) has the colour. */
    public static void assertColorNear(FrameImage f, double u, double v, int argb, String what) {
        int cu = (int) Math.floor(u), cv = (int) Math.floor(v);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int x = cu + dx, y = cv + dy;
                if (x >= 0 && y >= 0 && x < f.width() && y < f.height() && f.argb(x, y) == argb) {
                    return;
                }
            }
        }
        throw new AssertionError(what + ": no pixel of colour " + Integer.toHexString(argb) + " within 1 px of ("
                + u + ", " + v + "); centre has " + Integer.toHexString(f.argb(Math.max(0, Math.min(f.width() - 1,
                cu)), Math.max(0, Math.min(f.height() - 1, cv)))));
    }

    public static void pointsLandOnPinholePixels(FrameImage f) {
        for (int i = 0; i < GeometryScene.POINTS.length; i++) {
            double[] p = GeometryScene.POINTS[i];
            assertColorNear(f, GeometryScene.u(p[0], p[1]), GeometryScene.v(p[0], p[2]), GeometryScene.COLORS[i],
                    "point " + i);
        }
        long lit = 0;
        int[] px = f.toArgbArray();
        for (int c : px) {
            if (c != 0xFF000000 && c != GeometryScene.BOX_COLOR && c != 0xFFFFFFFF) {
                lit++;
            }
        }
        assertEquals(GeometryScene.POINTS.length, lit, "one pixel per 1-px point, nothing else");
    }

    public static void boxEdgesLandWhereCameraMathSays(FrameImage f, RenderCamera camera) {
        double[] c = GeometryScene.BOX.corners(new double[Cuboid.CORNER_COORDS]);
        Vector3d w = new Vector3d();
        for (int[] e : Cuboid.EDGES) {
            for (double t : new double[] {0.1, 0.5, 0.9}) {
                double x = c[3 * e[0]] + t * (c[3 * e[1]] - c[3 * e[0]]);
                double y = c[3 * e[0] + 1] + t * (c[3 * e[1] + 1] - c[3 * e[0] + 1]);
                double z = c[3 * e[0] + 2] + t * (c[3 * e[1] + 2] - c[3 * e[0] + 2]);
                assertTrue(camera.project(x, y, z, w));
                assertColorNear(f, w.x, w.y, GeometryScene.BOX_COLOR, "edge " + e[0] + "-" + e[1] + " at " + t);
                // and the camera maths agrees with the independent pinhole
                assertEquals(GeometryScene.u(x, y), w.x, 1e-6);
                assertEquals(GeometryScene.v(x, z), w.y, 1e-6);
            }
        }
    }

    /** Bird's-eye: 8 px per metre; points 10 m ahead and 5 m left of a point land 80 px up and 40 px left. */
    public static void birdsEyeIsMetric(Renderer r) {
        Scene s = r.scene();
        s.setGrid(null);
        s.setAxesLength(0);
        s.setBackground(0xFF000000);
        s.setStyle(PointStyle.DEFAULT.withMode(ColorMode.SINGLE).withSingleColor(0xFFFFFFFF));
        PointCloud c = new PointCloud(3);
        float[][] xy = {{1.03f, 2.03f}, {11.03f, 2.03f}, {1.03f, 7.03f}};
        for (int i = 0; i < 3; i++) {
            c.x()[i] = xy[i][0];
            c.y()[i] = xy[i][1];
        }
        s.addCloud(c);
        double ppm = 8;
        RenderCamera bev = RenderCamera.birdsEye(0, 0, ppm, 300, 300, -10, 10);
        FrameImage f = r.renderNow(bev, false);
        int[][] found = new int[3][];
        int n = 0;
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                if (f.argb(x, y) == 0xFFFFFFFF) {
                    found[n++] = new int[] {x, y};
                }
            }
        }
        assertEquals(3, n, "three lit pixels");
        // rows top-down: the point 10 m ahead is highest (smallest y), the one 5 m left is leftmost
        int[] base = null, ahead = null, left = null;
        for (int[] p : found) {
            if (p[1] < 100) {
                ahead = p;
            } else if (p[0] < 100) {
                left = p;
            } else {
                base = p;
            }
        }
        assertTrue(base != null && ahead != null && left != null, "layout");
        assertEquals(10 * ppm, base[1] - ahead[1], 1, "10 m forward = 80 px up");
        assertEquals(0, base[0] - ahead[0], 1);
        assertEquals(5 * ppm, base[0] - left[0], 1, "5 m left = 40 px left");
        assertEquals(0, base[1] - left[1], 1);
        // and the absolute position: world (1.03, 2.03) from centre (0,0): up 8.24 px, left 16.24 px
        assertEquals(150 - 16.24, base[0] + 0.5, 1);
        assertEquals(150 - 8.24, base[1] + 0.5, 1);
    }
}
