package dev.fuselage.core.cloud;

/**
 * Axis-aligned bounds in world coordinates (metres, doubles so that georeferenced clouds keep their precision).
 * An empty cloud has {@link #EMPTY} bounds, whose minimum is larger than its maximum.
 */
public record Bounds(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {
    /** Bounds of nothing. */
    public static final Bounds EMPTY = new Bounds(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    public boolean isEmpty() {
        return minX > maxX;
    }

    public double[] min() {
        return new double[] {minX, minY, minZ};
    }

    public double[] max() {
        return new double[] {maxX, maxY, maxZ};
    }

    public double centerX() {
        return (minX + maxX) * 0.5;
    }

    public double centerY() {
        return (minY + maxY) * 0.5;
    }

    public double centerZ() {
        return (minZ + maxZ) * 0.5;
    }
}
