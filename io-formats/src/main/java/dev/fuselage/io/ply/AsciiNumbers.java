package dev.fuselage.io.ply;

import java.nio.charset.StandardCharsets;

/**
 * Allocation-free parsing of decimal numbers from byte ranges, with correctly rounded results: the value of a
 * float token is exactly what {@link Float#parseFloat} gives (so an ascii PLY yields the same float32 bits as the
 * binary file it was printed from), a double token exactly what {@link Double#parseDouble} gives.
 *
 * <p>The fast path (Clinger): with at most 18 significant digits, a mantissa {@code m <= 2^53} and a decimal
 * exponent {@code |e| <= 22}, both {@code m} and {@code 10^|e|} are exact doubles, so one IEEE multiply or divide
 * is correctly rounded. For a float the correctly rounded double is then rounded again, which is only wrong when
 * the double lands exactly halfway between two floats (or in the float subnormal range); those cases, and tokens
 * outside the fast path, go to the JDK parser. The grammar accepted here ({@code [+-]digits[.digits][(e|E)[+-]
 * digits]}, also {@code .5} and {@code 5.}, plus {@code nan}, {@code inf}, {@code infinity} in any case) is a
 * subset of the JDK's, so the fallback never sees a token it would read differently.
 *
 * <p>Results are left in {@link #longValue}, {@link #doubleValue} or {@link #floatValue}; the parse methods return
 * false for a malformed token. One instance per reader thread.
 */
final class AsciiNumbers {
    private static final double[] POW10 = new double[23];
    private static final long TWO_POW_53 = 1L << 53;
    /** Outcomes of {@link #scan}: malformed, fast path, JDK fallback, nan/inf. */
    private static final int BAD = 0;
    private static final int FAST = 1;
    private static final int SLOW = 2;
    private static final int SPECIAL = 3;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    long longValue;
    double doubleValue;
    float floatValue;

    // scratch state of the last decimal scan
    private long mantissa;
    private int exponent;
    private boolean negative;
    private boolean exact;
    private double special;

    /** Parses an optionally signed decimal integer of at most 18 digits. */
    boolean parseLong(byte[] b, int start, int end) {
        int i = start;
        boolean neg = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            neg = b[i] == '-';
            i++;
        }
        if (i == end || end - i > 18) {
            return false;
        }
        long v = 0;
        for (; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            v = v * 10 + d;
        }
        longValue = neg ? -v : v;
        return true;
    }

    /** Parses a double, correctly rounded. */
    boolean parseDouble(byte[] b, int start, int end) {
        int kind = scan(b, start, end);
        if (kind == SPECIAL) {
            doubleValue = special;
            return true;
        }
        if (kind == BAD) {
            return false;
        }
        if (kind == FAST) {
            doubleValue = fastDouble();
            return true;
        }
        doubleValue = Double.parseDouble(text(b, start, end));
        return true;
    }

    /** Parses a float, correctly rounded. */
    boolean parseFloat(byte[] b, int start, int end) {
        int kind = scan(b, start, end);
        if (kind == SPECIAL) {
            floatValue = (float) special;
            return true;
        }
        if (kind == BAD) {
            return false;
        }
        if (kind == FAST) {
            double d = fastDouble();
            double abs = Math.abs(d);
            long bits = Double.doubleToRawLongBits(d);
            // d is a correctly rounded double; rounding it to float is right unless it is exactly a float
            // midpoint (low 29 of the 52 fraction bits == 1000...0) or the float result would be subnormal
            boolean midpoint = (bits & 0x1FFF_FFFFL) == 0x1000_0000L;
            if (!midpoint && (abs >= Float.MIN_NORMAL || abs == 0)) {
                floatValue = (float) d;
                return true;
            }
        }
        floatValue = Float.parseFloat(text(b, start, end));
        return true;
    }

    /** Checks the syntax and gathers mantissa and exponent; says which path computes the value. */
    private int scan(byte[] b, int start, int end) {
        int i = start;
        negative = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        if (i < end && (b[i] | 0x20) >= 'a' && (b[i] | 0x20) <= 'z') {
            return specialValue(b, i, end);
        }
        long m = 0;
        int digits = 0; // significant digits taken into m
        int dropped = 0; // integer-part digits beyond what m holds
        int scale = 0; // fraction digits taken into m
        boolean any = false;
        boolean lost = false; // a non-zero digit did not fit into m
        for (; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            any = true;
            if (digits < 18) {
                m = m * 10 + d;
                if (m != 0) {
                    digits++;
                }
            } else {
                dropped++;
                lost |= d != 0;
            }
        }
        if (i < end && b[i] == '.') {
            i++;
            for (; i < end; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                any = true;
                if (digits < 18) {
                    m = m * 10 + d;
                    scale++;
                    if (m != 0) {
                        digits++;
                    }
                } else {
                    lost |= d != 0;
                }
            }
        }
        if (!any) {
            return BAD;
        }
        int exp = 0;
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNeg = false;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                expNeg = b[i] == '-';
                i++;
            }
            if (i == end) {
                return BAD;
            }
            for (; i < end; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return BAD;
                }
                if (exp < 100_000) {
                    exp = exp * 10 + d;
                }
            }
            exp = expNeg ? -exp : exp;
        }
        if (i != end) {
            return BAD;
        }
        mantissa = m;
        exponent = exp + dropped - scale;
        exact = !lost;
        if (m == 0 && exact) {
            return FAST; // zero whatever the exponent
        }
        return exact && m <= TWO_POW_53 && exponent >= -22 && exponent <= 22 ? FAST : SLOW;
    }

    private double fastDouble() {
        double d = mantissa == 0 ? 0.0
                : exponent < 0 ? (double) mantissa / POW10[-exponent] : (double) mantissa * POW10[exponent];
        return negative ? -d : d;
    }

    private int specialValue(byte[] b, int i, int end) {
        int len = end - i;
        if (matches(b, i, len, "nan")) {
            special = Double.NaN;
        } else if (matches(b, i, len, "inf") || matches(b, i, len, "infinity")) {
            special = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else {
            return BAD;
        }
        return SPECIAL;
    }

    private static boolean matches(byte[] b, int i, int len, String word) {
        if (len != word.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if ((b[i + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] b, int start, int end) {
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
