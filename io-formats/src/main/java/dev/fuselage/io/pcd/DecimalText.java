package dev.fuselage.io.pcd;

/**
 * Correctly rounded decimal-to-binary conversion for the common case, without building strings: a decimal
 * {@code m x 10^e} with an exactly known mantissa {@code m <= 2^53} and {@code |e| <= 22}. Both factors are then
 * exact doubles, so one IEEE multiplication or division gives the correctly rounded double (Clinger's fast path).
 * For float, rounding that double again is correct unless it sits exactly on a float rounding midpoint; those
 * rare values (and everything outside the fast path) are left to the JDK's parser by returning {@code NaN}.
 */
final class DecimalText {
    /** Largest mantissa the fast path takes: every integer up to 2^53 is an exact double. */
    static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    /** Low 29 bits of a double mantissa: what rounding to float's 24 bits discards. */
    private static final long DISCARDED = (1L << 29) - 1;
    private static final long HALF = 1L << 28;

    private DecimalText() {
    }

    /** {@code m x 10^exp10} correctly rounded to double, or NaN when the fast path cannot guarantee it. */
    static double toDouble(long m, int exp10) {
        if (m > MAX_EXACT_MANTISSA || m < 0 || exp10 < -22 || exp10 > 22) {
            return Double.NaN;
        }
        return exp10 >= 0 ? m * POWERS[exp10] : m / POWERS[-exp10];
    }

    /** {@code m x 10^exp10} correctly rounded to float, or NaN when the fast path cannot guarantee it. */
    static float toFloat(long m, int exp10) {
        if (m == 0) {
            return 0f;
        }
        double d = toDouble(m, exp10);
        // NaN (no fast path) fails both comparisons; subnormal and overflowing floats round differently
        if (!(d >= Float.MIN_NORMAL && d <= Float.MAX_VALUE)) {
            return Float.NaN;
        }
        long low = Double.doubleToRawLongBits(d) & DISCARDED;
        if (Math.abs(low - HALF) <= 1) {
            return Float.NaN; // on (or next to) a float midpoint: the double's rounding may have decided the tie
        }
        return (float) d;
    }
}
