package dev.fuselage.ai.geometry;

import java.util.Arrays;

/**
 * The points of an object that lie on its sensor-facing surface in the bird's-eye view: per
 * {@value #BIN_DEG}° of azimuth from the sensor, those within {@value #DEPTH} m of the nearest. L-shape headings
 * come from them: returns through windows (seats, the far side) and roof points lie behind the outline and tilt a
 * fit, while the outline is what the two visible sides are made of.
 */
final class VisibleSurface {
    static final double BIN_DEG = 0.5;
    static final double DEPTH = 0.3;
    /** Fewer surface points than this: the outline says too little, all points are used. */
    static final int MIN_POINTS = 8;

    private VisibleSurface() {
    }

    /** {x[], y[]} of the surface points of {@code (x[i], y[i])}, {@code i < n}, seen from {@code (sx, sy)}. */
    static double[][] of(double[] x, double[] y, int n, double sx, double sy) {
        double ref = Math.atan2(y[0] - sy, x[0] - sx);
        double[] az = new double[n], range = new double[n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            az[i] = Angles.wrap(Math.atan2(y[i] - sy, x[i] - sx) - ref);
            range[i] = Math.hypot(x[i] - sx, y[i] - sy);
            lo = Math.min(lo, az[i]);
            hi = Math.max(hi, az[i]);
        }
        double bin = Math.toRadians(BIN_DEG);
        int bins = (int) ((hi - lo) / bin) + 1;
        double[] nearest = new double[bins];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int b = (int) ((az[i] - lo) / bin);
            nearest[b] = Math.min(nearest[b], range[i]);
        }
        double[] ox = new double[n], oy = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (range[i] <= nearest[(int) ((az[i] - lo) / bin)] + DEPTH) {
                ox[m] = x[i];
                oy[m] = y[i];
                m++;
            }
        }
        if (m < MIN_POINTS) {
            return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
        }
        return new double[][] {Arrays.copyOf(ox, m), Arrays.copyOf(oy, m)};
    }
}
