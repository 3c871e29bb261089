package dev.fuselage.render.scene;

import java.util.stream.IntStream;
import org.joml.FrustumIntersection;
import org.joml.Matrix4fc;

/**
 * Level of detail over a {@link PreparedCloud}: the Morton-sorted points are cut into fixed-size chunks, each with
 * its bounding box, and each chunk is shuffled inside. A frame culls chunks against the view frustum and, when the
 * visible points exceed the budget, draws the same fraction of every visible chunk as a prefix, which is an
 * unbiased sample of it. With a budget of {@code Integer.MAX_VALUE} every visible point is drawn.
 */
public final class LodIndex {
    /** Points per chunk whose nearest-neighbour distance is sampled for {@link #chunkSpacing}. */
    static final int SPACING_SAMPLES = 4;
    private final int[] chunkStart;
    private final float[] chunkBounds;
    private final float[] chunkSpacing;

    private LodIndex(int[] chunkStart, float[] chunkBounds, float[] chunkSpacing) {
        this.chunkStart = chunkStart;
        this.chunkBounds = chunkBounds;
        this.chunkSpacing = chunkSpacing;
    }

    static LodIndex build(float[] x, float[] y, float[] z, int chunk) {
        int n = x.length;
        int chunks = (n + chunk - 1) / chunk;
        int[] start = new int[chunks + 1];
        float[] b = new float[chunks * 6];
        float[] spacing = new float[chunks];
        // chunks are independent: split them over the cores (the spacing search is a few thousand distances each)
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int s = c * chunk, e = Math.min(n, s + chunk);
            start[c] = s;
            float minX = Float.POSITIVE_INFINITY, minY = Float.POSITIVE_INFINITY, minZ = Float.POSITIVE_INFINITY;
            float maxX = Float.NEGATIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY, maxZ = Float.NEGATIVE_INFINITY;
            for (int i = s; i < e; i++) {
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
                minZ = Math.min(minZ, z[i]);
                maxZ = Math.max(maxZ, z[i]);
            }
            b[6 * c] = minX;
            b[6 * c + 1] = minY;
            b[6 * c + 2] = minZ;
            b[6 * c + 3] = maxX;
            b[6 * c + 4] = maxY;
            b[6 * c + 5] = maxZ;
            spacing[c] = spacing(x, y, z, s, e);
        });
        start[chunks] = n;
        return new LodIndex(start, b, spacing);
    }

    /**
     * Mean distance from a few of the chunk's points to their nearest neighbour in the chunk. The chunk is
     * shuffled, so its first points are a random sample; a brute-force search over the chunk is cheap (a few
     * thousand distances) and, unlike the box, sees how the points really lie (lidar rings: close along a ring).
     */
    private static float spacing(float[] x, float[] y, float[] z, int s, int e) {
        int samples = Math.min(SPACING_SAMPLES, e - s);
        if (e - s < 2) {
            return 0;
        }
        double sum = 0;
        for (int k = 0; k < samples; k++) {
            int i = s + k;
            float best = Float.POSITIVE_INFINITY;
            for (int j = s; j < e; j++) {
                float dx = x[j] - x[i], dy = y[j] - y[i], dz = z[j] - z[i];
                float d = dx * dx + dy * dy + dz * dz;
                if (j != i && d < best) {
                    best = d;
                }
            }
            sum += Math.sqrt(best);
        }
        return (float) (sum / samples);
    }

    public int chunkCount() {
        return chunkStart.length - 1;
    }

    /** First sorted point of a chunk. */
    public int chunkStart(int chunk) {
        return chunkStart[chunk];
    }

    /** Points in a chunk. */
    public int chunkSize(int chunk) {
        return chunkStart[chunk + 1] - chunkStart[chunk];
    }

    /**
     * Typical distance between neighbouring points of the whole chunk (world units): a sampled mean
     * nearest-neighbour distance.
     */
    public float chunkSpacing(int chunk) {
        return chunkSpacing[chunk];
    }

    /** The chunk's box in cloud-local coordinates: minX, minY, minZ, maxX, maxY, maxZ into {@code dest[0..5]}. */
    public float[] chunkBounds(int chunk, float[] dest) {
        System.arraycopy(chunkBounds, 6 * chunk, dest, 0, 6);
        return dest;
    }

    /**
     * Fills {@code dest} with the spans to draw: chunks whose box meets the frustum of {@code mvp} (cloud-local to
     * clip), each as a prefix of {@code ceil(size * budget / visible)} points when the visible points exceed
     * {@code budget}, else whole. Allocation-free once {@code dest} has grown to the chunk count.
     */
    public void select(Matrix4fc mvp, int budget, LodSelection dest) {
        FrustumIntersection frustum = dest.frustum.set(mvp, false);
        int chunks = chunkCount();
        dest.ensure(chunks);
        int spans = 0;
        long visible = 0;
        float[] b = chunkBounds;
        for (int c = 0; c < chunks; c++) {
            int o = 6 * c;
            if (frustum.testAab(b[o], b[o + 1], b[o + 2], b[o + 3], b[o + 4], b[o + 5])) {
                dest.first[spans] = chunkStart[c];
                dest.count[spans] = chunkStart[c + 1] - chunkStart[c];
                dest.chunk[spans] = c;
                visible += dest.count[spans];
                spans++;
            }
        }
        long drawn = visible;
        if (visible > budget) {
            double fraction = (double) budget / visible;
            drawn = 0;
            for (int s = 0; s < spans; s++) {
                int c = (int) Math.ceil(dest.count[s] * fraction);
                dest.count[s] = c;
                drawn += c;
            }
        }
        dest.spans = spans;
        dest.points = drawn;
        dest.visible = visible;
    }
}
