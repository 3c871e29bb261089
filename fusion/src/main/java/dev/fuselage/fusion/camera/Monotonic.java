package dev.fuselage.fusion.camera;

import java.util.function.DoubleUnaryOperator;

/** Finds where a distortion model's derivative first stops being positive. */
final class Monotonic {
    private static final int STEPS = 20_000;

    private Monotonic() {
    }

    /**
     * The first argument in (0, max) where {@code derivative} is no longer positive, found by a scan then
     * bisection; infinity when there is none below {@code max}.
     */
    static double firstTurn(DoubleUnaryOperator derivative, double max) {
        double step = max / STEPS;
        double prev = 0;
        for (int i = 1; i <= STEPS; i++) {
            double a = i * step;
            if (!(derivative.applyAsDouble(a) > 0)) {
                double lo = prev, hi = a;
                for (int k = 0; k < 60; k++) {
                    double mid = (lo + hi) / 2;
                    if (derivative.applyAsDouble(mid) > 0) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                return lo;
            }
            prev = a;
        }
        return Double.POSITIVE_INFINITY;
    }
}
