package dev.fuselage.io.pcd;

import dev.fuselage.io.FormatException;
import dev.fuselage.io.text.DecimalParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads the values of an ascii PCD body line by line straight from a byte buffer: values are separated by any run
 * of spaces, tabs or commas (PDAL writes all three), blank lines are skipped, and numbers are parsed without
 * creating a string per token. Floats and doubles go through io-formats' shared {@link DecimalParser}, whose results
 * are bit-identical to the JDK's parsers; this class only finds where each value's text lies.
 */
final class AsciiTokenizer {
    private static final int INITIAL_BUFFER = 1 << 20;

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

    private final DecimalParser numbers = new DecimalParser();
    /** Where the current value's text starts (for messages and the JDK's parsers). */
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
        int start = nextToken(field);
        if (!numbers.parseFloat(buf, start, pos)) {
            throw notANumber(field);
        }
        return numbers.floatValue();
    }

    /** The next value as a double, correctly rounded; {@code nan} and {@code inf} allowed. */
    double nextDouble(String field) throws FormatException {
        int start = nextToken(field);
        if (!numbers.parseDouble(buf, start, pos)) {
            throw notANumber(field);
        }
        return numbers.doubleValue();
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

    /** Moves past the next value, which the FIELDS need; returns where it starts ({@link #pos} is its end). */
    private int nextToken(String field) throws FormatException {
        start(field);
        tokenStart = pos;
        skipToken();
        return tokenStart;
    }

    private FormatException notANumber(String field) {
        return error("line " + line + ": '" + token() + "' is not a number (field '" + field + "')");
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
