package dev.fuselage.project.demo;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.cloud.Viewpoint;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A spinning 64-beam lidar like KITTI's Velodyne HDL-64E: beams evenly spread from +2.0 deg to -24.8 deg
 * elevation, by default 1028 firings a turn (0.35 deg apart, half the real resolution to keep scans small and fast;
 * {@link #FULL_COLUMNS} gives KITTI's 0.17 deg and about twice the points), 120 m
 * range, 1.5 cm Gaussian range noise, remission from the material with a Lambertian-like falloff at grazing
 * incidence. The whole turn is taken at one instant (no motion skew), in the lidar frame (x forward, y left,
 * z up).
 */
final class LidarScanner {
    static final int BEAMS = 64;
    /** Firings a turn of the shipped demo. */
    static final int COLUMNS = 1028;
    /** Firings a turn at the real sensor's 0.17 deg. */
    static final int FULL_COLUMNS = 2083;
    static final double TOP_DEG = 2.0, BOTTOM_DEG = -24.8;
    static final double MAX_RANGE = 120, MIN_RANGE = 2.0;
    static final double RANGE_NOISE = 0.015;

    private final int columns;
    /** Unit beam directions, {@code 3 * (ring * columns + column)}. */
    private final double[] dirs;

    LidarScanner(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("firings a turn must be >= 1: " + columns);
        }
        this.columns = columns;
        this.dirs = new double[3 * BEAMS * columns];
        for (int r = 0; r < BEAMS; r++) {
            double el = Math.toRadians(TOP_DEG + (BOTTOM_DEG - TOP_DEG) * r / (BEAMS - 1));
            for (int c = 0; c < columns; c++) {
                // sweep starts behind the car and turns counter-clockwise, like the HDL-64E's packets in KITTI
                double az = Math.PI - 2 * Math.PI * c / columns;
                int k = 3 * (r * columns + c);
                dirs[k] = Math.cos(el) * Math.cos(az);
                dirs[k + 1] = Math.cos(el) * Math.sin(az);
                dirs[k + 2] = Math.sin(el);
            }
        }
    }

    /** Elevation of beam {@code ring} in degrees (0 = top). */
    static double elevationDeg(int ring) {
        return TOP_DEG + (BOTTOM_DEG - TOP_DEG) * ring / (BEAMS - 1);
    }

    /** One turn from world position {@code (sx, sy, sz)}; the tracer must already be set to the frame's time. */
    Scan scan(RayTracer tracer, double sx, double sy, double sz, SplittableRandom rnd) {
        int max = BEAMS * columns;
        float[] x = new float[max], y = new float[max], z = new float[max], intensity = new float[max];
        short[] ring = new short[max];
        byte[] material = new byte[max];
        int[] track = new int[max];
        int n = 0;
        for (int r = 0; r < BEAMS; r++) {
            for (int c = 0; c < columns; c++) {
                int k = 3 * (r * columns + c);
                double dx = dirs[k], dy = dirs[k + 1], dz = dirs[k + 2];
                double noise = rnd.nextGaussian() * RANGE_NOISE;
                double flicker = rnd.nextDouble();
                if (!tracer.trace(sx, sy, sz, dx, dy, dz, MAX_RANGE, true) || tracer.t < MIN_RANGE) {
                    continue;
                }
                double cosI = Math.abs(dx * tracer.nx + dy * tracer.ny + dz * tracer.nz);
                double remission = tracer.material.reflectivity() * (0.25 + 0.75 * cosI);
                // weak returns at long range are lost, as on the real sensor
                if (remission * 900 / (tracer.t * tracer.t) < 0.002 * flicker) {
                    continue;
                }
                double range = tracer.t + noise;
                x[n] = (float) (dx * range);
                y[n] = (float) (dy * range);
                z[n] = (float) (dz * range);
                intensity[n] = (float) Math.min(1, Math.max(0, remission + 0.02 * (flicker - 0.5)));
                ring[n] = (short) r;
                material[n] = (byte) tracer.material.ordinal();
                track[n] = tracer.track;
                n++;
            }
        }
        PointCloud cloud = new PointCloud(Arrays.copyOf(x, n), Arrays.copyOf(y, n), Arrays.copyOf(z, n));
        System.arraycopy(intensity, 0, cloud.addColumn(StandardAttributes.INTENSITY, ScalarType.FLOAT32, 1)
                .floats(), 0, n);
        System.arraycopy(ring, 0, cloud.addColumn(StandardAttributes.RING, ScalarType.UINT16, 1).shorts(), 0, n);
        cloud.setViewpoint(Viewpoint.IDENTITY);
        return new Scan(cloud, Arrays.copyOf(material, n), Arrays.copyOf(track, n));
    }

    /** A scan with the ground truth of each point: the material ordinal and the track id hit (0: none). */
    record Scan(PointCloud cloud, byte[] materials, int[] tracks) {
    }
}
