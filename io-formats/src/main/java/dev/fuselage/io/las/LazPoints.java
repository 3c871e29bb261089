package dev.fuselage.io.las;

import com.github.mreutegg.laszip4j.laszip.ArithmeticDecoder;
import com.github.mreutegg.laszip4j.laszip.IntegerCompressor;
import com.github.mreutegg.laszip4j.laszip.LASitem;
import com.github.mreutegg.laszip4j.laszip.LASreadPoint;
import com.github.mreutegg.laszip4j.laszip.LASzip;
import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The LASzip-compressed point records of a LAZ file, decoded with laszip4j's entropy decoder one chunk at a
 * time and in parallel: LASzip restarts its coder at every chunk (50,000 points by default) and lists where each
 * chunk starts in a chunk table after the points, so N threads can each take the next undecoded chunk, decode it
 * into LAS record bytes and run the ordinary field codecs into that chunk's disjoint slice of the columns.
 *
 * <p>The chunk table is decoded and checked here, before the cloud is allocated: the chunks must lie inside the
 * point data, each must hold at least its raw first point, and together they must hold the header's point count.
 * When the table is missing or unusable (a compressor interrupted before writing it, or damage) the chunks are
 * decoded one after another instead, as LASzip itself does.
 */
final class LazPoints implements PointSource {
    /** Without a chunk table, a stream claiming more points than this per compressed byte is refused. */
    private static final int MAX_POINTS_PER_BYTE = 64;
    private static final long MAX_WINDOW = 1L << 30;
    /** Decoded points per slice: chunks (which may hold millions of points) are decoded a slice at a time. */
    private static final int SLICE = 65536;

    private final Path file;
    private final FileChannel channel;
    private final LaszipVlr vlr;
    private final int stride;
    private final int count;
    private final int threads;
    private final LASitem[] items;
    private final int[] itemTypes;
    private final long[] starts;
    private final long[] ends;
    private final int[] firsts;
    private final int[] counts;
    private final boolean sequential;
    private final long streamEnd;
    /** Items whose decoders read raw 64-bit values (see {@link Int64SafeDecoder}). */
    private final boolean needsInt64Fix;

    private LazPoints(Path file, FileChannel channel, LaszipVlr vlr, int stride, int count, int threads,
                      long[] starts, long[] ends, int[] counts, boolean sequential, long streamEnd) {
        this.file = file;
        this.channel = channel;
        this.vlr = vlr;
        this.stride = stride;
        this.count = count;
        this.threads = threads > 0 ? threads : Workers.parallelism();
        this.starts = starts;
        this.ends = ends;
        this.counts = counts;
        this.sequential = sequential;
        this.streamEnd = streamEnd;
        this.firsts = new int[counts.length];
        for (int i = 1; i < counts.length; i++) {
            firsts[i] = firsts[i - 1] + counts[i - 1];
        }
        List<LaszipVlr.Item> list = vlr.items();
        items = new LASitem[list.size()];
        itemTypes = new int[list.size()];
        for (int i = 0; i < items.length; i++) {
            LaszipVlr.Item it = list.get(i);
            items[i] = new LASitem(LASitem.Type.fromOrdinal(it.type()), it.size(), it.version());
            itemTypes[i] = it.type();
        }
        needsInt64Fix = list.stream().anyMatch(it -> it.type() == LaszipVlr.Item.GPSTIME11 && it.version() == 1
                || it.type() == LaszipVlr.Item.WAVEPACKET13 || it.type() == LaszipVlr.Item.WAVEPACKET14);
    }

    /** Number of chunks the decode will process. */
    int chunks() {
        return counts.length;
    }

    /** Whether the chunks must be decoded in order (no usable chunk table). */
    boolean sequential() {
        return sequential;
    }

