package dev.fuselage.ai;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Points on a flat ground and on the surfaces of boxes that a lidar at the origin sees. */
public final class SyntheticScene {
    private final SplittableRandom rnd;
    private final List<float[]> pts = new ArrayList<>();

    public SyntheticScene(long seed) {
        rnd = new SplittableRandom(seed);
    }

    public void ground(double z) {
        for (double x = -40; x <= 40; x += 0.25) {
            for (double y = -25; y <= 25; y += 0.25) {
                pts.add(new float[] {(float) x, (float) y, (float) (z + rnd.nextDouble(-0.02, 0.02))});
            }
        }
    }

    /** The sides of the box that face a sensor at the origin, and its top, sampled every 10 cm. */
    public void box(Cuboid b) {
        double c = Math.cos(b.yaw()), s = Math.sin(b.yaw());
        double hl = b.length() / 2, hw = b.width() / 2, bottom = b.cz() - b.height() / 2 + 0.3;
        // the sensor in the box's frame: a side is seen when the sensor is on its outer side
        double su = c * -b.cx() + s * -b.cy(), sv = -s * -b.cx() + c * -b.cy();
        for (double z = bottom; z <= b.cz() + b.height() / 2; z += 0.1) {
            for (double u = -hl; u <= hl; u += 0.1) {
                add(b, c, s, u, sv > 0 ? hw : -hw, z);
            }
            for (double v = -hw; v <= hw; v += 0.1) {
                add(b, c, s, su > 0 ? hl : -hl, v, z);
            }
        }
        for (double u = -hl; u <= hl; u += 0.1) {
            for (double v = -hw; v <= hw; v += 0.1) {
                add(b, c, s, u, v, b.cz() + b.height() / 2);
            }
        }
    }

    private void add(Cuboid b, double c, double s, double u, double v, double z) {
        pts.add(new float[] {(float) (b.cx() + c * u - s * v), (float) (b.cy() + s * u + c * v), (float) z});
    }

    public PointCloud cloud() {
        PointCloud cloud = new PointCloud(pts.size());
        for (int i = 0; i < pts.size(); i++) {
            cloud.x()[i] = pts.get(i)[0];
            cloud.y()[i] = pts.get(i)[1];
            cloud.z()[i] = pts.get(i)[2];
        }
        return cloud;
    }
}
