package dev.fuselage.render.scene;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.geometry.Cuboid;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic lidar-like scene for benchmarks, tests and demos: a spinning sensor 1.8 m above flat ground
 * with {@code rings} laser rings between −25° and +3° elevation, surrounded by a wavy wall 30–80 m away, with
 * cars and pedestrians as boxes that the beams hit. Columns: {@code intensity} (float), {@code ring} (uint16),
 * {@code semantic} (uint16: 1 ground, 2 wall, 3 car, 4 pedestrian). Any point count, allocation only for the
 * result.
 */
public final class SyntheticLidar {
    /** Sensor height above the ground. */
    public static final double SENSOR_HEIGHT = 1.8;
    private final PointCloud cloud;
    private final List<Cuboid> objects;

    private SyntheticLidar(PointCloud cloud, List<Cuboid> objects) {
        this.cloud = cloud;
        this.objects = objects;
    }

    /** The points, in the sensor frame (z = 0 at the sensor, ground at z = −1.8). */
    public PointCloud cloud() {
        return cloud;
    }

    /** The cars and pedestrians as boxes (ground truth for labels). */
    public List<Cuboid> objects() {
        return objects;
    }

    /** Generates {@code points} points on 64 rings. */
    public static SyntheticLidar generate(int points, long seed) {
        return generate(points, 64, seed);
    }

    public static SyntheticLidar generate(int points, int rings, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Cuboid> boxes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            double a = rnd.nextDouble(0, 2 * Math.PI), r = rnd.nextDouble(6, 45);
            boxes.add(Cuboid.upright(r * Math.cos(a), r * Math.sin(a), -SENSOR_HEIGHT + 0.8, 4.4, 1.9, 1.6,
                    rnd.nextDouble(-Math.PI, Math.PI)));
        }
        for (int i = 0; i < 12; i++) {
            double a = rnd.nextDouble(0, 2 * Math.PI), r = rnd.nextDouble(5, 40);
            boxes.add(Cuboid.upright(r * Math.cos(a), r * Math.sin(a), -SENSOR_HEIGHT + 0.88, 0.6, 0.6, 1.76,
                    rnd.nextDouble(-Math.PI, Math.PI)));
        }
        PointCloud cloud = new PointCloud(points);
        AttributeColumn intensity = cloud.addColumn(StandardAttributes.INTENSITY, ScalarType.FLOAT32, 1);
        AttributeColumn ring = cloud.addColumn(StandardAttributes.RING, ScalarType.UINT16, 1);
        AttributeColumn semantic = cloud.addColumn(StandardAttributes.SEMANTIC, ScalarType.UINT16, 1);
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z(), inten = intensity.floats();
        short[] ringIds = ring.shorts(), labels = semantic.shorts();
        int perRing = Math.max(1, (points + rings - 1) / rings);
        int nb = boxes.size();
        // per box: centre, heading cos/sin, half sizes, and the bearing/half-angle it subtends (a cheap reject)
        double[] bx = new double[nb], by = new double[nb], bz = new double[nb], bc = new double[nb];
        double[] bs = new double[nb], hl = new double[nb], hw = new double[nb], hh = new double[nb];
        double[] bearing = new double[nb], spread = new double[nb];
        for (int b = 0; b < nb; b++) {
            Cuboid c = boxes.get(b);
            bx[b] = c.cx();
            by[b] = c.cy();
            bz[b] = c.cz();
            bc[b] = Math.cos(c.yaw());
            bs[b] = Math.sin(c.yaw());
            hl[b] = c.length() / 2;
            hw[b] = c.width() / 2;
            hh[b] = c.height() / 2;
            bearing[b] = Math.atan2(c.cy(), c.cx());
            spread[b] = Math.asin(Math.min(1, Math.hypot(hl[b], hw[b]) / Math.hypot(c.cx(), c.cy()))) + 1e-3;
        }
        for (int i = 0; i < points; i++) {
            int r = i / perRing, k = i % perRing;
            double el = Math.toRadians(-25 + 28.0 * r / Math.max(1, rings - 1));
            double az = 2 * Math.PI * (k + 0.5 * (r & 1)) / perRing;
            double dx = Math.cos(el) * Math.cos(az), dy = Math.cos(el) * Math.sin(az), dz = Math.sin(el);
            double wall = 55 + 25 * Math.sin(3 * az) * Math.cos(5 * az);
            double t = wall / Math.max(1e-6, Math.cos(el));
            int label = 2;
            if (dz < 0) {
                double tg = SENSOR_HEIGHT / -dz;
                if (tg < t) {
                    t = tg;
                    label = 1;
                }
            }
            for (int b = 0; b < nb; b++) {
                double da = Math.abs(az - bearing[b]) % (2 * Math.PI);
                if (Math.min(da, 2 * Math.PI - da) > spread[b]) {
                    continue;
                }
                double tb = hit(bx[b], by[b], bz[b], bc[b], bs[b], hl[b], hw[b], hh[b], dx, dy, dz);
                if (tb < t) {
                    t = tb;
                    label = b < 24 ? 3 : 4;
                }
            }
            t += rnd.nextDouble(-0.02, 0.02);
            x[i] = (float) (t * dx);
            y[i] = (float) (t * dy);
            z[i] = (float) (t * dz);
            inten[i] = (float) Math.min(1, (label == 1 ? 0.15 : label == 2 ? 0.35 : 0.7) + rnd.nextDouble(0, 0.2)
                    + 2 / (1 + t));
            ringIds[i] = (short) r;
            labels[i] = (short) label;
        }
        return new SyntheticLidar(cloud, List.copyOf(boxes));
    }

    /** Ray from the sensor origin against an upright box; +infinity on a miss. */
    private static double hit(double cx, double cy, double cz, double c, double s, double hl, double hw,
                              double hh, double dx, double dy, double dz) {
        double ox = -cx, oy = -cy;
        double t0 = 0, t1 = Double.POSITIVE_INFINITY;
        double[] slab = {c * ox + s * oy, c * dx + s * dy, hl, -s * ox + c * oy, -s * dx + c * dy, hw, -cz, dz, hh};
        for (int a = 0; a < 9; a += 3) {
            double o = slab[a], d = slab[a + 1], e = slab[a + 2];
            if (Math.abs(d) < 1e-12) {
                if (Math.abs(o) > e) {
                    return Double.POSITIVE_INFINITY;
                }
                continue;
            }
            double ta = (-e - o) / d, tb = (e - o) / d;
            t0 = Math.max(t0, Math.min(ta, tb));
            t1 = Math.min(t1, Math.max(ta, tb));
        }
        return t0 <= t1 && t0 > 0 ? t0 : Double.POSITIVE_INFINITY;
    }
}
