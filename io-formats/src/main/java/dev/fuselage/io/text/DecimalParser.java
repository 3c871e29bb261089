package dev.fuselage.io.text;

import java.nio.charset.StandardCharsets;

/**
 * Allocation-free parsing of one number token from a byte range, with correctly rounded results: a float token
 * gives exactly what {@link Float#parseFloat} gives (so an ascii PCD or PLY yields the same float32 bits as the
 * binary file it was printed from), a double token exactly what {@link Double#parseDouble} gives. Internal to
 * io-formats (public only for the PCD and PLY readers in their own packages); each format's tokenizer finds the
 * token's bounds, since separators differ between formats.
 *
 * <p>The fast path (Clinger): with at most 18 significant digits, a mantissa {@code m <= 2^53} and a decimal
 * exponent {@code |e| <= 22}, both {@code m} and {@code 10^|e|} are exact doubles, so one IEEE multiply or divide
 * is correctly rounded. For a float the correctly rounded double is then rounded again, which is only wrong when
 * the double lands on a float rounding midpoint (or in the float subnormal range); those cases, and tokens outside
 * the fast path, go to the JDK parser. The grammar accepted here ({@code [+-]digits[.digits][(e|E)[+-]digits]},
 * also {@code .5} and {@code 5.}, plus {@code nan}, {@code inf}, {@code infinity} in any case after an optional
 * sign) is a subset of the JDK's, so the fallback never sees a token it would read differently.
 *
 * <p>The parse methods return false for a malformed token and leave the value for {@link #longValue},
 * {@link #floatValue} or {@link #doubleValue}. One instance per reader thread.
 */
public final class DecimalParser {
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    /** Largest mantissa the fast path takes: every integer up to 2^53 is an exact double. */
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    /** Low 29 bits of a double mantissa: what rounding to float's 24 bits discards. */
    private static final long DISCARDED = (1L << 29) - 1;
    private static final long HALF = 1L << 28;
    /** Outcomes of {@link #scan}: malformed, fast path, JDK fallback, nan/inf. */
    private static final int BAD = 0;
    private static final int FAST = 1;
    private static final int SLOW = 2;
    private static final int SPECIAL = 3;

    private long longValue;
    private double doubleValue;
    private float floatValue;

    // scratch state of the last decimal scan
    private long mantissa;
    private int exponent;
    private boolean negative;
    private double special;

    /** The value of the last successful {@link #parseLong}. */
    public long longValue() {
        return longValue;
    }

    /** The value of the last successful {@link #parseFloat}. */
    public float floatValue() {
        return floatValue;
    }

    /** The value of the last successful {@link #parseDouble}. */
    public double doubleValue() {
        return doubleValue;
    }

    /** Parses an optionally signed decimal integer of at most 18 digits in {@code b[start, end)}. */
    public boolean parseLong(byte[] b, int start, int end) {
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

    /** Parses the double in {@code b[start, end)}, correctly rounded. */
    public boolean parseDouble(byte[] b, int start, int end) {
        int kind = scan(b, start, end);
        if (kind == SPECIAL) {
            doubleValue = special;
            return true;
        }
        if (kind == BAD) {
            return false;
        }
        doubleValue = kind == FAST ? fastDouble() : Double.parseDouble(text(b, start, end));
        return true;
    }

    /** Parses the float in {@code b[start, end)}, correctly rounded. */
    public boolean parseFloat(byte[] b, int start, int end) {
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
            if (abs == 0) {
                floatValue = (float) d;
                return true;
            }
            // d is the correctly rounded double; rounding it to float is right unless it sits on (or, to stay on
            // the safe side, next to) a float midpoint, where the double's rounding may have decided the tie, or
            // the float would be subnormal (rounded differently)
            long low = Double.doubleToRawLongBits(d) & DISCARDED;
            if (abs >= Float.MIN_NORMAL && abs <= Float.MAX_VALUE && Math.abs(low - HALF) > 1) {
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
        if (m == 0) {
            return FAST; // zero whatever the exponent (m == 0 means every digit was 0, none lost)
        }
        return !lost && m <= MAX_EXACT_MANTISSA && exponent >= -22 && exponent <= 22 ? FAST : SLOW;
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
