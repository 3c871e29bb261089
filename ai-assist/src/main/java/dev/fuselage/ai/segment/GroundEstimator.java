package dev.fuselage.ai.segment;

import dev.fuselage.core.cloud.PointCloud;
import java.util.Arrays;
import java.util.Random;

/**
 * Finds the ground points of a lidar scan (lidar frame, z up): a plane for the whole scan, then a plane per patch.
 *
 * <ol>
 *   <li>Candidates: the lowest point of each {@code cellSize} grid cell (ground is what lies lowest; a car's roof
 *       never is).</li>
 *   <li>A global plane by RANSAC over the candidates, limited to planes tilted at most {@code maxTiltDegrees}.</li>
 *   <li>Per {@code patchSize} patch: a least-squares plane over the candidates within 30 cm of the global plane,
 *       refitted twice with the candidates within 8 cm (so the floor of a car body seen from above does not lift
 *       it), then once over all the patch's points within 8 cm (grid minima lie a few centimetres low in the range
 *       noise). Patches with too few or badly spread candidates, or whose plane leaves the global one by more than
 *       0.5 m, keep the global plane.</li>
 *   <li>A point is ground when it lies between {@code below} under and {@code above} over its patch's plane. Beyond
 *       40 m, where few scan rings carry a patch's plane and a far car's lowest ring can sit on it, a point must
 *       also have nothing standing right above it: no point 0.2 m or more higher (and under 1 m over the ground)
 *       in its 0.3 m column cell or the 8 around it. Nearer, that test would only cost the road at the foot of
 *       walls and parked cars.</li>
 * </ol>
 * Deterministic (seeded RANSAC); no allocation per point beyond the result.
 */
public final class GroundEstimator {
    private static final int RANSAC_ITERATIONS = 150;
    private static final double RANSAC_BAND = 0.15;
    private static final double PATCH_BAND = 0.3;
    private static final double REFIT_BAND = 0.08;
    private static final int MIN_PATCH_CANDIDATES = 6;
    /** Column cell size for the standing-above test, metres. */
    private static final double COLUMN_CELL = 0.3;
    /** A point with something this much higher right above it (within a column cell) is not ground, metres. */
    private static final double STANDING = 0.2;
    /** Points this high over the ground are overhead (crowns, car roofs over the kerb) and cover nothing, metres. */
    private static final double OVERHEAD = 1.0;
    /** How far a patch's plane may leave the global plane at its centre, metres (roads climb and bank). */
    private static final double PATCH_AGREEMENT = 0.5;
    /** Squared range beyond which the standing-above test applies (40 m). */
    private static final double SPARSE_RANGE2 = 40 * 40;

    private final GroundParams params;

    public GroundEstimator(GroundParams params) {
        this.params = params;
    }

    /** The ground points of {@code cloud}, ascending indices. */
    public int[] groundPoints(PointCloud cloud) {
        return estimate(cloud).groundIndices();
    }

