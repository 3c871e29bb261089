package dev.fuselage.io.pcd;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;

/**
 * Streaming LZF compressor producing the liblzf format {@link LzfDecoder} (and PCL) read. Input arrives in pieces
 * through {@link #write}; it is compressed whenever the buffer fills, keeping the last 8 KiB as history for
 * back-references, so a block of any size compresses in a fixed few hundred KiB. A 3-byte hash table remembers the
 * last position of each trigram (greedy matching, like liblzf's fast mode).
 */
final class LzfEncoder {
    private static final int MAX_LITERAL = 32;
    private static final int HASH_BITS = 14;
    private static final int CHUNK = 1 << 18;

    private final WritableByteChannel out;
    private final byte[] buf = new byte[LzfDecoder.WINDOW + CHUNK];
    private int start;
    private int end;
    private final int[] table = new int[1 << HASH_BITS];
    private final byte[] dst = new byte[buf.length + buf.length / MAX_LITERAL + 64];
    private long written;

    LzfEncoder(WritableByteChannel out) {
        this.out = out;
        Arrays.fill(table, -1);
    }

    /** Compressed bytes written so far. */
    long written() {
        return written;
    }

    /** Adds input. */
    void write(byte[] src, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, buf.length - end);
            System.arraycopy(src, off, buf, end, n);
            end += n;
            off += n;
            len -= n;
            if (end == buf.length) {
                // leave a full match's worth unencoded so no match is cut short by the buffer's end
                encode(end - LzfDecoder.MAX_MATCH - 2);
                slide();
            }
        }
    }

    /** Compresses what is left; the block is complete afterwards. */
    void finish() throws IOException {
        encode(end);
    }

    /** Encodes positions {@code [start, limit)} (a match begun there may run on to {@code end}). */
    private void encode(int limit) throws IOException {
        final byte[] b = buf, d = dst;
        int ip = start, op = 0;
        int lit = 0;
        int litAt = op++;
        while (ip < limit) {
            if (ip + 2 < end) {
                int h = (((b[ip] & 0xFF) << 16 | (b[ip + 1] & 0xFF) << 8 | (b[ip + 2] & 0xFF)) * 0x9E3779B1)
                        >>> (32 - HASH_BITS);
                int ref = table[h];
                table[h] = ip;
                int distance = ip - ref;
                if (ref >= 0 && distance <= LzfDecoder.WINDOW && b[ref] == b[ip] && b[ref + 1] == b[ip + 1]
                        && b[ref + 2] == b[ip + 2]) {
                    int max = Math.min(LzfDecoder.MAX_MATCH, end - ip);
                    int len = 3;
                    while (len < max && b[ref + len] == b[ip + len]) {
                        len++;
                    }
                    if (lit > 0) {
                        d[litAt] = (byte) (lit - 1);
                    } else {
                        op--; // no literals before this match: drop the reserved control byte
                    }
                    int off = distance - 1;
                    int l = len - 2;
                    if (l < 7) {
                        d[op++] = (byte) ((l << 5) | (off >>> 8));
                    } else {
                        d[op++] = (byte) ((7 << 5) | (off >>> 8));
                        d[op++] = (byte) (l - 7);
                    }
                    d[op++] = (byte) off;
                    lit = 0;
                    litAt = op++;
                    ip += len;
                    continue;
                }
            }
            d[op++] = b[ip++];
            if (++lit == MAX_LITERAL) {
                d[litAt] = (byte) (MAX_LITERAL - 1);
                lit = 0;
                litAt = op++;
            }
        }
        if (lit > 0) {
            d[litAt] = (byte) (lit - 1);
        } else {
            op--;
        }
        start = ip;
        ByteBuffer bb = ByteBuffer.wrap(d, 0, op);
        while (bb.hasRemaining()) {
            out.write(bb);
        }
        written += op;
    }

    /** Drops input older than the back-reference window and shifts the hash table with it. */
    private void slide() {
        int drop = start - LzfDecoder.WINDOW;
        if (drop <= 0) {
            return;
        }
        System.arraycopy(buf, drop, buf, 0, end - drop);
        start -= drop;
        end -= drop;
        for (int i = 0; i < table.length; i++) {
            int t = table[i] - drop;
            table[i] = t < 0 ? -1 : t;
        }
    }
}
