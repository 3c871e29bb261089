package dev.fuselage.io.pcd;

import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;

/**
 * Streaming decoder for one LZF block (the liblzf format PCL uses for {@code binary_compressed}). Output is
 * produced a chunk at a time into {@link #buffer()}; since LZF back-references reach at most 8 KiB back, only that
 * window is kept between chunks, so a block of any size decodes in a few hundred KiB. Every control byte is
 * checked: literal runs and back-references may not read past the input, point before the start of the output or
 * write past the size the header declares.
 *
 * <p>Format: a control byte {@code c < 32} starts a literal run of {@code c + 1} bytes; otherwise the top three
 * bits are the match length minus 2 (7: one more length byte follows) and the low five bits with the next byte
 * form the distance minus 1.
 */
final class LzfDecoder {
    /** Farthest back a reference can reach. */
    static final int WINDOW = 1 << 13;
    /** Longest single match. */
    static final int MAX_MATCH = (1 << 8) + (1 << 3);
    /** Most input bytes one operation consumes (control byte + 32 literals), plus room. */
    private static final int MAX_OP_INPUT = 34;
    private static final int IN_CHUNK = 1 << 16;
    private static final int OUT_CHUNK = 1 << 18;

    private final Path file;
    private final ReadableByteChannel in;
    private long inLeft;
    private final byte[] src = new byte[IN_CHUNK];
    private int ip;
    private int iend;
    private final byte[] out = new byte[WINDOW + OUT_CHUNK];
    private int op;
    private long base;
    private final long total;

    /**
     * @param in             channel positioned at the first compressed byte
     * @param compressedSize bytes of the block
     * @param expanded       the size the block must decode to
     */
    LzfDecoder(Path file, ReadableByteChannel in, long compressedSize, long expanded) {
        this.file = file;
        this.in = in;
        this.inLeft = compressedSize;
        this.total = expanded;
    }

    /** The output buffer; valid output ends at {@link #end()}. */
    byte[] buffer() {
        return out;
    }

    /** End of valid output in {@link #buffer()}. */
    int end() {
        return op;
    }

    /** Bytes decoded so far. */
    long produced() {
        return base + op;
    }

    /**
     * Decodes until the buffer is nearly full or the block ends.
     *
     * @return false once the whole block has been decoded
     */
    boolean decode() throws IOException {
        final byte[] s = src, o = out;
        final int limit = o.length - MAX_MATCH;
        int i = ip, p = op;
        try {
            while (p <= limit) {
                if (iend - i < MAX_OP_INPUT && inLeft > 0) {
                    ip = i;
                    refill();
                    i = ip;
                }
                if (i >= iend) {
                    return false;
                }
                int ctrl = s[i++] & 0xFF;
                if (ctrl < 32) {
                    int len = ctrl + 1;
                    if (len > iend - i) {
                        throw corrupt("a literal run of " + len + " bytes runs past the end of the block");
                    }
                    room(p, len);
                    System.arraycopy(s, i, o, p, len);
                    i += len;
                    p += len;
                } else {
                    int len = ctrl >>> 5;
                    if (len == 7) {
                        if (i >= iend) {
                            throw corrupt("the block ends inside a match length");
                        }
                        len += s[i++] & 0xFF;
                    }
                    if (i >= iend) {
                        throw corrupt("the block ends inside a back-reference");
                    }
                    int ref = p - ((ctrl & 0x1F) << 8) - 1 - (s[i++] & 0xFF);
                    len += 2;
                    if (ref < 0) {
                        throw corrupt("a back-reference points before the start of the data");
                    }
                    room(p, len);
                    if (p - ref >= len) {
                        System.arraycopy(o, ref, o, p, len);
                        p += len;
                    } else {
                        for (int k = 0; k < len; k++) {
                            o[p++] = o[ref++]; // overlapping copy repeats the pattern, byte by byte
                        }
                    }
                }
            }
            return true;
        } finally {
            ip = i;
            op = p;
        }
    }

    /**
     * Drops output before {@code consumed} that no back-reference can reach any more.
     *
     * @return the new index of {@code consumed}
     */
    int compact(int consumed) {
        int keepFrom = Math.min(consumed, op - WINDOW);
        if (keepFrom <= 0) {
            return consumed;
        }
        System.arraycopy(out, keepFrom, out, 0, op - keepFrom);
        op -= keepFrom;
        base += keepFrom;
        return consumed - keepFrom;
    }

    private void room(int p, int len) throws FormatException {
        if (base + p + len > total) {
            throw corrupt("the data expands past the " + total + " bytes the block declares");
        }
    }

    private void refill() throws IOException {
        int kept = iend - ip;
        System.arraycopy(src, ip, src, 0, kept);
        ip = 0;
        iend = kept;
        int want = (int) Math.min(src.length - kept, inLeft);
        ByteBuffer b = ByteBuffer.wrap(src, iend, want);
        while (b.hasRemaining()) {
            if (in.read(b) < 0) {
                throw new FormatException(file, "file ended inside the compressed data");
            }
        }
        iend += want;
        inLeft -= want;
    }

    private FormatException corrupt(String what) {
        return new FormatException(file, "corrupt LZF data: " + what);
    }
}