    /**
     * Plans the decode of a compressed file's points and checks the plan against the header count.
     *
     * @param dataEnd  where the point data must end (the first EVLR or the end of the file)
     * @param threads  upper bound on decoding threads (0 for the default)
     */
    static LazPoints open(Path file, FileChannel channel, LasHeader header, LaszipVlr vlr, long dataEnd,
                          int threads, List<String> warnings) throws IOException {
        int n = (int) header.pointCount();
        int stride = header.recordLength();
        long offset = header.pointDataOffset();
        if (n == 0) {
            return new LazPoints(file, channel, vlr, stride, 0, threads, new long[0], new long[0], new int[0],
                    false, offset);
        }
        if (vlr.compressor() == LaszipVlr.POINTWISE) {
            return streamed(file, channel, vlr, stride, n, threads, offset, dataEnd, dataEnd);
        }
        long chunksStart = offset + 8;
        if (chunksStart > dataEnd) {
            throw new FormatException(file, "truncated: the compressed point data ends before it starts");
        }
        long tableAt = readLong(channel, offset);
        if (tableAt == -1 && channel.size() >= chunksStart + 8) {
            // written to a stream: the table position was appended at the very end
            tableAt = readLong(channel, channel.size() - 8);
        }
        if (tableAt == offset) {
            warnings.add("LAZ chunk table missing (the compressor was interrupted); decoding chunks in order");
            return streamed(file, channel, vlr, stride, n, threads, chunksStart, dataEnd, dataEnd);
        }
        String problem;
        if (tableAt < chunksStart || tableAt > channel.size() - 8) {
            problem = "its position " + tableAt + " lies outside the point data";
        } else {
            try {
                return tabled(file, channel, vlr, stride, n, threads, chunksStart, tableAt, warnings);
            } catch (CorruptTable e) {
                problem = e.getMessage();
            }
        }
        warnings.add("LAZ chunk table unusable (" + problem + "); decoding chunks in order");
        long end = tableAt >= chunksStart && tableAt <= dataEnd ? tableAt : dataEnd;
        return streamed(file, channel, vlr, stride, n, threads, chunksStart, end, dataEnd);
    }

    /** A chunk table that cannot be used; the caller falls back to decoding in order. */
    private static final class CorruptTable extends Exception {
        CorruptTable(String message) {
            super(message, null, false, false);
        }
    }

    private static LazPoints tabled(Path file, FileChannel channel, LaszipVlr vlr, int stride, int n, int threads,
                                    long chunksStart, long tableAt, List<String> warnings)
            throws IOException, CorruptTable {
        ByteBuffer head = read(channel, tableAt, 8);
        int version = head.getInt(0);
        long listed = head.getInt(4) & 0xFFFFFFFFL;
        if (version != 0) {
            throw new CorruptTable("unknown chunk table version " + version);
        }
        // every chunk starts with one raw point: that bounds how many the data can hold
        long room = (tableAt - chunksStart) / stride;
        if (listed == 0 || listed > room) {
            throw new CorruptTable("it lists " + listed + " chunks but the data has room for " + room);
        }
        int chunks = (int) listed;
        boolean variable = vlr.chunkSize() == LaszipVlr.VARIABLE_CHUNKS;
        long tableBytes = Math.min(channel.size() - (tableAt + 8), 64 + 20L * chunks);
        ByteBuffer encoded = read(channel, tableAt + 8, (int) tableBytes);
        long[] sizes = new long[chunks];
        long[] totals = variable ? new long[chunks] : null;
        try {
            ArithmeticDecoder dec = new ArithmeticDecoder();
            dec.init(new LazChunkStream(encoded, 0));
            IntegerCompressor ic = new IntegerCompressor(dec, 32, 2);
            ic.initDecompressor();
            int lastTotal = 0;
            int lastSize = 0;
            for (int i = 0; i < chunks; i++) {
                if (variable) {
                    lastTotal = ic.decompress(lastTotal, 0);
                    totals[i] = lastTotal & 0xFFFFFFFFL;
                }
                lastSize = ic.decompress(lastSize, 1);
                sizes[i] = lastSize & 0xFFFFFFFFL;
            }
            dec.done();
        } catch (RuntimeException e) {
            throw new CorruptTable("its entries cannot be decoded");
        }
        long[] starts = new long[chunks];
        long[] ends = new long[chunks];
        long at = chunksStart;
        for (int i = 0; i < chunks; i++) {
            if (sizes[i] < stride) {
                throw new CorruptTable("chunk " + i + " is " + sizes[i] + " bytes, less than one raw point");
            }
            starts[i] = at;
            at += sizes[i];
            ends[i] = at;
            if (at > tableAt) {
                throw new CorruptTable("chunk " + i + " runs past the chunk table");
            }
        }
        // points per chunk: fixed size, or listed per chunk
        long holds = 0;
        int used = 0;
        int[] counts = new int[chunks];
        while (used < chunks && holds < n) {
            long c = variable ? totals[used] : vlr.chunkSize();
            if (c <= 0) {
                throw new CorruptTable("chunk " + used + " holds no points");
            }
            counts[used] = (int) Math.min(c, n - holds);
            holds += counts[used];
            used++;
        }
        if (holds < n) {
            long total = 0;
            for (int i = 0; i < chunks; i++) {
                total += variable ? totals[i] : vlr.chunkSize();
            }
            throw new FormatException(file, "header says " + n + " points but the LAZ chunk table holds at most "
                    + total);
        }
        if (used < chunks) {
            warnings.add("the LAZ data holds " + (chunks - used) + " more chunks than the header's " + n
                    + " points need; they are ignored");
        }
        return new LazPoints(file, channel, vlr, stride, n, threads, java.util.Arrays.copyOf(starts, used),
                java.util.Arrays.copyOf(ends, used), java.util.Arrays.copyOf(counts, used), false, tableAt);
    }

