package dev.fuselage.app.ui.workspace.paint;

import java.util.BitSet;

/**
 * The paint view's height and range filters: points higher than {@code maxHeight} above their sensor, or farther
 * than {@code maxRange} from it horizontally, are hidden, so the tools reach what they covered (the ground under a
 * car, the points behind a wall). Each point is measured from the lidar of its own frame, also in a merged view
 * (in the reference frame's axes), so the filters follow the car along a merged span.
 *
 * @param height    whether the height filter is on
 * @param maxHeight metres above the sensor (z up; the road of a KITTI frame is at about -1.73 m)
 * @param range     whether the range filter is on
 * @param maxRange  metres, horizontal distance from the sensor
 */
record ViewFilter(boolean height, double maxHeight, boolean range, double maxRange) {
    /** Nothing hidden. */
    static final ViewFilter NONE = new ViewFilter(false, 0, false, 0);

    /** Whether the filter hides nothing. */
    boolean isNone() {
        return !height && !range;
    }

    /** The view points the filter hides (view indices); empty when it is off. One pass over the view. */
    BitSet hiddenIn(PaintView view) {
        BitSet out = new BitSet(view.size());
        if (isNone()) {
            return out;
        }
        float[] x = view.cloud().x(), y = view.cloud().y(), z = view.cloud().z();
        double ox = view.cloud().originX(), oy = view.cloud().originY(), oz = view.cloud().originZ();
        double r2 = range ? maxRange * maxRange : Double.POSITIVE_INFINITY;
        double top = height ? maxHeight : Double.POSITIVE_INFINITY;
        for (int f = 0; f < view.frameIds().size(); f++) {
            double[] s = view.sensor(f);
            // local coordinates relative to the sensor: one subtraction per point, in double like the world
            double sx = s[0] - ox, sy = s[1] - oy, sz = s[2] - oz;
            for (int i = view.offset(f), end = view.offset(f + 1); i < end; i++) {
                double dx = x[i] - sx, dy = y[i] - sy;
                if (z[i] - sz > top || dx * dx + dy * dy > r2) {
                    out.set(i);
                }
            }
        }
        return out;
    }
}
