package dev.fuselage.project.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.ai.segment.GroundEstimator;
import dev.fuselage.ai.segment.GroundParams;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.kitti.KittiBinFormat;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.testkit.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, acceptance 2, on the shared KITTI training frames: at least 95 % of the points within 10 cm of the road
 * surface within 30 m are labelled ground, and no point inside a labelled Car/Van/Truck/Pedestrian/Cyclist cuboid
 * above its bottom 20 cm is.
 *
 * <p>The road surface comes from this test's own fit, written apart from the estimator: RANSAC over all points
 * (not grid minima) within 30 m and outside every labelled box, then one least-squares plane per 6 m tile over the
 * points within 15 cm of that plane.
 */
class GroundAcceptanceTest {
    private static final Set<String> OBJECTS = Set.of("Car", "Van", "Truck", "Pedestrian", "Cyclist");
    private static final double RANGE = 30;
    private static final double TILE = 6;

    @ParameterizedTest
    @ValueSource(strings = {"000000", "000001", "000002", "000003"})
    void groundCoversTheRoadAndSparesObjects(String frame) throws Exception {
        PointCloud cloud = new KittiBinFormat().read(TestData.file("kitti/object/training/velodyne/" + frame + ".bin"));
        KittiCalibration calib = KittiCalibrationIO.read(TestData.file("kitti/object/training/calib/" + frame + ".txt"));
        List<Cuboid> boxes = new ArrayList<>();
        List<Cuboid> objects = new ArrayList<>();
        for (KittiLabel l : KittiLabelIO.read(TestData.file("kitti/object/training/label_2/" + frame + ".txt"))) {
            if (!l.isDontCare()) {
                Cuboid b = KittiBoxes.toLidar(l, calib);
                boxes.add(b);
                if (OBJECTS.contains(l.type())) {
                    objects.add(b);
                }
            }
        }
        int[] ground = new GroundEstimator(GroundParams.DEFAULT).groundPoints(cloud);
        boolean[] isGround = new boolean[cloud.size()];
        for (int i : ground) {
            isGround[i] = true;
        }

        boolean[] road = roadSurface(cloud, boxes);
        int onRoad = 0, labelled = 0;
        for (int i = 0; i < road.length; i++) {
            if (road[i]) {
                onRoad++;
                if (isGround[i]) {
                    labelled++;
                }
            }
        }
        double share = (double) labelled / onRoad;
        System.out.printf("frame %s: %d road-surface points within %.0f m, %.2f %% labelled ground; %d ground points%n",
                frame, onRoad, RANGE, 100 * share, ground.length);
        assertTrue(onRoad > 10_000, "the reference finds a road: " + onRoad);
        assertTrue(share >= 0.95, frame + ": only " + (100 * share) + " % of the road surface is ground");

        int objectPoints = 0;
        for (Cuboid b : objects) {
            for (int i = 0; i < cloud.size(); i++) {
                if (b.contains(cloud.x()[i], cloud.y()[i], cloud.z()[i])
                        && cloud.z()[i] > b.cz() - b.height() / 2 + 0.2) {
                    objectPoints++;
                    assertTrue(!isGround[i], frame + ": point " + i + " at height "
                            + (cloud.z()[i] - (b.cz() - b.height() / 2)) + " in box " + b + " is labelled ground");
                }
            }
        }
        assertTrue(objects.isEmpty() || objectPoints > 0, "the objects have points above their bottom 20 cm");
    }

    /** Points within 10 cm of the reference road surface and within 30 m, outside the labelled boxes. */
    private static boolean[] roadSurface(PointCloud cloud, List<Cuboid> boxes) {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        int n = cloud.size();
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float px = x[i], py = y[i], pz = z[i];
            if (Math.hypot(px, py) <= RANGE && boxes.stream().noneMatch(b -> b.contains(px, py, pz))) {
                pool.add(i);
            }
        }
        Random random = new Random(42);
        double[] best = null;
        int bestCount = -1;
        for (int it = 0; it < 400; it++) {
            int a = pool.get(random.nextInt(pool.size()));
            int b = pool.get(random.nextInt(pool.size()));
            int c = pool.get(random.nextInt(pool.size()));
            double[] u = {x[b] - x[a], y[b] - y[a], z[b] - z[a]};
            double[] v = {x[c] - x[a], y[c] - y[a], z[c] - z[a]};
            double[] nrm = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
            double len = Math.sqrt(nrm[0] * nrm[0] + nrm[1] * nrm[1] + nrm[2] * nrm[2]);
            if (len < 1e-6 || Math.abs(nrm[2]) / len < Math.cos(Math.toRadians(10))) {
                continue;
            }
            double[] pl = {nrm[0] / len, nrm[1] / len, nrm[2] / len, 0};
            pl[3] = -(pl[0] * x[a] + pl[1] * y[a] + pl[2] * z[a]);
            int count = 0;
            for (int i : pool) {
                if (Math.abs(pl[0] * x[i] + pl[1] * y[i] + pl[2] * z[i] + pl[3]) <= 0.1) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                best = pl;
            }
        }
        assertTrue(best != null);
        // one plane z = p x + q y + r per tile, least squares over the points near the global plane
        java.util.Map<Long, List<Integer>> tiles = new java.util.HashMap<>();
        for (int i : pool) {
            double h = best[0] * x[i] + best[1] * y[i] + best[2] * z[i] + best[3];
            if (Math.abs(h) <= 0.15) {
                tiles.computeIfAbsent(tile(x[i], y[i]), k -> new ArrayList<>()).add(i);
            }
        }
        boolean[] road = new boolean[n];
        for (List<Integer> members : tiles.values()) {
            if (members.size() < 30) {
                continue;
            }
            double[] pqr = leastSquares(x, y, z, members);
            if (pqr == null) {
                continue;
            }
            for (int i : members) {
                double dz = z[i] - (pqr[0] * x[i] + pqr[1] * y[i] + pqr[2]);
                if (Math.abs(dz) / Math.sqrt(pqr[0] * pqr[0] + pqr[1] * pqr[1] + 1) <= 0.10) {
                    road[i] = true;
                }
            }
        }
        return road;
    }

    private static long tile(float x, float y) {
        return (long) Math.floor(x / TILE) * 100_000L + (long) Math.floor(y / TILE);
    }

    /** Solves the 3x3 normal equations of z = p x + q y + r by Cramer's rule. */
    private static double[] leastSquares(float[] x, float[] y, float[] z, List<Integer> members) {
        double[][] a = new double[3][3];
        double[] rhs = new double[3];
        for (int i : members) {
            double[] row = {x[i], y[i], 1};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    a[r][c] += row[r] * row[c];
                }
                rhs[r] += row[r] * z[i];
            }
        }
        double det = det(a);
        if (Math.abs(det) < 1e-9) {
            return null;
        }
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            double[][] m = new double[3][];
            for (int r = 0; r < 3; r++) {
                m[r] = a[r].clone();
                m[r][k] = rhs[r];
            }
            out[k] = det(m) / det;
        }
        assertEquals(3, out.length);
        return out;
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
