package dev.fuselage.ai.geometry;

/** Angle helpers (radians). */
public final class Angles {
    private Angles() {
    }

    /** {@code a} wrapped into [-π, π). */
    public static double wrap(double a) {
        double w = (a + Math.PI) % (2 * Math.PI);
        if (w < 0) {
            w += 2 * Math.PI;
        }
        return w - Math.PI;
    }

    /** The signed shortest turn from {@code from} to {@code to}, in [-π, π). */
    public static double delta(double from, double to) {
        return wrap(to - from);
    }

    /**
     * Difference between two box headings ignoring direction (a box turned by π is the same box), in [0, π/2].
     */
    public static double axisDifference(double a, double b) {
        double d = Math.abs(wrap(a - b));
        return d > Math.PI / 2 ? Math.PI - d : d;
    }
}
