package dev.fuselage.ontology;

import java.util.Optional;

/**
 * A numeric attribute within {@code [min, max]}, e.g. KITTI {@code truncated} in {@code [0, 1]}.
 *
 * <p>{@code min} and {@code max} may be infinite for an open range (files leave them out). When {@code step} is
 * given, values must lie on the grid {@code base + k * step} where {@code base} is {@code min} if it is finite,
 * else 0; {@code step} 1 makes an integer attribute. Any {@code Number} is accepted; NaN and infinities never are.
 */
public record NumberAttribute(String name, double min, double max, Optional<Double> step,
                              Optional<Double> defaultValue, boolean required) implements AttributeDef {

    /** Tolerance for "on the step grid", relative to the step, so 0.1 + 0.2 still counts as 0.3. */
    private static final double GRID_TOLERANCE = 1e-9;

    public NumberAttribute {
        AttributeDef.checkName(name, "attribute");
        if (Double.isNaN(min) || Double.isNaN(max) || min > max || min == Double.POSITIVE_INFINITY
                || max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("number attribute '" + name + "' has an empty range [" + min + ", "
                    + max + "]");
        }
        step.ifPresent(s -> {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("number attribute '" + name + "' has step " + s
                        + " (must be finite and > 0)");
            }
        });
        double lo = min, hi = max;
        Optional<Double> grid = step;
        defaultValue.ifPresent(d -> {
            String problem = check(d, lo, hi, grid);
            if (problem != null) {
                throw new IllegalArgumentException("number attribute '" + name + "' has default " + format(d)
                        + ", which is not allowed: " + problem);
            }
        });
    }

    /** A range without step or default. */
    public static NumberAttribute range(String name, double min, double max, boolean required) {
        return new NumberAttribute(name, min, max, Optional.empty(), Optional.empty(), required);
    }

    /** The same attribute with {@code value} as default. */
    public NumberAttribute withDefault(double value) {
        return new NumberAttribute(name, min, max, step, Optional.of(value), required);
    }

    /** The same attribute restricted to multiples of {@code stepSize}. */
    public NumberAttribute withStep(double stepSize) {
        return new NumberAttribute(name, min, max, Optional.of(stepSize), defaultValue, required);
    }

    @Override
    public String typeName() {
        return "number";
    }

    @Override
    public Optional<String> problemWith(Object value) {
        if (!(value instanceof Number n)) {
            return Optional.of("expected a number but got " + ValueText.describe(value));
        }
        return Optional.ofNullable(check(n.doubleValue(), min, max, step));
    }

    private static String check(double v, double min, double max, Optional<Double> step) {
        if (!Double.isFinite(v)) {
            return format(v) + " is not a finite number";
        }
        if (v < min || v > max) {
            return format(v) + " is outside [" + format(min) + ", " + format(max) + "]";
        }
        if (step.isPresent()) {
            double s = step.get();
            double base = Double.isFinite(min) ? min : 0;
            double k = (v - base) / s;
            if (Math.abs(k - Math.rint(k)) > GRID_TOLERANCE * Math.max(1, Math.abs(k))) {
                return format(v) + " is not a multiple of step " + format(s)
                        + (base == 0 ? "" : " from " + format(base));
            }
        }
        return null;
    }

    /** Integral values without a trailing ".0", so messages read {@code 3 is outside [0, 1]}. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
