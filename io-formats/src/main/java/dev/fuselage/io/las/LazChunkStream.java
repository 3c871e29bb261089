package dev.fuselage.io.las;

import com.github.mreutegg.laszip4j.laszip.ByteStreamIn;
import com.github.mreutegg.laszip4j.laszip.UncheckedEOFException;
import java.nio.ByteBuffer;

/**
 * The compressed bytes of one LAZ chunk as laszip4j's decoder reads them, bounded so that hostile data ends in
 * an end-of-file error instead of reading the next chunk.
 *
 * <p>A chunked LAZ stream starts with the 8-byte position of its chunk table. To decode a single chunk on its
 * own, this stream puts 8 virtual zero bytes in front of it: laszip4j then reads "chunk table at 0", which is
 * LASzip's marker for a compressor that was interrupted before writing its table, and simply decodes the chunk
 * that follows without ever seeking to a table. Chunk tables are decoded and validated by {@link LazPoints}
 * instead, before anything is allocated from them.
 */
final class LazChunkStream extends ByteStreamIn {
    private final ByteBuffer data;
    private final int length;
    private final int prefix;
    private long position;

    /**
     * @param data   the chunk's bytes from index 0 (a mapped window or a heap buffer); its limit ends the stream
     * @param prefix 8 for chunked compressors (the virtual table pointer), 0 for the pointwise one
     */
    LazChunkStream(ByteBuffer data, int prefix) {
        this.data = data;
        this.length = data.limit();
        this.prefix = prefix;
    }

    /** Bytes of the chunk read so far. */
    long consumed() {
        return Math.max(0, position - prefix);
    }

    @Override
    public byte getByte() {
        long p = position - prefix;
        if (p >= length) {
            throw new UncheckedEOFException();
        }
        position++;
        return p < 0 ? 0 : data.get((int) p);
    }

    @Override
    public void getBytes(byte[] bytes, int num) {
        for (int i = 0; i < num; i++) {
            bytes[i] = getByte();
        }
    }

    @Override
    public char get16bitsLE() {
        return (char) ((getByte() & 0xFF) | (getByte() & 0xFF) << 8);
    }

    @Override
    public int get32bitsLE() {
        return (getByte() & 0xFF) | (getByte() & 0xFF) << 8 | (getByte() & 0xFF) << 16 | (getByte() & 0xFF) << 24;
    }

    @Override
    public long get64bitsLE() {
        return (get32bitsLE() & 0xFFFFFFFFL) | (long) get32bitsLE() << 32;
    }

    @Override
    public char get16bitsBE() {
        return (char) ((getByte() & 0xFF) << 8 | (getByte() & 0xFF));
    }

    @Override
    public int get32bitsBE() {
        return (getByte() & 0xFF) << 24 | (getByte() & 0xFF) << 16 | (getByte() & 0xFF) << 8 | (getByte() & 0xFF);
    }

    @Override
    public long get64bitsBE() {
        return (long) get32bitsBE() << 32 | (get32bitsBE() & 0xFFFFFFFFL);
    }

    @Override
    public boolean isSeekable() {
        return true;
    }

    @Override
    public long tell() {
        return position;
    }

    @Override
    public boolean seek(long target) {
        if (target < 0 || target > prefix + (long) length) {
            return false;
        }
        position = target;
        return true;
    }

    @Override
    public boolean seekEnd(long distance) {
        return seek(prefix + (long) length - distance);
    }

    @Override
    public void close() {
        // nothing to release: the bytes belong to the caller
    }
}
