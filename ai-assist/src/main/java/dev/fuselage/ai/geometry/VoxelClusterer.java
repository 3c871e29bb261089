package dev.fuselage.ai.geometry;

import dev.fuselage.core.cloud.PointCloud;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Euclidean clustering on a voxel grid: points are binned into voxels and two voxels belong to one cluster when
 * they touch (26-neighbourhood), so any two points closer than a voxel's size along every axis end up together.
 * The voxels are sorted packed keys and neighbours are found by binary search, which needs no hash map and no
 * per-point objects.
 *
 * <p>Voxels are taller than wide because a spinning lidar's rings are far apart vertically at range (0.4° is
 * 0.28 m at 40 m) but dense horizontally. The grid covers ±{@value #RANGE_XY} voxels horizontally and
 * ±{@value #RANGE_Z} vertically around the cloud's local origin; points beyond it are not clustered.
 */
public final class VoxelClusterer {
    /** Default horizontal voxel size (m): cars 0.5 m apart in a parking row stay apart. */
    public static final double DEFAULT_XY = 0.2;
    /** Default vertical voxel size (m). */
    public static final double DEFAULT_Z = 0.7;
    static final int RANGE_XY = 2047, RANGE_Z = 127;
    private static final int INDEX_BITS = 31;

    private final double sizeXy, sizeZ;

    public VoxelClusterer() {
        this(DEFAULT_XY, DEFAULT_Z);
    }

    public VoxelClusterer(double sizeXy, double sizeZ) {
        if (!(sizeXy > 0 && sizeZ > 0)) {
            throw new IllegalArgumentException("voxel sizes must be > 0: " + sizeXy + ", " + sizeZ);
        }
        this.sizeXy = sizeXy;
        this.sizeZ = sizeZ;
    }

    /**
     * Clusters the points {@code indices[0..count)} of {@code cloud}.
     *
     * @param minPoints clusters with fewer points are dropped
     * @return point indices per cluster, largest cluster first
     */
    public List<int[]> cluster(PointCloud cloud, int[] indices, int count, int minPoints) {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        long[] keyed = new long[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            int i = indices[k];
            long ix = (long) Math.floor(x[i] / sizeXy), iy = (long) Math.floor(y[i] / sizeXy),
                    iz = (long) Math.floor(z[i] / sizeZ);
            if (Math.abs(ix) > RANGE_XY || Math.abs(iy) > RANGE_XY || Math.abs(iz) > RANGE_Z) {
                continue; // NaN floors to 0 but is excluded by callers; out-of-grid points are skipped
            }
            keyed[n++] = (voxelKey(ix, iy, iz) << INDEX_BITS) | k;
        }
        Arrays.sort(keyed, 0, n);
        // unique voxels and the range of sorted points in each
        long[] voxels = new long[n];
        int[] start = new int[n + 1];
        int v = 0;
        for (int p = 0; p < n; p++) {
            long key = keyed[p] >>> INDEX_BITS;
            if (v == 0 || voxels[v - 1] != key) {
                voxels[v] = key;
                start[v++] = p;
            }
        }
        start[v] = n;
        int[] parent = new int[v];
        for (int a = 0; a < v; a++) {
            parent[a] = a;
        }
        for (int a = 0; a < v; a++) {
            long key = voxels[a];
            long ix = (key >>> 20) - RANGE_XY - 1, iy = ((key >>> 8) & 0xFFF) - RANGE_XY - 1,
                    iz = (key & 0xFF) - RANGE_Z - 1;
            // half of the 26 neighbours suffices: the other half finds this voxel
            for (int dz = -1; dz <= 1; dz++) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if (dx < 0 || (dx == 0 && (dy < 0 || (dy == 0 && dz <= 0)))) {
                            continue;
                        }
                        long nxk = ix + dx, nyk = iy + dy, nzk = iz + dz;
                        if (Math.abs(nxk) > RANGE_XY || Math.abs(nyk) > RANGE_XY || Math.abs(nzk) > RANGE_Z) {
                            continue;
                        }
                        int b = Arrays.binarySearch(voxels, 0, v, voxelKey(nxk, nyk, nzk));
                        if (b >= 0) {
                            union(parent, a, b);
                        }
                    }
                }
            }
        }
        int[] size = new int[v];
        for (int a = 0; a < v; a++) {
            size[find(parent, a)] += start[a + 1] - start[a];
        }
        int[] clusterOf = new int[v];
        Arrays.fill(clusterOf, -1);
        List<int[]> clusters = new ArrayList<>();
        List<Integer> filled = new ArrayList<>();
        for (int a = 0; a < v; a++) {
            int root = find(parent, a);
            if (size[root] < minPoints) {
                continue;
            }
            if (clusterOf[root] < 0) {
                clusterOf[root] = clusters.size();
                clusters.add(new int[size[root]]);
                filled.add(0);
            }
            int c = clusterOf[root];
            int[] members = clusters.get(c);
            int at = filled.get(c);
            for (int p = start[a]; p < start[a + 1]; p++) {
                members[at++] = indices[(int) (keyed[p] & ((1L << INDEX_BITS) - 1))];
            }
            filled.set(c, at);
        }
        clusters.sort((a, b) -> Integer.compare(b.length, a.length));
        return clusters;
    }

    private static long voxelKey(long ix, long iy, long iz) {
        return ((ix + RANGE_XY + 1) << 20) | ((iy + RANGE_XY + 1) << 8) | (iz + RANGE_Z + 1);
    }

    private static int find(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
