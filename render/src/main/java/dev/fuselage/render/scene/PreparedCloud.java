package dev.fuselage.render.scene;

import dev.fuselage.core.cloud.PointCloud;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A cloud's positions re-ordered once for drawing: valid points only, sorted along a Morton (Z-order) curve so
 * that consecutive points are neighbours in space (and on screen: the splatter's depth-buffer writes stay in
 * cache), cut into chunks of {@link #CHUNK} points that are shuffled inside, so any prefix of a chunk is an
 * unbiased sample of it (the {@link LodIndex} draws prefixes). The source cloud is not changed.
 *
 * <p>Memory: 16 bytes a point (three floats and the index back into the source cloud); the sort key array
 * (8 bytes a point) lives only during {@link #prepare}.
 */
public final class PreparedCloud {
    /** Points per LOD chunk. */
    public static final int CHUNK = 2048;
    private final float[] x;
    private final float[] y;
    private final float[] z;
    private final int[] sourceIndex;
    private final LodIndex lod;
    private final double originX;
    private final double originY;
    private final double originZ;

    private PreparedCloud(float[] x, float[] y, float[] z, int[] sourceIndex, double ox, double oy, double oz) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.sourceIndex = sourceIndex;
        this.originX = ox;
        this.originY = oy;
        this.originZ = oz;
        this.lod = LodIndex.build(x, y, z, CHUNK);
    }

    /** Sorts a copy of the cloud's valid points; takes about a second per 10 M points on two cores. */
    public static PreparedCloud prepare(PointCloud cloud) {
        float[] cx = cloud.x(), cy = cloud.y(), cz = cloud.z();
        int n = cloud.size();
        int valid = 0;
        float minX = Float.POSITIVE_INFINITY, minY = Float.POSITIVE_INFINITY, minZ = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY, maxZ = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            float px = cx[i], py = cy[i], pz = cz[i];
            if (Float.isNaN(px - px + py - py + pz - pz)) {
                continue;
            }
            valid++;
            minX = Math.min(minX, px);
            maxX = Math.max(maxX, px);
            minY = Math.min(minY, py);
            maxY = Math.max(maxY, py);
            minZ = Math.min(minZ, pz);
            maxZ = Math.max(maxZ, pz);
        }
        // key = morton code in the high bits, source index in the low bits: one primitive sort, no objects
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        int axisBits = Math.min(21, (63 - indexBits) / 3);
        double cells = (1 << axisBits) - 1;
        double sx = cells / Math.max(1e-6, maxX - minX), sy = cells / Math.max(1e-6, maxY - minY);
        double sz = cells / Math.max(1e-6, maxZ - minZ);
        long[] keys = new long[valid];
        int k = 0;
        for (int i = 0; i < n; i++) {
            float px = cx[i], py = cy[i], pz = cz[i];
            if (Float.isNaN(px - px + py - py + pz - pz)) {
                continue;
            }
            long m = morton((int) ((px - minX) * sx), (int) ((py - minY) * sy), (int) ((pz - minZ) * sz));
            keys[k++] = m << indexBits | i;
        }
        Arrays.parallelSort(keys);
        long indexMask = (1L << indexBits) - 1;
        // shuffle inside each chunk (fixed seed: the same cloud always draws the same LOD sample)
        SplittableRandom random = new SplittableRandom(0x5eedL);
        for (int start = 0; start < valid; start += CHUNK) {
            int end = Math.min(valid, start + CHUNK);
            for (int i = end - 1; i > start; i--) {
                int j = start + random.nextInt(i - start + 1);
                long t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
            }
        }
        float[] x = new float[valid], y = new float[valid], z = new float[valid];
        int[] source = new int[valid];
        for (int i = 0; i < valid; i++) {
            int s = (int) (keys[i] & indexMask);
            source[i] = s;
            x[i] = cx[s];
            y[i] = cy[s];
            z[i] = cz[s];
        }
        return new PreparedCloud(x, y, z, source, cloud.originX(), cloud.originY(), cloud.originZ());
    }

    private static long morton(int a, int b, int c) {
        return spread(a) | spread(b) << 1 | spread(c) << 2;
    }

    /** Spreads the low 21 bits of v so that there are two zero bits between each. */
    private static long spread(int v) {
        long x = v & 0x1FFFFFL;
        x = (x | x << 32) & 0x1F00000000FFFFL;
        x = (x | x << 16) & 0x1F0000FF0000FFL;
        x = (x | x << 8) & 0x100F00F00F00F00FL;
        x = (x | x << 4) & 0x10C30C30C30C30C3L;
        x = (x | x << 2) & 0x1249249249249249L;
        return x;
    }

    /** Number of drawable (valid) points. */
    public int size() {
        return x.length;
    }

    /** Sorted local x (relative to the source cloud's origin). Do not modify. */
    public float[] x() {
        return x;
    }

    public float[] y() {
        return y;
    }

    public float[] z() {
        return z;
    }

    /** For each sorted position, the point's index in the source cloud. Do not modify. */
    public int[] sourceIndex() {
        return sourceIndex;
    }

    public LodIndex lod() {
        return lod;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    public double originZ() {
        return originZ;
    }
}
