package dev.fuselage.core.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Every selection equals a brute-force reference written independently here: project each point with plain
 * row-by-row matrix products, keep it when it is on screen and inside the region (even-odd over all edges for
 * polygons), and for the visible surface compare with the nearest depth of its cell found by a hash map.
 */
class SelectionBruteForceTest {
    private static final int W = 800;
    private static final int H = 600;

    private final Random random = new Random(1234);

    @Test
    void lassoPolygonRectangleAndBrushSelectExactlyTheProjectedPointsInside() {
        PointCloud cloud = randomCloud(30_000);
        for (Cam cam : List.of(perspective(), birdsEye())) {
            ScreenPoints sp = project(cloud, cam, null);
            List<ScreenRegion> regions = new ArrayList<>();
            regions.add(lasso(400, 300, 250, 180));
            regions.add(lasso(200, 150, 120, 15)); // a coarse polygon
            regions.add(selfCrossing());
            regions.add(ScreenRect.spanning(620, 500, 130, 90));
            regions.add(new ScreenRect(-50, -50, 150, 2000)); // reaches past the screen
            regions.add(new ScreenCircle(410.3f, 290.7f, 25));
            regions.add(new ScreenCircle(5, 5, 40));
            for (ScreenRegion region : regions) {
                for (Visibility vis : List.of(Visibility.THROUGH, Visibility.surface(3, 0.5f),
                        Visibility.surface(8, 0f))) {
                    int[] expected = reference(cloud, cam, region, vis, null);
                    int[] actual = sp.select(region, vis, null);
                    assertArrayEquals(expected, actual, cam.name + " " + region + " " + vis);
                    int[] once = ScreenPoints.selectOnce(cloud.x(), cloud.y(), cloud.z(), cloud.size(), 0, 0, 0,
                            sp.camera(), null, region, vis);
                    assertArrayEquals(expected, once, "one-shot " + cam.name + " " + region + " " + vis);
                }
                assertTrue(reference(cloud, cam, region, Visibility.THROUGH, null).length > 0
                        || region instanceof ScreenCircle, "the region is not empty: " + region);
            }
        }
    }

    @Test
    void hiddenPointsAreNeitherSelectedNorOccluding() {
        PointCloud cloud = randomCloud(10_000);
        IntPredicate drawn = i -> i % 3 != 0;
        Cam cam = perspective();
        ScreenPoints sp = project(cloud, cam, drawn);
        ScreenRegion region = lasso(400, 300, 300, 40);
        for (Visibility vis : List.of(Visibility.THROUGH, Visibility.surface(4, 0.2f))) {
            assertArrayEquals(reference(cloud, cam, region, vis, drawn), sp.select(region, vis, null));
        }
    }

    @Test
    void visibleSurfaceStopsAtTheFrontWall() {
        // two walls facing the camera, 5 m and 10 m ahead, as many points each
        int n = 40_000;
        float[] x = new float[n], y = new float[n], z = new float[n];
        for (int i = 0; i < n; i++) {
            boolean near = i < n / 2;
            x[i] = near ? 5 : 10;
            y[i] = (random.nextFloat() - 0.5f) * (near ? 4 : 8);
            z[i] = (random.nextFloat() - 0.5f) * (near ? 3 : 6);
        }
        PointCloud cloud = new PointCloud(x, y, z);
        Cam cam = perspective(new double[] {-3, 0, 0}, new double[] {20, 0, 0});
        ScreenPoints sp = project(cloud, cam, null);
        ScreenRect centre = ScreenRect.spanning(380, 280, 420, 320);
        int[] through = sp.select(centre, Visibility.THROUGH, null);
        int[] surface = sp.select(centre, Visibility.surface(6, 0.5f), null);
        long farThrough = java.util.Arrays.stream(through).filter(i -> x[i] == 10).count();
        long farSurface = java.util.Arrays.stream(surface).filter(i -> x[i] == 10).count();
        assertTrue(farThrough > 100, "through selects the far wall too: " + farThrough);
        assertEquals(0, farSurface, "the near wall hides the far one");
        assertTrue(surface.length > 20, "the near wall is selected: " + surface.length);
    }

