package dev.fuselage.render.scene;

/**
 * Which points to dim or hide: those whose horizontal distance from the sensor (world origin) is outside
 * {@code [minRange, maxRange]}, or that lie outside an axis-aligned world box. {@link #NONE} keeps everything.
 *
 * @param minRange metres, 0 for no lower limit
 * @param maxRange metres, {@code Double.POSITIVE_INFINITY} for none
 * @param box      world-space box points must lie in, or null for none ({minX,minY,minZ,maxX,maxY,maxZ})
 * @param action   what happens to points that fail
 */
public record PointFilter(double minRange, double maxRange, double[] box, Action action) {
    /** What happens to a point outside the filter. */
    public enum Action {
        /** Drawn at a quarter brightness, toward the background. */
        DIM,
        /** Not drawn and not pickable. */
        HIDE
    }

    /** No filtering. */
    public static final PointFilter NONE = new PointFilter(0, Double.POSITIVE_INFINITY, null, Action.DIM);

    public PointFilter {
        if (box != null && box.length != 6) {
            throw new IllegalArgumentException("box needs 6 values: minX,minY,minZ,maxX,maxY,maxZ");
        }
        box = box == null ? null : box.clone();
    }

    /** A range filter on horizontal distance from the sensor. */
    public static PointFilter range(double minRange, double maxRange, Action action) {
        return new PointFilter(minRange, maxRange, null, action);
    }

    /** True when nothing is filtered. */
    public boolean isNone() {
        return minRange <= 0 && maxRange == Double.POSITIVE_INFINITY && box == null;
    }

    /** Whether a world point passes. */
    public boolean accepts(double x, double y, double z) {
        double r2 = x * x + y * y;
        if (r2 < minRange * minRange || r2 > maxRange * maxRange) {
            return false;
        }
        return box == null || (x >= box[0] && y >= box[1] && z >= box[2] && x <= box[3] && y <= box[4]
                && z <= box[5]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointFilter f && f.minRange == minRange && f.maxRange == maxRange
                && java.util.Arrays.equals(f.box, box) && f.action == action;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(minRange, maxRange, java.util.Arrays.hashCode(box), action);
    }
}
