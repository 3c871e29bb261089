package dev.fuselage.project.segment;

import dev.fuselage.core.cloud.PointCloud;
import java.util.BitSet;

/**
 * The paint tools' height and range filters: points higher than {@code maxHeight} above their sensor, or farther
 * than {@code maxRange} from it horizontally, are hidden, so the tools reach what they covered (the ground under a
 * car, the points behind a wall). A merged view measures each frame's points from that frame's own sensor
 * ({@link MergedFrames#sensorPosition}), so the filters follow the car along the span.
 *
 * @param height    whether the height filter is on
 * @param maxHeight metres above the sensor (z up; the road of a KITTI frame is about 1.73 m below it)
 * @param range     whether the range filter is on
 * @param maxRange  metres, horizontal distance from the sensor
 */
public record HeightRangeFilter(boolean height, double maxHeight, boolean range, double maxRange) {
    /** Nothing hidden. */
    public static final HeightRangeFilter NONE = new HeightRangeFilter(false, 0, false, 0);

    /** Whether the filter hides nothing. */
    public boolean isNone() {
        return !height && !range;
    }

    /**
     * Sets in {@code out} the points {@code [from, to)} of {@code cloud} the filter hides, measured from a sensor at
     * world position {@code (sx, sy, sz)}. One pass, no allocation.
     */
    public void hide(PointCloud cloud, int from, int to, double sx, double sy, double sz, BitSet out) {
        if (isNone()) {
            return;
        }
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        // the sensor in the cloud's local coordinates: one subtraction per point
        double lx = sx - cloud.originX(), ly = sy - cloud.originY(), lz = sz - cloud.originZ();
        double r2 = range ? maxRange * maxRange : Double.POSITIVE_INFINITY;
        double top = height ? maxHeight : Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double dx = x[i] - lx, dy = y[i] - ly;
            if (z[i] - lz > top || dx * dx + dy * dy > r2) {
                out.set(i);
            }
        }
    }
}
