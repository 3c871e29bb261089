package dev.fuselage.bench.io;

import java.util.SplittableRandom;

/**
 * Deterministic lidar-like point clouds: a 64-beam spinning sensor (HDL-64E-like elevations +2 deg to -24.8 deg,
 * 2048 azimuth steps, mounted 1.73 m up, as in KITTI) driving down a street. Each sweep casts every beam against
 * a ground plane, building facades on both sides (blocks of varying height with alleys between them) and a far
 * background; rays that hit nothing within 120 m give no return, as on a real sensor, so sweeps hold ~100-130 k
 * points and a cloud of n points is the first n returns of consecutive sweeps. Points are ring-major within a
 * sweep, like KITTI scans, with 2 cm range noise and range- and incidence-dependent intensity.
 *
 * <p>Realistic structure matters for the benchmark: LAZ and PCD binary_compressed ratios (and so their decode
 * cost) depend on how smooth neighbouring points are, and ascii lengths on the spread of values.
 */
final class SyntheticLidar {
    static final int RINGS = 64;
    static final int AZIMUTH_STEPS = 2048;
    private static final double SENSOR_HEIGHT = 1.73;
    private static final double MAX_RANGE = 120.0;
    private static final double TOP_ELEVATION = 2.0;
    private static final double BOTTOM_ELEVATION = -24.8;
    private static final double BLOCK_LENGTH = 25.0;
    private static final double SWEEP_SECONDS = 0.1;
    /** Ego speed: 10 m/s at 10 Hz, so consecutive sweeps see the street moved by a metre. */
    private static final double METRES_PER_SWEEP = 1.0;

    private final long seed;

    SyntheticLidar(long seed) {
        this.seed = seed;
    }

    /** The first {@code n} returns of consecutive sweeps. */
    LidarPoints generate(int n) {
        LidarPoints p = new LidarPoints(n);
        SplittableRandom noise = new SplittableRandom(seed);
        double[] sinAz = new double[AZIMUTH_STEPS], cosAz = new double[AZIMUTH_STEPS];
        for (int a = 0; a < AZIMUTH_STEPS; a++) {
            double az = 2 * Math.PI * a / AZIMUTH_STEPS;
            sinAz[a] = Math.sin(az);
            cosAz[a] = Math.cos(az);
        }
        int i = 0;
        for (int sweep = 0; i < n; sweep++) {
            double egoX = sweep * METRES_PER_SWEEP;
            for (int ring = 0; ring < RINGS && i < n; ring++) {
                double elev = TOP_ELEVATION + (BOTTOM_ELEVATION - TOP_ELEVATION) * ring / (RINGS - 1);
                double sinE = Math.sin(Math.toRadians(elev)), cosE = Math.cos(Math.toRadians(elev));
                for (int a = 0; a < AZIMUTH_STEPS && i < n; a++) {
                    double dx = cosE * cosAz[a], dy = cosE * sinAz[a], dz = sinE;
                    if (!cast(egoX, dx, dy, dz, noise, p, i)) {
                        continue;
                    }
                    p.ring[i] = (byte) ring;
                    p.elevationDeg[i] = (float) elev;
                    p.time[i] = sweep * SWEEP_SECONDS + SWEEP_SECONDS * a / AZIMUTH_STEPS;
                    i++;
                }
            }
        }
        return p;
    }

    /** Casts one ray; on a return within range fills point {@code i}'s position, intensity and class. */
    private boolean cast(double egoX, double dx, double dy, double dz, SplittableRandom noise, LidarPoints p, int i) {
        double best = Double.POSITIVE_INFINITY;
        double albedo = 0;
        double cosIncidence = 1;
        byte cls = 1;
        if (dz < 0) {
            best = SENSOR_HEIGHT / -dz;
            double gx = best * dx, gy = best * dy;
            // lane markings 12 cm wide at y = +-1.8 m reflect strongly; asphalt weakly
            albedo = Math.abs(Math.abs(gy) - 1.8) < 0.06 && ((long) Math.floor((egoX + gx) / 3.0) & 1) == 0 ? 0.85
                    : 0.12 + 0.06 * hash01(Math.floor(egoX + gx), Math.floor(gy));
            cosIncidence = -dz;
            cls = 2;
        }
        if (dy != 0) {
            double side = dy > 0 ? 1 : -1;
            double setback = dy > 0 ? 9.0 : 11.5;
            double t = setback / Math.abs(dy);
            if (t < best) {
                double wx = egoX + t * dx;
                double block = Math.floor(wx / BLOCK_LENGTH);
                double along = wx - block * BLOCK_LENGTH;
                boolean alley = along > BLOCK_LENGTH - 4.0 || hash01(block, side) < 0.12;
                double height = 6 + 24 * hash01(block, side + 7);
                double hitZ = SENSOR_HEIGHT + t * dz;
                if (!alley && hitZ < height) {
                    best = t;
                    albedo = 0.25 + 0.4 * hash01(block, side + 3)
                            + (Math.floor(hitZ / 3.0) % 2 == 0 && along % 4 < 1.5 ? 0.2 : 0); // windows
                    cosIncidence = Math.abs(dy);
                    cls = 6;
                } else if (alley) {
                    double tb = (setback + 40 + 30 * hash01(block, side + 11)) / Math.abs(dy);
                    double hz = SENSOR_HEIGHT + tb * dz;
                    if (tb < best && hz < 20 && hz > 0) {
                        best = tb;
                        albedo = 0.3;
                        cosIncidence = Math.abs(dy);
                        cls = 1;
                    }
                }
            }
        }
        if (!(best <= MAX_RANGE)) {
            return false;
        }
        double r = best + 0.02 * noise.nextGaussian();
        p.x[i] = (float) (r * dx);
        p.y[i] = (float) (r * dy);
        p.z[i] = (float) (r * dz);
        double refl = albedo * (0.4 + 0.6 * cosIncidence) * (1 - 0.004 * r) + 0.02 * noise.nextGaussian();
        p.intensity[i] = (float) Math.max(0, Math.min(1, Math.round(refl * 100) / 100.0)); // KITTI keeps 2 digits
        p.classification[i] = cls;
        return true;
    }

    /** A stable pseudo-random value in [0, 1) for a cell, so the scene is the same in every sweep. */
    private double hash01(double a, double b) {
        long h = seed ^ Double.doubleToLongBits(a) * 0x9E3779B97F4A7C15L ^ Double.doubleToLongBits(b) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }
}
