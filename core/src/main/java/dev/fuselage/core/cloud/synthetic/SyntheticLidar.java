package dev.fuselage.core.cloud.synthetic;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.geometry.Cuboid;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic lidar-like point clouds for tests, benchmarks and timings (the one generator: the renderer's
 * tests, the benchmarks' input files and their render scenes all use it). A 64-beam spinning sensor (HDL-64E-like
 * elevations +2° to −24.8°, 2048 azimuth steps, mounted 1.73 m up, as in KITTI) drives down a street at 1 m per
 * sweep. Each ray is cast against a ground plane with lane markings, building facades on both sides (blocks of
 * varying height with alleys between them), a far background seen through the alleys and, {@link #withTraffic
 * optionally}, cars and pedestrians as upright boxes. Rays that hit nothing within 120 m give no return, as on a
 * real sensor, so a sweep holds about 100–130 k points and a cloud of n points is the first n returns of
 * consecutive sweeps, each in its own sensor frame (x forward, y left, z up). Points are ring-major within a sweep
 * (ring 0 is the top beam), with 2 cm Gaussian range noise and range- and incidence-dependent intensity rounded
 * to 0.01 like KITTI's.
 *
 * <p>Realistic structure matters to the benchmarks: LAZ and PCD binary_compressed ratios (and so their decode
 * cost) depend on how smooth neighbouring points are, and ascii lengths on the spread of values. The same seed
 * gives the same points, bit for bit; traffic is placed from its own random stream, so adding it changes only the
 * rays that hit it.
 *
 * <p>Columns: {@link StandardAttributes#INTENSITY} (float32), {@link StandardAttributes#RING} (uint16),
 * {@link StandardAttributes#SEMANTIC} (uint16, ASPRS/LAS classes: {@value #BACKGROUND} far background,
 * {@value #GROUND} ground, {@value #BUILDING} building, {@value #CAR} car, {@value #PEDESTRIAN} pedestrian, the
 * last two in LAS 1.4's user-definable range) and {@link StandardAttributes#TIME} (float64, seconds since the
 * first sweep began).
 */
public final class SyntheticLidar {
    /** Laser beams. */
    public static final int RINGS = 64;
    /** Firings per turn. */
    public static final int AZIMUTH_STEPS = 2048;
    /** Sensor height above the ground, in metres. */
    public static final double SENSOR_HEIGHT = 1.73;
    /** Returns beyond this range, in metres, are dropped. */
    public static final double MAX_RANGE = 120.0;
    /** Class of the far background seen through alleys. */
    public static final int BACKGROUND = 1;
    /** Class of the ground. */
    public static final int GROUND = 2;
    /** Class of building facades. */
    public static final int BUILDING = 6;
    /** Class of cars. */
    public static final int CAR = 64;
    /** Class of pedestrians. */
    public static final int PEDESTRIAN = 65;

    private static final double TOP_ELEVATION = 2.0;
    private static final double BOTTOM_ELEVATION = -24.8;
    private static final double BLOCK_LENGTH = 25.0;
    private static final double SWEEP_SECONDS = 0.1;
    /** Ego speed: 10 m/s at 10 Hz, so consecutive sweeps see the street moved by a metre. */
    private static final double METRES_PER_SWEEP = 1.0;
    /** Facade distances left (y > 0) and right of the sensor's path. */
    private static final double LEFT_SETBACK = 9.0;
    private static final double RIGHT_SETBACK = 11.5;

    private final long seed;
    private final List<Cuboid> traffic;
    private final int cars;

    /** A street without traffic. */
    public SyntheticLidar(long seed) {
        this(seed, List.of(), 0);
    }

    private SyntheticLidar(long seed, List<Cuboid> traffic, int cars) {
        this.seed = seed;
        this.traffic = traffic;
        this.cars = cars;
    }

    /**
     * The same street with {@code cars} cars on the road and along the kerbs and {@code pedestrians} people on the
     * pavements, within 60 m of where the drive starts, placed from the seed. Cars come first in
     * {@link Scan#objects()}.
     */
    public SyntheticLidar withTraffic(int cars, int pedestrians) {
        SplittableRandom rnd = new SplittableRandom(~seed * 0x9E3779B97F4A7C15L);
        List<Cuboid> boxes = new ArrayList<>();
        for (int i = 0; i < cars; i++) {
            // four lanes between the kerbs at y = -6.5 and +5, heading along the street either way
            double y = -5.0 + 3.2 * rnd.nextInt(4) + rnd.nextDouble(-0.3, 0.3);
            double yaw = (y > 0 ? 0 : Math.PI) + rnd.nextDouble(-0.15, 0.15);
            boxes.add(Cuboid.upright(rnd.nextDouble(-60, 60), y, -SENSOR_HEIGHT + 0.8, 4.4, 1.9, 1.6, yaw));
        }
        for (int i = 0; i < pedestrians; i++) {
            double y = rnd.nextBoolean() ? rnd.nextDouble(5.8, LEFT_SETBACK - 0.5)
                    : -rnd.nextDouble(7.0, RIGHT_SETBACK - 0.5);
            boxes.add(Cuboid.upright(rnd.nextDouble(-50, 50), y, -SENSOR_HEIGHT + 0.88, 0.6, 0.6, 1.76,
                    rnd.nextDouble(-Math.PI, Math.PI)));
        }
        return new SyntheticLidar(seed, List.copyOf(boxes), cars);
    }

    /** The first {@code points} returns of a street with 24 cars and 12 pedestrians: a busy default scene. */
    public static Scan generate(int points, long seed) {
        return new SyntheticLidar(seed).withTraffic(24, 12).generate(points);
    }

    /** Elevation of beam {@code ring} in degrees (ring 0 is the top beam). */
    public static double elevationDeg(int ring) {
        return TOP_ELEVATION + (BOTTOM_ELEVATION - TOP_ELEVATION) * ring / (RINGS - 1);
    }

    /** The first {@code n} returns of consecutive sweeps. */
    public Scan generate(int n) {
        PointCloud cloud = new PointCloud(n);
        Hits out = new Hits(cloud);
        SplittableRandom noise = new SplittableRandom(seed);
        double[] sinAz = new double[AZIMUTH_STEPS], cosAz = new double[AZIMUTH_STEPS];
        for (int a = 0; a < AZIMUTH_STEPS; a++) {
            double az = 2 * Math.PI * a / AZIMUTH_STEPS;
            sinAz[a] = Math.sin(az);
            cosAz[a] = Math.cos(az);
        }
        Boxes boxes = new Boxes(traffic, cars);
        int i = 0;
        for (int sweep = 0; i < n; sweep++) {
            double egoX = sweep * METRES_PER_SWEEP;
            boxes.moveSensorTo(egoX);
            for (int ring = 0; ring < RINGS && i < n; ring++) {
                double elev = elevationDeg(ring);
                double sinE = Math.sin(Math.toRadians(elev)), cosE = Math.cos(Math.toRadians(elev));
                for (int a = 0; a < AZIMUTH_STEPS && i < n; a++) {
                    double dx = cosE * cosAz[a], dy = cosE * sinAz[a], dz = sinE;
                    if (!cast(egoX, boxes, dx, dy, dz, noise, out, i)) {
                        continue;
                    }
                    out.ring[i] = (short) ring;
                    out.time[i] = sweep * SWEEP_SECONDS + SWEEP_SECONDS * a / AZIMUTH_STEPS;
                    i++;
                }
            }
        }
        return new Scan(cloud, traffic);
    }

    /** Casts one ray; on a return within range fills point {@code i}'s position, intensity and class. */
    private boolean cast(double egoX, Boxes boxes, double dx, double dy, double dz, SplittableRandom noise,
                         Hits out, int i) {
        double best = Double.POSITIVE_INFINITY;
        double albedo = 0;
        double cosIncidence = 1;
        int cls = BACKGROUND;
        if (dz < 0) {
            best = SENSOR_HEIGHT / -dz;
            double gx = best * dx, gy = best * dy;
            // lane markings 12 cm wide at y = +-1.8 m reflect strongly; asphalt weakly
            albedo = Math.abs(Math.abs(gy) - 1.8) < 0.06 && ((long) Math.floor((egoX + gx) / 3.0) & 1) == 0 ? 0.85
                    : 0.12 + 0.06 * hash01(Math.floor(egoX + gx), Math.floor(gy));
            cosIncidence = -dz;
            cls = GROUND;
        }
        if (dy != 0) {
            double side = dy > 0 ? 1 : -1;
            double setback = dy > 0 ? LEFT_SETBACK : RIGHT_SETBACK;
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
                    cls = BUILDING;
                } else if (alley) {
                    double tb = (setback + 40 + 30 * hash01(block, side + 11)) / Math.abs(dy);
                    double hz = SENSOR_HEIGHT + tb * dz;
                    if (tb < best && hz < 20 && hz > 0) {
                        best = tb;
                        albedo = 0.3;
                        cosIncidence = Math.abs(dy);
                        cls = BACKGROUND;
                    }
                }
            }
        }
        int box = boxes.nearestHit(dx, dy, dz, best);
        if (box >= 0) {
            best = boxes.t;
            albedo = box < boxes.cars ? 0.6 : 0.35;
            cosIncidence = boxes.cosIncidence;
            cls = box < boxes.cars ? CAR : PEDESTRIAN;
        }
        if (!(best <= MAX_RANGE)) {
            return false;
        }
        double r = best + 0.02 * noise.nextGaussian();
        out.x[i] = (float) (r * dx);
        out.y[i] = (float) (r * dy);
        out.z[i] = (float) (r * dz);
        double refl = albedo * (0.4 + 0.6 * cosIncidence) * (1 - 0.004 * r) + 0.02 * noise.nextGaussian();
        out.intensity[i] = (float) Math.max(0, Math.min(1, Math.round(refl * 100) / 100.0)); // KITTI keeps 2 digits
        out.cls[i] = (short) cls;
        return true;
    }

    /** A stable pseudo-random value in [0, 1) for a cell, so the scene is the same in every sweep. */
    private double hash01(double a, double b) {
        long h = seed ^ Double.doubleToLongBits(a) * 0x9E3779B97F4A7C15L
                ^ Double.doubleToLongBits(b) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }

    /**
     * Generated points and the traffic boxes.
     *
     * @param cloud   the returns, in each sweep's sensor frame
     * @param objects the cars, then the pedestrians, in the street frame (the first sweep's sensor frame)
     */
    public record Scan(PointCloud cloud, List<Cuboid> objects) {
    }

    /** The cloud's arrays, written point by point. */
    private static final class Hits {
        final float[] x;
        final float[] y;
        final float[] z;
        final float[] intensity;
        final short[] ring;
        final short[] cls;
        final double[] time;

        Hits(PointCloud cloud) {
            x = cloud.x();
            y = cloud.y();
            z = cloud.z();
            intensity = cloud.addColumn(StandardAttributes.INTENSITY, ScalarType.FLOAT32, 1).floats();
            ring = cloud.addColumn(StandardAttributes.RING, ScalarType.UINT16, 1).shorts();
            cls = cloud.addColumn(StandardAttributes.SEMANTIC, ScalarType.UINT16, 1).shorts();
            AttributeColumn t = cloud.addColumn(StandardAttributes.TIME, ScalarType.FLOAT64, 1);
            time = t.doubles();
        }
    }

    /**
     * Ray tests against the traffic boxes, relative to the sensor of the current sweep; per box its heading
     * cos/sin, half sizes and the bearing and half-angle it subtends (a cheap reject before the slab test).
     */
    private static final class Boxes {
        final int cars;
        private final List<Cuboid> boxes;
        private final double[] bx, by, bz, bc, bs, hl, hw, hh, bearing, spread;
        /** Distance and cosine of incidence of the last hit. */
        double t;
        double cosIncidence;

        Boxes(List<Cuboid> boxes, int cars) {
            this.boxes = boxes;
            this.cars = cars;
            int n = boxes.size();
            bx = new double[n];
            by = new double[n];
            bz = new double[n];
            bc = new double[n];
            bs = new double[n];
            hl = new double[n];
            hw = new double[n];
            hh = new double[n];
            bearing = new double[n];
            spread = new double[n];
            for (int b = 0; b < n; b++) {
                Cuboid q = boxes.get(b);
                bz[b] = q.cz();
                bc[b] = Math.cos(q.yaw());
                bs[b] = Math.sin(q.yaw());
                hl[b] = q.length() / 2;
                hw[b] = q.width() / 2;
                hh[b] = q.height() / 2;
            }
        }

        void moveSensorTo(double egoX) {
            for (int b = 0; b < bx.length; b++) {
                Cuboid q = boxes.get(b);
                bx[b] = q.cx() - egoX;
                by[b] = q.cy();
                bearing[b] = Math.atan2(by[b], bx[b]);
                double d = Math.hypot(bx[b], by[b]);
                double r = Math.hypot(hl[b], hw[b]);
                spread[b] = d <= r ? Math.PI : Math.asin(r / d) + 1e-3;
            }
        }

        /** The box hit first and nearer than {@code limit}, or -1; sets {@link #t} and {@link #cosIncidence}. */
        int nearestHit(double dx, double dy, double dz, double limit) {
            if (bx.length == 0) {
                return -1;
            }
            int hit = -1;
            double az = Math.atan2(dy, dx);
            for (int b = 0; b < bx.length; b++) {
                double da = Math.abs(az - bearing[b]) % (2 * Math.PI);
                if (Math.min(da, 2 * Math.PI - da) > spread[b]) {
                    continue;
                }
                if (slab(b, dx, dy, dz, limit)) {
                    limit = t;
                    hit = b;
                }
            }
            return hit;
        }

        /**
         * Slab test of the ray from the sensor against box {@code b} in the box's own axes; on a hit nearer than
         * {@code limit} sets {@link #t} and the incidence on the face entered.
         */
        private boolean slab(int b, double dx, double dy, double dz, double limit) {
            double c = bc[b], s = bs[b];
            double ox = -bx[b], oy = -by[b];
            double t0 = 0, t1 = Double.POSITIVE_INFINITY, cosFace = 1;
            for (int a = 0; a < 3; a++) {
                double o = a == 0 ? c * ox + s * oy : a == 1 ? -s * ox + c * oy : -bz[b];
                double d = a == 0 ? c * dx + s * dy : a == 1 ? -s * dx + c * dy : dz;
                double e = a == 0 ? hl[b] : a == 1 ? hw[b] : hh[b];
                if (Math.abs(d) < 1e-12) {
                    if (Math.abs(o) > e) {
                        return false;
                    }
                    continue;
                }
                double ta = (-e - o) / d, tb = (e - o) / d;
                double near = Math.min(ta, tb);
                if (near > t0) {
                    t0 = near;
                    cosFace = Math.abs(d);
                }
                t1 = Math.min(t1, Math.max(ta, tb));
            }
            if (t0 <= 0 || t0 > t1 || t0 >= limit) {
                return false;
            }
            t = t0;
            cosIncidence = cosFace;
            return true;
        }
    }
}
