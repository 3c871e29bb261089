package dev.fuselage.core.select;

import dev.fuselage.core.cloud.PointCloud;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Smart select: from a seed point, grows a region over every point reachable through steps of at most
 * {@code radius} metres (Euclidean single-linkage), as a click on an object picks the object. A voxel hash of cell
 * size {@code radius} limits each step's search to 27 cells.
 */
public final class RegionGrowing {
    private RegionGrowing() {
    }

    /**
     * The points connected to {@code seed}, ascending.
     *
     * @param allowed   points the region may enter (null: all), e.g. not ground, not hidden
     * @param maxPoints stop growing after this many points (a runaway click on the road)
     */
    public static int[] grow(PointCloud cloud, int seed, double radius, IntPredicate allowed, int maxPoints) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("radius must be > 0: " + radius);
        }
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        int n = x.length;
        if (seed < 0 || seed >= n) {
            throw new IllegalArgumentException("seed " + seed + " outside 0.." + (n - 1));
        }
        Map<Long, int[]> grid = buildGrid(x, y, z, radius, allowed);
        boolean[] taken = new boolean[n];
        int[] queue = new int[64];
        int head = 0, tail = 0;
        queue[tail++] = seed;
        taken[seed] = true;
        double r2 = radius * radius;
        while (head < tail && tail < maxPoints) {
            int p = queue[head++];
            long cx = cell(x[p], radius), cy = cell(y[p], radius), cz = cell(z[p], radius);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (long dz = -1; dz <= 1; dz++) {
                        int[] members = grid.get(key(cx + dx, cy + dy, cz + dz));
                        if (members == null) {
                            continue;
                        }
                        for (int k = 1; k <= members[0]; k++) {
                            int q = members[k];
                            if (taken[q]) {
                                continue;
                            }
                            double ex = x[q] - x[p], ey = y[q] - y[p], ez = z[q] - z[p];
                            if (ex * ex + ey * ey + ez * ez <= r2) {
                                taken[q] = true;
                                if (tail == queue.length) {
                                    queue = Arrays.copyOf(queue, tail * 2);
                                }
                                queue[tail++] = q;
                            }
                        }
                    }
                }
            }
        }
        int[] result = Arrays.copyOf(queue, Math.min(tail, maxPoints));
        Arrays.sort(result);
        return result;
    }

    /** Cell → {count, members…}; only allowed, valid points. */
    private static Map<Long, int[]> buildGrid(float[] x, float[] y, float[] z, double size, IntPredicate allowed) {
        Map<Long, int[]> grid = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] == x[i] && y[i] == y[i] && z[i] == z[i]) || (allowed != null && !allowed.test(i))) {
                continue;
            }
            long k = key(cell(x[i], size), cell(y[i], size), cell(z[i], size));
            int[] m = grid.get(k);
            if (m == null) {
                m = new int[4];
                grid.put(k, m);
            } else if (m[0] + 1 == m.length) {
                m = Arrays.copyOf(m, m.length * 2);
                grid.put(k, m);
            }
            m[++m[0]] = i;
        }
        return grid;
    }

    private static long cell(float v, double size) {
        return (long) Math.floor(v / size);
    }

    private static long key(long cx, long cy, long cz) {
        return ((cx & 0x1FFFFF) << 42) | ((cy & 0x1FFFFF) << 21) | (cz & 0x1FFFFF);
    }
}
