package dev.fuselage.project.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The height and range filters hide exactly the points a brute-force check in world coordinates hides. */
class HeightRangeFilterTest {
    @Test
    void hidesWhatABruteForceWorldCheckHides() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 20_000;
        float[] x = new float[n], y = new float[n], z = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextDouble(-60, 60);
            y[i] = (float) r.nextDouble(-60, 60);
            z[i] = (float) r.nextDouble(-3, 4);
        }
        PointCloud cloud = new PointCloud(x, y, z);
        cloud.setOrigin(500_000, 5_000_000, 100); // a georeferenced cloud: the filters work in world metres
        double sx = 500_010, sy = 5_000_000 - 4, sz = 101.7;
        for (HeightRangeFilter f : new HeightRangeFilter[] {new HeightRangeFilter(true, -1.2, false, 0),
            new HeightRangeFilter(false, 0, true, 25), new HeightRangeFilter(true, 0.5, true, 12)}) {
            BitSet hidden = new BitSet();
            f.hide(cloud, 1000, n, sx, sy, sz, hidden);
            int count = 0;
            for (int i = 0; i < n; i++) {
                double dx = cloud.worldX(i) - sx, dy = cloud.worldY(i) - sy, dz = cloud.worldZ(i) - sz;
                boolean expected = i >= 1000 && (f.height() && dz > f.maxHeight()
                        || f.range() && Math.hypot(dx, dy) > f.maxRange());
                assertEquals(expected, hidden.get(i), f + ": point " + i);
                count += expected ? 1 : 0;
            }
            assertTrue(count > 1000 && count < n - 1000 - 100, f + " hides some, not all: " + count);
        }
        BitSet none = new BitSet();
        HeightRangeFilter.NONE.hide(cloud, 0, n, sx, sy, sz, none);
        assertTrue(none.isEmpty() && HeightRangeFilter.NONE.isNone());
    }
}