    /** Chunks (or the one pointwise stream) decoded in order from {@code start}, ends found while decoding. */
    private static LazPoints streamed(Path file, FileChannel channel, LaszipVlr vlr, int stride, int n, int threads,
                                      long start, long end, long dataEnd) throws FormatException {
        long bytes = Math.max(0, end - start);
        if ((double) n > (double) bytes * MAX_POINTS_PER_BYTE) {
            throw new FormatException(file, "header says " + n + " points but the " + bytes
                    + " bytes of compressed data cannot hold that many");
        }
        boolean chunked = vlr.compressor() != LaszipVlr.POINTWISE;
        if (chunked && vlr.chunkSize() == LaszipVlr.VARIABLE_CHUNKS) {
            throw new FormatException(file, "the LAZ chunk table is unusable and the chunks vary in size, "
                    + "so they cannot be found");
        }
        long size = chunked ? vlr.chunkSize() : n;
        int chunks = (int) ((n + size - 1) / size);
        int[] counts = new int[chunks];
        for (int i = 0; i < chunks; i++) {
            counts[i] = (int) Math.min(size, n - i * size);
        }
        long[] starts = new long[chunks];
        starts[0] = start;
        return new LazPoints(file, channel, vlr, stride, n, threads, starts, new long[chunks], counts, true,
                Math.min(end, dataEnd));
    }

    @Override
    public void decode(List<? extends RecordDecoder> codecs) throws IOException {
        if (count == 0) {
            return;
        }
        if (sequential) {
            decodeInOrder(codecs);
            return;
        }
        int chunks = counts.length;
        AtomicInteger next = new AtomicInteger();
        Workers.run(Math.min(threads, chunks), (t, workers) -> {
            ChunkBuffers buffers = new ChunkBuffers();
            for (int i = next.getAndIncrement(); i < chunks && !workers.failed(); i = next.getAndIncrement()) {
                ByteBuffer compressed = channel.map(FileChannel.MapMode.READ_ONLY, starts[i], ends[i] - starts[i]);
                long consumed = decodeChunk(i, compressed, codecs, buffers);
                if (consumed != ends[i] - starts[i]) {
                    throw new FormatException(file, "LAZ chunk " + i + " of " + chunks + " is corrupt: it decodes "
                            + "from " + consumed + " of its " + (ends[i] - starts[i]) + " bytes");
                }
            }
        });
    }

    private void decodeInOrder(List<? extends RecordDecoder> codecs) throws IOException {
        ChunkBuffers buffers = new ChunkBuffers();
        long at = starts[0];
        for (int i = 0; i < counts.length; i++) {
            long window = Math.min(streamEnd - at, MAX_WINDOW);
            if (window <= 0) {
                throw new FormatException(file, "header says " + count + " points but the compressed data ends "
                        + "after " + firsts[i]);
            }
            ByteBuffer compressed = channel.map(FileChannel.MapMode.READ_ONLY, at, window);
            at += decodeChunk(i, compressed, codecs, buffers);
        }
    }

