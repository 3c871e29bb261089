package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.core.cloud.Bounds;
import dev.fuselage.core.cloud.PointCloud;
import java.util.Arrays;

/**
 * The extent of a scan worth framing: the central share of its points per axis (a lidar scan's bounds reach the
 * one return 80 m away, so fitting them leaves the street a speck). Read from an even sample of the points, so it
 * costs the same for any scan size.
 */
public final class CloudExtent {
    /** Points sampled at most. */
    static final int SAMPLE = 20_000;
    /** Share of the points left out at each end of each axis. */
    static final double TAIL = 0.05;

    private CloudExtent() {
    }

    /** The box holding the central 90 % of the points along x, y and z; empty for an empty cloud. */
    public static Bounds of(PointCloud cloud) {
        int n = cloud.size();
        if (n == 0) {
            return Bounds.EMPTY;
        }
        int step = Math.max(1, n / SAMPLE), m = (n + step - 1) / step;
        float[][] axes = {cloud.x(), cloud.y(), cloud.z()};
        double[] lo = new double[3], hi = new double[3];
        float[] sample = new float[m];
        for (int a = 0; a < 3; a++) {
            int k = 0;
            for (int i = 0; i < n && k < m; i += step) {
                sample[k++] = axes[a][i];
            }
            Arrays.sort(sample, 0, k);
            lo[a] = sample[(int) Math.floor(TAIL * (k - 1))];
            hi[a] = sample[(int) Math.ceil((1 - TAIL) * (k - 1))];
        }
        return new Bounds(lo[0], lo[1], lo[2], hi[0], hi[1], hi[2]);
    }
}