    /** The full estimate: ground indices and the planes they were measured against. */
    public GroundEstimate estimate(PointCloud cloud) {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        int n = x.length;
        double range2 = params.maxRange() * params.maxRange();
        // grid over the points in range
        float minX = Float.POSITIVE_INFINITY, minY = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (inRange(x[i], y[i], z[i], range2)) {
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
            }
        }
        if (minX > maxX) {
            return new GroundEstimate(new int[0], new double[] {0, 0, 1, 0}, (px, py, pz) -> pz);
        }
        double cell = params.cellSize();
        int cw = (int) ((maxX - minX) / cell) + 1, ch = (int) ((maxY - minY) / cell) + 1;
        int[] lowest = new int[cw * ch];
        Arrays.fill(lowest, -1);
        for (int i = 0; i < n; i++) {
            if (inRange(x[i], y[i], z[i], range2)) {
                int c = (int) ((y[i] - minY) / cell) * cw + (int) ((x[i] - minX) / cell);
                if (lowest[c] < 0 || z[i] < z[lowest[c]]) {
                    lowest[c] = i;
                }
            }
        }
        int m = 0;
        for (int c : lowest) {
            if (c >= 0) {
                m++;
            }
        }
        int[] cand = new int[m];
        m = 0;
        for (int c : lowest) {
            if (c >= 0) {
                cand[m++] = c;
            }
        }
        double[] global = ransac(x, y, z, cand);
        Patches patches = patches(x, y, z, cand, range2, minX, minY, maxX, maxY, params.patchSize(),
                (cx, cy) -> global, PATCH_AGREEMENT);
        // columns: the highest point of each small cell that is not overhead (tree crowns, signs)
        double col = COLUMN_CELL;
        int kw = (int) ((maxX - minX) / col) + 1, kh = (int) ((maxY - minY) / col) + 1;
        float[] top = new float[kw * kh];
        Arrays.fill(top, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            if (inRange(x[i], y[i], z[i], range2)
                    && height(patches.planeAt(x[i], y[i]), x[i], y[i], z[i]) < OVERHEAD) {
                int c = (int) ((y[i] - minY) / col) * kw + (int) ((x[i] - minX) / col);
                top[c] = Math.max(top[c], z[i]);
            }
        }
        int[] out = new int[n / 2 + 16];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!inRange(x[i], y[i], z[i], range2)) {
                continue;
            }
            double h = height(patches.planeAt(x[i], y[i]), x[i], y[i], z[i]);
            if (h > params.above() || h < -params.below()) {
                continue;
            }
            // far out, where a patch plane rests on few scan rings and a car's lowest ring can sit on it, a point
            // with something standing right above it (a bumper under the body) is not ground; nearer, the planes
            // are good and the test would only cost the road at the foot of walls and parked cars
            if ((double) x[i] * x[i] + (double) y[i] * y[i] > SPARSE_RANGE2
                    && standsAbove(top, kw, kh, (int) ((x[i] - minX) / col), (int) ((y[i] - minY) / col), z[i])) {
                continue;
            }
            if (k == out.length) {
                out = Arrays.copyOf(out, k * 2);
            }
            out[k++] = i;
        }
        return new GroundEstimate(Arrays.copyOf(out, k), global,
                (px, py, pz) -> height(patches.planeAt(px, py), px, py, pz));
    }

    /** Whether a column cell or one of its 8 neighbours holds a point {@link #STANDING} above {@code z}. */
    private static boolean standsAbove(float[] top, int kw, int kh, int cx, int cy, float z) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = cx + dx, ny = cy + dy;
                if (nx >= 0 && ny >= 0 && nx < kw && ny < kh && top[ny * kw + nx] > z + STANDING) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The plane a patch of a finer level starts from and must agree with. */
    private interface PlaneLookup {
        double[] planeAt(double x, double y);
    }

    /** A grid of square patches, each with its ground plane. */
    private record Patches(float minX, float minY, double size, int columns, double[][] planes) {
        double[] planeAt(double x, double y) {
            return planes[(int) ((y - minY) / size) * columns + (int) ((x - minX) / size)];
        }
    }

    /**
     * One level of patch planes: each patch fits its candidates near the parent plane (see {@link #localPlane}),
     * then refits over all its points within {@link #REFIT_BAND} — grid minima sit at the bottom of the range
     * noise, so a plane through them lies a few centimetres low. A patch whose plane leaves its parent by more than
     * {@code agreement} metres at the patch centre (a far car that fills a patch) keeps the parent plane.
     */
    private Patches patches(float[] x, float[] y, float[] z, int[] cand, double range2, float minX, float minY,
                            float maxX, float maxY, double size, PlaneLookup parent, double agreement) {
        int pw = (int) ((maxX - minX) / size) + 1, ph = (int) ((maxY - minY) / size) + 1;
        double[][] parents = new double[pw * ph][];
        for (int p = 0; p < parents.length; p++) {
            parents[p] = parent.planeAt(minX + (p % pw + 0.5) * size, minY + (p / pw + 0.5) * size);
        }
        int[] counts = new int[pw * ph];
        for (int i : cand) {
            counts[patchOf(x[i], y[i], minX, minY, size, pw)]++;
        }
        int[][] members = new int[pw * ph][];
        for (int p = 0; p < members.length; p++) {
            members[p] = new int[counts[p]];
            counts[p] = 0;
        }
        for (int i : cand) {
            int p = patchOf(x[i], y[i], minX, minY, size, pw);
            members[p][counts[p]++] = i;
        }
        double[][] planes = new double[pw * ph][];
        for (int p = 0; p < planes.length; p++) {
            planes[p] = localPlane(x, y, z, members[p], parents[p]);
        }
        double[][] sums = new double[planes.length][9];
        for (int i = 0; i < x.length; i++) {
            if (!inRange(x[i], y[i], z[i], range2)) {
                continue;
            }
            int p = patchOf(x[i], y[i], minX, minY, size, pw);
            double h = height(planes[p], x[i], y[i], z[i]);
            if (h >= -REFIT_BAND && h <= REFIT_BAND) {
                accumulate(sums[p], x[i], y[i], z[i]);
            }
        }
        double minNz = Math.cos(Math.toRadians(params.maxTiltDegrees()));
        for (int p = 0; p < planes.length; p++) {
            double[] pl = solve(sums[p]);
            if (pl != null && pl[2] >= minNz) {
                planes[p] = pl;
            }
            double cx = minX + (p % pw + 0.5) * size, cy = minY + (p / pw + 0.5) * size;
            if (Math.abs(zAt(planes[p], cx, cy) - zAt(parents[p], cx, cy)) > agreement) {
                planes[p] = parents[p];
            }
        }
        return new Patches(minX, minY, size, pw, planes);
    }

    private static double zAt(double[] pl, double x, double y) {
        return -(pl[0] * x + pl[1] * y + pl[3]) / pl[2];
    }

    private static void accumulate(double[] s, double px, double py, double pz) {
        s[0] += px;
        s[1] += py;
        s[2] += pz;
        s[3] += px * px;
        s[4] += px * py;
        s[5] += py * py;
        s[6] += px * pz;
        s[7] += py * pz;
        s[8]++;
    }

    /** The least-squares plane of accumulated sums, or null with too few or degenerate points. */
    private static double[] solve(double[] s) {
        double n = s[8];
        if (n < MIN_PATCH_CANDIDATES) {
            return null;
        }
        double mx = s[0] / n, my = s[1] / n, mz = s[2] / n;
        double cxx = s[3] / n - mx * mx, cxy = s[4] / n - mx * my, cyy = s[5] / n - my * my;
        double cxz = s[6] / n - mx * mz, cyz = s[7] / n - my * mz;
        double det = cxx * cyy - cxy * cxy;
        if (det < 1e-6) {
            return null;
        }
        double p = (cxz * cyy - cyz * cxy) / det;
        double q = (cyz * cxx - cxz * cxy) / det;
        double len = Math.sqrt(p * p + q * q + 1);
        // z - p x - q y - r = 0 with r = mz - p mx - q my
        return new double[] {-p / len, -q / len, 1 / len, -(mz - p * mx - q * my) / len};
    }

    private boolean inRange(float x, float y, float z, double range2) {
        return x == x && y == y && z == z && (double) x * x + (double) y * y <= range2;
    }

    private static int patchOf(float x, float y, float minX, float minY, double patch, int pw) {
        return (int) ((y - minY) / patch) * pw + (int) ((x - minX) / patch);
    }

    /** Signed height of a point over plane {@code a x + b y + c z + d = 0} with unit normal, c > 0. */
    private static double height(double[] pl, double x, double y, double z) {
        return pl[0] * x + pl[1] * y + pl[2] * z + pl[3];
    }

    private double[] ransac(float[] x, float[] y, float[] z, int[] cand) {
        double minNz = Math.cos(Math.toRadians(params.maxTiltDegrees()));
        // start from the horizontal plane through the median candidate height: a fair guess for a level sensor
        double[] best = horizontalThroughMedian(z, cand);
        int bestCount = cand.length == 0 ? 0 : count(x, y, z, cand, best, RANSAC_BAND);
        if (cand.length < 3) {
            return best;
        }
        Random random = new Random(7);
        for (int it = 0; it < RANSAC_ITERATIONS; it++) {
            int a = cand[random.nextInt(cand.length)], b = cand[random.nextInt(cand.length)];
            int c = cand[random.nextInt(cand.length)];
            double ux = x[b] - x[a], uy = y[b] - y[a], uz = z[b] - z[a];
            double vx = x[c] - x[a], vy = y[c] - y[a], vz = z[c] - z[a];
            double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (len < 1e-9) {
                continue;
            }
            if (nz < 0) {
                nx = -nx;
                ny = -ny;
                nz = -nz;
            }
            nx /= len;
            ny /= len;
            nz /= len;
            if (nz < minNz) {
                continue;
            }
            double[] pl = {nx, ny, nz, -(nx * x[a] + ny * y[a] + nz * z[a])};
            int cnt = count(x, y, z, cand, pl, RANSAC_BAND);
            if (cnt > bestCount) {
                bestCount = cnt;
                best = pl;
            }
        }
        double[] refined = fit(x, y, z, cand, best, RANSAC_BAND, RANSAC_BAND);
        return refined != null && refined[2] >= minNz ? refined : best;
    }

    private static double[] horizontalThroughMedian(float[] z, int[] cand) {
        if (cand.length == 0) {
            return new double[] {0, 0, 1, 0};
        }
        float[] zs = new float[cand.length];
        for (int k = 0; k < cand.length; k++) {
            zs[k] = z[cand[k]];
        }
        Arrays.sort(zs);
        return new double[] {0, 0, 1, -zs[zs.length / 4]};
    }

    private static int count(float[] x, float[] y, float[] z, int[] cand, double[] pl, double band) {
        int c = 0;
        for (int i : cand) {
            if (Math.abs(height(pl, x[i], y[i], z[i])) <= band) {
                c++;
            }
        }
        return c;
    }

    private double[] localPlane(float[] x, float[] y, float[] z, int[] members, double[] global) {
        double minNz = Math.cos(Math.toRadians(params.maxTiltDegrees()));
        double[] plane = fit(x, y, z, members, global, PATCH_BAND, PATCH_BAND);
        for (int round = 0; round < 2 && plane != null; round++) {
            plane = fit(x, y, z, members, plane, REFIT_BAND, REFIT_BAND);
        }
        return plane != null && plane[2] >= minNz ? plane : global;
    }

    /**
     * Least-squares plane {@code z = p x + q y + r} over the candidates within {@code band} of {@code near}, as a
     * unit-normal plane; null when fewer than {@link #MIN_PATCH_CANDIDATES} qualify or they are degenerate (all on
     * a line).
     */
    private static double[] fit(float[] x, float[] y, float[] z, int[] cand, double[] near, double below,
                                double above) {
        double[] sums = new double[9];
        for (int i : cand) {
            double h = height(near, x[i], y[i], z[i]);
            if (h >= -below && h <= above) {
                accumulate(sums, x[i], y[i], z[i]);
            }
        }
        return solve(sums);
    }
}
