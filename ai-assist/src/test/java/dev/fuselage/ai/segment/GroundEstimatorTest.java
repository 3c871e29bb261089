package dev.fuselage.ai.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A sloped, noisy ground with a car-sized block and a wall on it: the ground and nothing else. */
class GroundEstimatorTest {

    @Test
    void findsASlopedGroundAndLeavesObjectsAlone() {
        Random r = new Random(5);
        int groundN = 60_000, carN = 4_000, wallN = 6_000;
        int n = groundN + carN + wallN;
        float[] x = new float[n], y = new float[n], z = new float[n];
        for (int i = 0; i < groundN; i++) {
            x[i] = (r.nextFloat() - 0.5f) * 80;
            y[i] = (r.nextFloat() - 0.5f) * 80;
            z[i] = ground(x[i], y[i]) + (float) r.nextGaussian() * 0.02f;
        }
        for (int i = groundN; i < groundN + carN; i++) { // a 4 x 2 x 1.5 m block standing at (10, 3)
            x[i] = 8 + r.nextFloat() * 4;
            y[i] = 2 + r.nextFloat() * 2;
            z[i] = ground(x[i], y[i]) + 0.15f + r.nextFloat() * 1.35f;
        }
        for (int i = groundN + carN; i < n; i++) { // a wall along y = -12
            x[i] = (r.nextFloat() - 0.5f) * 60;
            y[i] = -12;
            z[i] = ground(x[i], y[i]) + 0.2f + r.nextFloat() * 3;
        }
        PointCloud cloud = new PointCloud(x, y, z);
        GroundEstimate est = new GroundEstimator(GroundParams.DEFAULT).estimate(cloud);
        boolean[] g = new boolean[n];
        for (int i : est.groundIndices()) {
            g[i] = true;
        }
        int groundFound = 0;
        for (int i = 0; i < groundN; i++) {
            if (g[i]) {
                groundFound++;
            }
        }
        assertTrue(groundFound > 0.99 * groundN, "ground found: " + groundFound + " of " + groundN);
        for (int i = groundN; i < n; i++) {
            assertFalse(g[i], "object point " + i + " at height " + (z[i] - ground(x[i], y[i])));
        }
        // the surface measures heights over the sloped ground
        assertEquals(1.0, est.surface().heightAbove(5, 5, ground(5, 5) + 1), 0.03);
        assertTrue(est.globalPlane()[2] > 0.99, "an upward normal");
    }

    @Test
    void anEmptyCloudHasNoGround() {
        PointCloud cloud = new PointCloud(new float[0], new float[0], new float[0]);
        assertEquals(0, new GroundEstimator(GroundParams.DEFAULT).groundPoints(cloud).length);
    }

    /** A gentle 3 % slope along x, banked 1 % along y, 1.7 m under the sensor. */
    private static float ground(float x, float y) {
        return -1.7f + 0.03f * x + 0.01f * y;
    }
}