    /** Per-thread scratch: one slice of decoded LAS records. */
    private final class ChunkBuffers {
        private final ByteBuffer records = ByteBuffer.allocate(Math.min(SLICE, Math.max(1, count)) * stride)
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Decodes chunk i into LAS records, runs the codecs into its slice, and returns the bytes it used. */
    private long decodeChunk(int i, ByteBuffer compressed, List<? extends RecordDecoder> codecs,
                             ChunkBuffers buffers) throws FormatException {
        int n = counts[i];
        int first = firsts[i];
        ByteBuffer records = buffers.records;
        int slice = records.capacity() / stride;
        boolean chunked = vlr.compressor() != LaszipVlr.POINTWISE;
        LazChunkStream in = new LazChunkStream(compressed, chunked ? 8 : 0);
        String where = "LAZ chunk " + i + " of " + counts.length + " (points " + first + "-" + (first + n - 1) + ")";
        if (vlr.compressor() == LaszipVlr.LAYERED_CHUNKED) {
            checkLayers(compressed, where);
        }
        try {
            LASzip zip = new LASzip();
            zip.compressor = (char) vlr.compressor();
            zip.coder = 0;
            zip.chunk_size = n;
            zip.num_items = (char) items.length;
            zip.items = items;
            LASreadPoint reader = new LASreadPoint(LASzip.LASZIP_DECOMPRESS_SELECTIVE_ALL);
            boolean ready = reader.setup(items.length, items, zip);
            if (ready && needsInt64Fix) {
                Int64SafeDecoder.install(reader);
            }
            if (!ready || !reader.init(in)) {
                throw new FormatException(file, where + ": laszip4j cannot decode LASzip items "
                        + vlr.items() + " (unsupported item version)");
            }
            Object[] decoded = LazRecords.newRecords(items.length);
            for (int k = 0; k < n; k += slice) {
                int m = Math.min(slice, n - k);
                for (int j = 0; j < m; j++) {
                    if (!LazRecords.read(reader, decoded)) {
                        throw new FormatException(file, where + " is corrupt: " + reader.error()
                                + " (after " + (k + j) + " of its points)");
                    }
                    LazRecords.toBytes(decoded, itemTypes, records, j * stride);
                }
                PointSource.decodeRecords(codecs, records, 0, stride, m, first + k);
            }
        } catch (RuntimeException | LinkageError e) {
            throw new FormatException(file, where + " cannot be decoded: " + e, e);
        }
        return in.consumed();
    }

    /**
     * A layered (LAS 1.4) chunk starts with its raw first point, its point count and the byte size of every
     * layer; laszip4j allocates each layer at the size stated, so the sizes must add up to no more than the
     * chunk holds before it sees them.
     */
    private void checkLayers(ByteBuffer chunk, String where) throws FormatException {
        int layers = 0;
        for (LaszipVlr.Item it : vlr.items()) {
            layers += switch (it.type()) {
                case LaszipVlr.Item.POINT14 -> 9;
                case LaszipVlr.Item.RGBNIR14 -> 2;
                case LaszipVlr.Item.BYTE14 -> it.size();
                default -> 1;
            };
        }
        long header = (long) vlr.pointSize() + 4 + 4L * layers;
        if (header > chunk.limit()) {
            throw new FormatException(file, where + " is truncated: " + chunk.limit() + " bytes, less than its "
                    + header + "-byte layer directory");
        }
        ByteBuffer b = chunk.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        long sum = 0;
        for (int k = 0; k < layers; k++) {
            sum += b.getInt((int) (vlr.pointSize() + 4 + 4L * k)) & 0xFFFFFFFFL;
        }
        if (header + sum > chunk.limit()) {
            throw new FormatException(file, where + " is corrupt: its layers claim " + sum + " bytes but only "
                    + (chunk.limit() - header) + " follow");
        }
    }

    private static long readLong(FileChannel channel, long at) throws IOException {
        return read(channel, at, 8).getLong(0);
    }

    private static ByteBuffer read(FileChannel channel, long at, int bytes) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b, at + b.position()) < 0) {
                break;
            }
        }
        b.clear();
        return b;
    }
}
