package dev.fuselage.io.pcd;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * Buffered text output for ascii PCD bodies. Floats are written in the shortest form Java's own
 * {@link Float#toString} needs to reproduce them exactly (C's {@code strtof} reads it back to the same bits, since
 * both round correctly), without a trailing {@code .0}; NaN as {@code nan} as PCL writes it.
 */
final class AsciiSink {
    private static final int CAPACITY = 1 << 20;
    /** Longest single value: a double in scientific notation or a 20-digit integer, with sign. */
    private static final int MAX_VALUE_CHARS = 32;

    private final WritableByteChannel out;
    private final byte[] buf = new byte[CAPACITY];
    private int len;
    private boolean lineStarted;

    AsciiSink(WritableByteChannel out) {
        this.out = out;
    }

    /** Writes a space before every value but a line's first. */
    AsciiSink separate() throws IOException {
        ensure();
        if (lineStarted) {
            buf[len++] = ' ';
        }
        lineStarted = true;
        return this;
    }

    void newline() throws IOException {
        buf[len++] = '\n';
        lineStarted = false;
        if (len > CAPACITY - 4096) {
            flush();
        }
    }

    /** Text of arbitrary length (header lines). */
    void append(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            if (len == CAPACITY) {
                flush();
            }
            buf[len++] = (byte) s.charAt(i);
        }
    }

    void appendFloat(float f) throws IOException {
        ensure();
        if (f == (int) f && (f != 0 || Float.floatToRawIntBits(f) == 0) && Math.abs(f) < 1e7f) {
            appendLong((int) f); // integral values (intensities, counts) skip the general conversion
        } else if (Float.isNaN(f)) {
            ascii("nan");
        } else if (Float.isInfinite(f)) {
            ascii(f > 0 ? "inf" : "-inf");
        } else {
            decimal(Float.toString(f));
        }
    }

    void appendDouble(double d) throws IOException {
        ensure();
        if (Double.isNaN(d)) {
            ascii("nan");
        } else if (Double.isInfinite(d)) {
            ascii(d > 0 ? "inf" : "-inf");
        } else {
            decimal(Double.toString(d));
        }
    }

    void appendLong(long v) throws IOException {
        ensure();
        if (v == Long.MIN_VALUE) {
            ascii(Long.toString(v));
            return;
        }
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        int start = len;
        do {
            buf[len++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    /** A UINT64 value held in the bits of a long. */
    void appendUnsigned(long v) throws IOException {
        ensure();
        ascii(Long.toUnsignedString(v));
    }

    /** Java's {@code 12.5}, {@code 1.0E-5}, {@code -0.0}; drops a {@code .0} that ends the plain form. */
    private void decimal(String s) {
        int n = s.length();
        if (n > 2 && s.charAt(n - 1) == '0' && s.charAt(n - 2) == '.') {
            n -= 2;
        }
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    /** Makes room for one more value (and its separator); long lines are simply flushed part by part. */
    private void ensure() throws IOException {
        if (len > CAPACITY - MAX_VALUE_CHARS - 2) {
            flush();
        }
    }

    void flush() throws IOException {
        ByteBuffer b = ByteBuffer.wrap(buf, 0, len);
        while (b.hasRemaining()) {
            out.write(b);
        }
        len = 0;
    }
}
