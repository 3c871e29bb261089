package dev.fuselage.io.pcd;

import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads the values of an ascii PCD body line by line straight from a byte buffer: values are separated by any run
 * of spaces, tabs or commas (PDAL writes all three), blank lines are skipped, and numbers are parsed without
 * creating a string per token. Floats go through {@link DecimalText}'s correctly rounded fast path and fall back to
 * {@link Float#parseFloat} only for tokens it cannot settle, so results are bit-identical to the JDK's parser.
 */
final class AsciiTokenizer {
    private static final int INITIAL_BUFFER = 1 << 20;
    private static final int NUMBER = 0;
    private static final int NAN = 1;
    private static final int INFINITY = 2;

    private final Path file;
    private final ReadableByteChannel channel;
    private final int valuesPerLine;
    private final long maxLineBytes;
    private byte[] buf = new byte[INITIAL_BUFFER];
    private int filled;
    private boolean eof;
    private int next;
    private int lineEnd;
    private int pos;
    private long line;
    private int valuesRead;

    // result of the last scanNumber()
    private boolean negative;
    private long mantissa;
    private int exponent;
    private boolean exact;
    private int tokenStart;

    /**
     * @param firstLine     line number of the first body line (for messages)
     * @param valuesPerLine values each point line must hold
     */
    AsciiTokenizer(Path file, ReadableByteChannel channel, long firstLine, int valuesPerLine) {
        this.file = file;
        this.channel = channel;
        this.line = firstLine - 1;
        this.valuesPerLine = valuesPerLine;
        // generous for any number format, yet a file without line breaks cannot make the buffer grow unbounded
        this.maxLineBytes = INITIAL_BUFFER + 64L * valuesPerLine;
    }

    /** Line number of the current line. */
    long line() {
        return line;
    }

    /** Moves to the next line holding anything but separators; false at the end of the data. */
    boolean nextLine() throws IOException {
        while (true) {
            int start = next;
            int i = start;
            while (true) {
                while (i < filled && buf[i] != '\n') {
                    i++;
                }
                if (i < filled || eof) {
                    break;
                }
                i -= start;
                start = refill(start);
            }
            if (start >= filled) {
                next = start;
                return false;
            }
            line++;
            lineEnd = i;
            next = i < filled ? i + 1 : i;
            pos = start;
            valuesRead = 0;
            skipSeparators();
            if (pos < lineEnd) {
                return true;
            }
        }
    }

    /** Keeps bytes from {@code start} on, moves them to the front and reads more; returns the new start (0). */
    private int refill(int start) throws IOException {
        int kept = filled - start;
        if (start == 0 && kept == buf.length) {
            if (kept >= maxLineBytes) {
                throw error("line " + (line + 1) + " is longer than " + maxLineBytes + " bytes (FIELDS declare "
                        + valuesPerLine + " values a line): not PCD text");
            }
            byte[] bigger = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.min(maxLineBytes + 1,
                    buf.length * 2L))];
            System.arraycopy(buf, 0, bigger, 0, kept);
            buf = bigger;
        } else if (start > 0) {
            System.arraycopy(buf, start, buf, 0, kept);
        }
        filled = kept;
        int n = channel.read(ByteBuffer.wrap(buf, filled, buf.length - filled));
        if (n < 0) {
            eof = true;
        } else {
            filled += n;
        }
        return 0;
    }

    /** Fails unless the current line holds no further values. */
    void endLine() throws FormatException {
        skipSeparators();
        if (pos < lineEnd) {
            throw error("line " + line + " has more than the " + valuesPerLine + " values the FIELDS declare");
        }
    }

    /** Counts the values on the rest of the current line, consuming them. */
    long countValues() {
        long k = 0;
        skipSeparators();
        while (pos < lineEnd) {
            skipToken();
            skipSeparators();
            k++;
        }
        return k;
    }

    /** Skips one value of any form (padding fields). */
    void skip(String field) throws FormatException {
        start(field);
        while (pos < lineEnd && !isSeparator(buf[pos])) {
            pos++;
        }
    }

    /** The next value as a float, correctly rounded; {@code nan} and {@code inf} allowed. */
    float nextFloat(String field) throws FormatException {
        int kind = scanNumber(field);
        if (kind == NAN) {
            return Float.NaN;
        }
        if (kind == INFINITY) {
            return negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        }
        float f = exact ? DecimalText.toFloat(mantissa, exponent) : Float.NaN;
        if (Float.isNaN(f)) {
            return Float.parseFloat(tokenText()); // grammar already checked: plain decimal, optional exponent
        }
        return negative ? -f : f;
    }

    /** The next value as a double, correctly rounded; {@code nan} and {@code inf} allowed. */
    double nextDouble(String field) throws FormatException {
        int kind = scanNumber(field);
        if (kind == NAN) {
            return Double.NaN;
        }
        if (kind == INFINITY) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double d = exact ? (mantissa == 0 ? 0.0 : DecimalText.toDouble(mantissa, exponent)) : Double.NaN;
        if (Double.isNaN(d)) {
            return Double.parseDouble(tokenText());
        }
        return negative ? -d : d;
    }

    /**
     * The next value as an integer within {@code [min, max]}; {@code unsigned64} reads a value up to 2^64-1 into
     * the bits of a long.
     */
    long nextLong(String field, long min, long max, boolean unsigned64, String typeCode) throws FormatException {
        start(field);
        int p = pos;
        tokenStart = p;
        boolean neg = false;
        if (buf[p] == '-' || buf[p] == '+') {
            neg = buf[p] == '-';
            p++;
        }
        long v = 0;
        int digits = 0;
        while (p < lineEnd) {
            int d = buf[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (digits < 18) {
                v = v * 10 + d;
            }
            digits++;
            p++;
        }
        if (digits == 0 || (p < lineEnd && !isSeparator(buf[p]))) {
            pos = p;
            skipToken();
            throw error("line " + line + ": '" + token() + "' is not a whole number (field '" + field + "', "
                    + typeCode + ")");
        }
        pos = p;
        if (digits <= 18) {
            long value = neg ? -v : v;
            if (value >= min && value <= max) {
                return value;
            }
        } else {
            try {
                if (unsigned64) {
                    return Long.parseUnsignedLong(tokenText());
                }
                long value = Long.parseLong(tokenText());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // falls through to the range error
            }
        }
        throw error("line " + line + ": " + token() + " does not fit field '" + field + "' (" + typeCode + ")");
    }

    private void start(String field) throws FormatException {
        skipSeparators();
        if (pos >= lineEnd) {
            throw error("line " + line + " has " + valuesRead + " values but the FIELDS need " + valuesPerLine
                    + " (missing '" + field + "')");
        }
        valuesRead++;
    }

    /** Scans a decimal number (or nan/inf) at the current position into the result fields. */
    private int scanNumber(String field) throws FormatException {
        start(field);
        int p = pos;
        tokenStart = p;
        negative = false;
        if (buf[p] == '-' || buf[p] == '+') {
            negative = buf[p] == '-';
            p++;
        }
        long m = 0;
        int digits = 0;
        int exp = 0;
        boolean any = false;
        boolean isExact = true;
        while (p < lineEnd) {
            int d = buf[p] - '0';
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
                exp++;
                isExact &= d == 0;
            }
            p++;
        }
        if (p < lineEnd && buf[p] == '.') {
            p++;
            while (p < lineEnd) {
                int d = buf[p] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                any = true;
                if (digits < 18) {
                    m = m * 10 + d;
                    if (m != 0) {
                        digits++;
                    }
                    exp--;
                } else {
                    isExact &= d == 0;
                }
                p++;
            }
        }
        if (!any) {
            return scanWord(p, field);
        }
        if (p < lineEnd && (buf[p] | 0x20) == 'e') {
            p++;
            boolean expNeg = false;
            if (p < lineEnd && (buf[p] == '-' || buf[p] == '+')) {
                expNeg = buf[p] == '-';
                p++;
            }
            int e = 0;
            int expDigits = 0;
            while (p < lineEnd) {
                int d = buf[p] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                if (e < 100_000) {
                    e = e * 10 + d;
                }
                expDigits++;
                p++;
            }
            if (expDigits == 0) {
                pos = p;
                return notANumber(field);
            }
            exp += expNeg ? -e : e;
        }
        pos = p;
        if (p < lineEnd && !isSeparator(buf[p])) {
            return notANumber(field);
        }
        mantissa = m;
        exponent = exp;
        exact = isExact;
        return NUMBER;
    }

    /** nan, inf or infinity in any case, after an optional sign. */
    private int scanWord(int p, String field) throws FormatException {
        int end = p;
        while (end < lineEnd && !isSeparator(buf[end])) {
            end++;
        }
        String word = new String(buf, p, end - p, StandardCharsets.ISO_8859_1);
        pos = end;
        if (word.equalsIgnoreCase("nan")) {
            return NAN;
        }
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return INFINITY;
        }
        return notANumber(field);
    }

    private int notANumber(String field) throws FormatException {
        skipToken();
        throw error("line " + line + ": '" + token() + "' is not a number (field '" + field + "')");
    }

    private void skipToken() {
        while (pos < lineEnd && !isSeparator(buf[pos])) {
            pos++;
        }
    }

    /** The current token as text, for the JDK's parsers. */
    private String tokenText() {
        return new String(buf, tokenStart, pos - tokenStart, StandardCharsets.ISO_8859_1);
    }

    /** The current token shortened and cleaned for a message. */
    private String token() {
        return PcdHeader.shorten(tokenText());
    }

    private void skipSeparators() {
        while (pos < lineEnd && isSeparator(buf[pos])) {
            pos++;
        }
    }

    private static boolean isSeparator(byte c) {
        return c == ' ' || c == '\t' || c == ',' || c == '\r';
    }

    private FormatException error(String problem) {
        return new FormatException(file, problem);
    }
}