    @Test
    void boxToPointsEqualsPointInOrientedBox() {
        PointCloud cloud = randomCloud(50_000);
        cloud.setOrigin(1000.5, -2000.25, 3.0);
        for (int t = 0; t < 30; t++) {
            double pitch = t % 3 == 0 ? random.nextGaussian() * 0.2 : 0;
            double roll = t % 4 == 0 ? random.nextGaussian() * 0.2 : 0;
            Cuboid box = new Cuboid(1000.5 + 5 + random.nextDouble() * 30, -2000.25 + random.nextGaussian() * 10,
                    3.0 + random.nextGaussian(), 1 + random.nextDouble() * 6, 0.5 + random.nextDouble() * 3,
                    0.5 + random.nextDouble() * 3, random.nextDouble() * 7 - 3.5, pitch, roll);
            List<Integer> expected = new ArrayList<>();
            double[] r = rotation(box.yaw(), box.pitch(), box.roll());
            for (int i = 0; i < cloud.size(); i++) {
                double dx = cloud.worldX(i) - box.cx(), dy = cloud.worldY(i) - box.cy(), dz = cloud.worldZ(i) - box.cz();
                // local = R^T d, with R's columns the box axes
                double u = r[0] * dx + r[3] * dy + r[6] * dz;
                double v = r[1] * dx + r[4] * dy + r[7] * dz;
                double w = r[2] * dx + r[5] * dy + r[8] * dz;
                if (Math.abs(u) <= box.length() / 2 + 1e-9 && Math.abs(v) <= box.width() / 2 + 1e-9
                        && Math.abs(w) <= box.height() / 2 + 1e-9) {
                    expected.add(i);
                }
            }
            int[] actual = BoxSelection.inside(cloud, box);
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), actual, box.toString());
        }
    }

    @Test
    void regionGrowingEqualsBreadthFirstSearchOverAllPairs() {
        int n = 3000;
        float[] x = new float[n], y = new float[n], z = new float[n];
        for (int i = 0; i < n; i++) {
            int blob = i % 4;
            x[i] = blob * 3 + (float) random.nextGaussian() * 0.4f;
            y[i] = (float) random.nextGaussian() * 0.4f;
            z[i] = (float) random.nextGaussian() * 0.4f;
        }
        PointCloud cloud = new PointCloud(x, y, z);
        IntPredicate allowed = i -> i % 17 != 0;
        for (double radius : new double[] {0.15, 0.3, 1.0}) {
            for (int seed : new int[] {1, 2, 7}) {
                boolean[] seen = new boolean[n];
                List<Integer> queue = new ArrayList<>(List.of(seed));
                seen[seed] = true;
                for (int h = 0; h < queue.size(); h++) {
                    int p = queue.get(h);
                    for (int q = 0; q < n; q++) {
                        double dx = x[q] - x[p], dy = y[q] - y[p], dz = z[q] - z[p];
                        if (!seen[q] && allowed.test(q) && dx * dx + dy * dy + dz * dz <= radius * radius) {
                            seen[q] = true;
                            queue.add(q);
                        }
                    }
                }
                int[] expected = queue.stream().mapToInt(Integer::intValue).sorted().toArray();
                assertArrayEquals(expected, RegionGrowing.grow(cloud, seed, radius, allowed, n), "r " + radius);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ reference

    private int[] reference(PointCloud cloud, Cam cam, ScreenRegion region, Visibility vis, IntPredicate drawn) {
        int n = cloud.size();
        double[][] s = new double[n][];
        for (int i = 0; i < n; i++) {
            if (drawn == null || drawn.test(i)) {
                s[i] = cam.project(cloud.worldX(i), cloud.worldY(i), cloud.worldZ(i));
            }
        }
        Map<Long, Float> nearest = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (s[i] != null) {
                long cell = cellOf(s[i], vis);
                nearest.merge(cell, (float) s[i][2], Math::min);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (s[i] == null) {
                continue;
            }
            float px = (float) s[i][0], py = (float) s[i][1];
            if (!insideReference(region, px, py)) {
                continue;
            }
            if (vis.surfaceOnly()) {
                long cell = cellOf(s[i], vis);
                if ((float) s[i][2] > nearest.get(cell) + vis.toleranceMetres()) {
                    continue;
                }
            }
            out.add(i);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The depth cell of a window position; window coordinates are floats, as the selection keeps them. */
    private static long cellOf(double[] s, Visibility vis) {
        return (long) Math.floor((float) s[1] / vis.cellPx()) * 100_000 + (long) Math.floor((float) s[0] / vis.cellPx());
    }

    private static boolean insideReference(ScreenRegion region, float px, float py) {
        if (region instanceof ScreenRect r) {
            return px >= r.x0() && px <= r.x1() && py >= r.y0() && py <= r.y1();
        }
        if (region instanceof ScreenCircle c) {
            double dx = (double) px - c.cx(), dy = (double) py - c.cy();
            return dx * dx + dy * dy <= (double) c.radius() * c.radius();
        }
        Poly p = (Poly) region;
        boolean inside = false;
        for (int i = 0, j = p.xs.length - 1; i < p.xs.length; j = i++) {
            double xi = p.xs[i], yi = p.ys[i], xj = p.xs[j], yj = p.ys[j];
            if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The polygon under test, remembering its vertices for the reference. */
    private static final class Poly implements ScreenRegion {
        final float[] xs;
        final float[] ys;
        final ScreenPolygon polygon;

        Poly(float[] xs, float[] ys) {
            this.xs = xs;
            this.ys = ys;
            this.polygon = new ScreenPolygon(xs, ys);
        }

        @Override
        public boolean contains(float x, float y) {
            return polygon.contains(x, y);
        }

        @Override
        public float minX() {
            return polygon.minX();
        }

        @Override
        public float maxX() {
            return polygon.maxX();
        }

        @Override
        public float minY() {
            return polygon.minY();
        }

        @Override
        public float maxY() {
            return polygon.maxY();
        }

        @Override
        public String toString() {
            return "polygon of " + xs.length;
        }
    }

    /** A star-shaped lasso of {@code n} vertices around a centre, radius jittered. */
    private Poly lasso(float cx, float cy, float radius, int n) {
        float[] xs = new float[n], ys = new float[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = radius * (0.6 + 0.4 * random.nextDouble());
            xs[i] = (float) (cx + r * Math.cos(a));
            ys[i] = (float) (cy + r * Math.sin(a) * 0.8);
        }
        return new Poly(xs, ys);
    }

    /** A figure-eight lasso whose lobes cross: the even-odd rule decides. */
    private static Poly selfCrossing() {
        return new Poly(new float[] {100, 700, 700, 100, 400.5f}, new float[] {100, 500, 100, 500, 50.25f});
    }

    private static PointCloud randomCloud(int n) {
        Random r = new Random(n);
        float[] x = new float[n], y = new float[n], z = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 + r.nextFloat() * 40;
            y[i] = (r.nextFloat() - 0.5f) * 40;
            z[i] = -2 + r.nextFloat() * 5;
        }
        return new PointCloud(x, y, z);
    }

    private static ScreenPoints project(PointCloud cloud, Cam cam, IntPredicate drawn) {
        return ScreenPoints.project(cloud.x(), cloud.y(), cloud.z(), cloud.size(), cloud.originX(), cloud.originY(),
                cloud.originZ(), ScreenCamera.of(columnMajor(cam.view), columnMajor(cam.proj), W, H), drawn);
    }

    // ------------------------------------------------------------------------ cameras (row-major here)

    /** A camera as row-major matrices, projected the slow way. */
    private record Cam(String name, double[] view, double[] proj) {
        double[] project(double x, double y, double z) {
            double[] e = mul(view, new double[] {x, y, z, 1});
            double[] c = mul(proj, e);
            if (c[3] <= 0 || c[2] / c[3] < -1 || c[2] / c[3] > 1) {
                return null;
            }
            double px = (c[0] / c[3] + 1) / 2 * W;
            double py = (1 - c[1] / c[3]) / 2 * H;
            if (!((float) px >= 0 && (float) px < W && (float) py >= 0 && (float) py < H)) {
                return null;
            }
            return new double[] {px, py, -e[2]};
        }

        private static double[] mul(double[] m, double[] v) {
            double[] r = new double[4];
            for (int row = 0; row < 4; row++) {
                for (int k = 0; k < 4; k++) {
                    r[row] += m[4 * row + k] * v[k];
                }
            }
            return r;
        }
    }

    /** Behind and above the lidar, looking forward along +x and slightly down. */
    private static Cam perspective() {
        return perspective(new double[] {-3, 0, 4}, new double[] {20, 0, 0});
    }

    private static Cam perspective(double[] eye, double[] target) {
        double[] up = {0, 0, 1};
        double[] view = lookAt(eye, target, up);
        double fovY = Math.toRadians(60), aspect = (double) W / H, near = 0.5, far = 200;
        double f = 1 / Math.tan(fovY / 2);
        double[] proj = {f / aspect, 0, 0, 0, 0, f, 0, 0, 0, 0, (far + near) / (near - far),
                2 * far * near / (near - far), 0, 0, -1, 0};
        return new Cam("perspective", view, proj);
    }

    /** Top-down, 15 px a metre, x up the screen. */
    private static Cam birdsEye() {
        double[] view = lookAt(new double[] {22, 0, 20}, new double[] {22, 0, 0}, new double[] {1, 0, 0});
        double hw = W / 30.0, hh = H / 30.0, near = 1, far = 40;
        double[] proj = {1 / hw, 0, 0, 0, 0, 1 / hh, 0, 0, 0, 0, -2 / (far - near), -(far + near) / (far - near),
                0, 0, 0, 1};
        return new Cam("birds-eye", view, proj);
    }

    private static double[] lookAt(double[] eye, double[] target, double[] up) {
        double[] f = normalize(sub(target, eye));
        double[] s = normalize(cross(f, up));
        double[] u = cross(s, f);
        return new double[] {s[0], s[1], s[2], -dot(s, eye), u[0], u[1], u[2], -dot(u, eye),
                -f[0], -f[1], -f[2], dot(f, eye), 0, 0, 0, 1};
    }

    private static double[] columnMajor(double[] rowMajor) {
        double[] c = new double[16];
        for (int r = 0; r < 4; r++) {
            for (int k = 0; k < 4; k++) {
                c[k * 4 + r] = rowMajor[r * 4 + k];
            }
        }
        return c;
    }

    private static double[] rotation(double yaw, double pitch, double roll) {
        double[] rz = {Math.cos(yaw), -Math.sin(yaw), 0, Math.sin(yaw), Math.cos(yaw), 0, 0, 0, 1};
        double[] ry = {Math.cos(pitch), 0, Math.sin(pitch), 0, 1, 0, -Math.sin(pitch), 0, Math.cos(pitch)};
        double[] rx = {1, 0, 0, 0, Math.cos(roll), -Math.sin(roll), 0, Math.sin(roll), Math.cos(roll)};
        return mul3(rz, mul3(ry, rx));
    }

    private static double[] mul3(double[] a, double[] b) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    r[3 * i + j] += a[3 * i + k] * b[3 * k + j];
                }
            }
        }
        return r;
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] normalize(double[] a) {
        double l = Math.sqrt(dot(a, a));
        return new double[] {a[0] / l, a[1] / l, a[2] / l};
    }
}
