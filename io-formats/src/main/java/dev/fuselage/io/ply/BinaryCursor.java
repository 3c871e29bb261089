package dev.fuselage.io.ply;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Sequential reader over the binary body of a PLY file, for records whose size varies (elements with list
 * properties): a buffered window that refills from the channel as values are consumed and skips long lists
 * without reading them. Fixed-size vertex records bypass it for bulk block reads.
 */
final class BinaryCursor {
    private static final int BUFFER_BYTES = 1 << 16;

    private final FileChannel ch;
    private final long fileSize;
    private final ByteBuffer buf;
    /** File offset of {@code buf}'s byte 0. */
    private long bufStart;

    BinaryCursor(FileChannel ch, long start, ByteOrder order) throws IOException {
        this.ch = ch;
        this.fileSize = ch.size();
        this.buf = ByteBuffer.allocateDirect(BUFFER_BYTES).order(order);
        this.bufStart = start;
        buf.limit(0);
    }

    /** File offset of the next unread byte. */
    long position() {
        return bufStart + buf.position();
    }

    /** Bytes left in the file after the cursor. */
    long remaining() {
        return fileSize - position();
    }

    /** Makes {@code n} (at most 8) bytes readable from {@link #buffer()}; false when the file ends first. */
    boolean ensure(int n) throws IOException {
        if (buf.remaining() >= n) {
            return true;
        }
        long pos = position();
        buf.compact();
        bufStart = pos;
        int filled = buf.position();
        while (filled < n) {
            int r = ch.read(buf, bufStart + filled);
            if (r < 0) {
                break;
            }
            filled = buf.position();
        }
        buf.flip();
        return buf.remaining() >= n;
    }

    /** Skips {@code n >= 0} bytes; false when the file ends first. */
    boolean skip(long n) throws IOException {
        if (n <= buf.remaining()) {
            buf.position(buf.position() + (int) n);
            return true;
        }
        if (n > remaining()) {
            return false;
        }
        bufStart = position() + n;
        buf.clear().limit(0);
        return true;
    }

    /** The window, positioned at the next unread byte, in the body's byte order. */
    ByteBuffer buffer() {
        return buf;
    }

    /** Reads an integer of {@code type} (call {@link #ensure} first), widened without sign loss. */
    long readInteger(PlyType type) {
        return switch (type) {
            case INT8 -> buf.get();
            case UINT8 -> buf.get() & 0xFF;
            case INT16 -> buf.getShort();
            case UINT16 -> buf.getShort() & 0xFFFF;
            case INT32 -> buf.getInt();
            case UINT32 -> buf.getInt() & 0xFFFF_FFFFL;
            case FLOAT32, FLOAT64 -> throw new IllegalArgumentException("not an integer type: " + type);
        };
    }

    /** Reads any value of {@code type} as a double (exact for every PLY type). */
    double readDouble(PlyType type) {
        return switch (type) {
            case FLOAT32 -> buf.getFloat();
            case FLOAT64 -> buf.getDouble();
            default -> readInteger(type);
        };
    }
}
