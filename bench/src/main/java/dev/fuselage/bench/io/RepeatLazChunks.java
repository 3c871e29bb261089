package dev.fuselage.bench.io;

import com.github.mreutegg.laszip4j.CloseablePointIterable;
import com.github.mreutegg.laszip4j.LASPoint;
import com.github.mreutegg.laszip4j.LASReader;
import com.github.mreutegg.laszip4j.laszip.ArithmeticDecoder;
import com.github.mreutegg.laszip4j.laszip.ArithmeticEncoder;
import com.github.mreutegg.laszip4j.laszip.ByteStreamInArray;
import com.github.mreutegg.laszip4j.laszip.ByteStreamOutArray;
import com.github.mreutegg.laszip4j.laszip.IntegerCompressor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Builds large LAZ benchmark inputs from a real one by repeating its compressed chunks, because nothing on this
 * machine can encode LAZ: Debian 12 packages no LASzip library or CLI, no lastools and no PDAL; laz-perf 0.0.7 on
 * npm exposes only the decoder; laszip4j 0.20's compressed item writers are stubs whose {@code write} returns
 * false; Fuselage registers no LAZ writer. LASzip restarts its arithmetic coder at every chunk and
 * every chunk begins with one raw point record, so a chunk's bytes decode the same wherever they sit in a file;
 * a chunked LAZ file is a header (with VLRs), an 8-byte pointer to the chunk table, the chunks, and the table
 * (version 0, chunk count, then the chunk byte sizes coded with LASzip's arithmetic {@link IntegerCompressor}).
 * This tool copies the source's header and VLRs, lays its full chunks end to end in a cycle until the requested
 * point count is covered, writes a new chunk table, and patches the header's point counts, points-by-return
 * counts and bounds.
 *
 * <p>So that the copies are not stacked on one another, every cycle of chunks is moved along x by the source's x
 * extent plus 10 %: LASzip codes x as a difference to the previous point's x, so adding a constant to the raw
 * first point's x moves the whole chunk (checked point for point by {@code RepeatLazChunksTest} with laszip4j,
 * laz-perf and Fuselage).
 *
 * <p>Sizes are whole chunks. A fixed-chunk-size LAZ may have a short chunk only at the end, and a chunk cannot be
 * cut short (its bytes would outlast its points, which Fuselage rightly rejects as corrupt), so the result is
 * {@code m} of the source's full chunks, cycled, followed by the source's own short last chunk if it has one,
 * with {@code m} chosen to come nearest the requested count. For {@code las/autzen_trim.laz} (LAS 1.2, point
 * format 3, pointwise-chunked LASzip v2, 110,000 points = 2 chunks of 50,000 + one of 10,000) a request for
 * 120 k, 1 M and 10 M points gives 110,000, 1,010,000 and 10,010,000 points: aerial lidar, not the generated
 * street sweep of the other formats.
 *
 * <p>Usage: {@code RepeatLazChunks SOURCE.laz TARGET.laz POINTS} (POINTS as a number or 120k / 1M / 10M; the
 * result has the nearest whole-chunk count).
 */
public final class RepeatLazChunks {
    private static final byte[] LASZIP_USER = "laszip encoded".getBytes(StandardCharsets.US_ASCII);
    private static final int LASZIP_RECORD = 22204;
    private static final int POINTWISE_CHUNKED = 2;
    private static final int LAYERED_CHUNKED = 3;
    private static final long VARIABLE_CHUNKS = 0xFFFFFFFFL;

    /** What was written: the chunk geometry and the x shift between cycles (in the file's integer units). */
    public record Summary(int points, int chunkSize, int chunks, int sourceFullChunks, int xShiftPerCycle,
                          long bytes) {
    }

    private RepeatLazChunks() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: RepeatLazChunks SOURCE.laz TARGET.laz POINTS");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Summary s = repeat(Path.of(args[0]), Path.of(args[1]), parsePoints(args[2]));
        System.out.printf("RepeatLazChunks: %s -> %s: %d points in %d chunks of %d (source's %d full chunks"
                        + " cycled, each cycle moved %d units along x), %d bytes, %.1f s%n",
                Path.of(args[0]).getFileName(), Path.of(args[1]).getFileName(), s.points(), s.chunks(),
                s.chunkSize(), s.sourceFullChunks(), s.xShiftPerCycle(), s.bytes(), (System.nanoTime() - t0) / 1e9);
    }

    private static int parsePoints(String text) {
        try {
            return CloudSize.of(text).points();
        } catch (IllegalArgumentException e) {
            return Integer.parseInt(text);
        }
    }

    /** Writes {@code target} with about {@code requested} points (whole chunks) made of {@code source}'s chunks. */
    public static Summary repeat(Path source, Path target, int requested) throws IOException {
        if (requested <= 0) {
            throw new IllegalArgumentException("points must be positive: " + requested);
        }
        byte[] src = Files.readAllBytes(source);
        ByteBuffer b = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN);
        int minor = src[25];
        int pointDataOffset = b.getInt(96);
        int format = src[104] & 0x3F;
        if (minor >= 4 && b.getInt(243) != 0) { // number of EVLRs: they would sit behind the chunk table
            throw new IOException(source + ": EVLRs are not supported");
        }
        long chunkSizeField = laszipChunkSize(source, b);
        if (chunkSizeField == VARIABLE_CHUNKS || chunkSizeField <= 0) {
            throw new IOException(source + ": variable-size chunks are not supported");
        }
        int chunkSize = (int) chunkSizeField;
        long[] sizes = chunkTable(source, b, pointDataOffset);

        // raw x, y, z and return numbers of every source point
        int sourcePoints = Math.toIntExact(pointCount(b, minor));
        int fullChunks = Math.min(sourcePoints / chunkSize, sizes.length);
        int tail = sourcePoints - fullChunks * chunkSize; // points of the short last chunk, if any
        if (fullChunks == 0 || (tail > 0) != (sizes.length == fullChunks + 1) || sizes.length > fullChunks + 1) {
            throw new IOException(source + ": " + sourcePoints + " points do not fit " + sizes.length
                    + " chunks of " + chunkSize);
        }
        int[] x = new int[sourcePoints], y = new int[sourcePoints], z = new int[sourcePoints];
        byte[] ret = new byte[sourcePoints];
        try (CloseablePointIterable it = new LASReader(source.toFile()).getCloseablePoints()) {
            int i = 0;
            for (LASPoint p : it) {
                x[i] = p.getX();
                y[i] = p.getY();
                z[i] = p.getZ();
                ret[i] = p.getReturnNumber();
                i++;
            }
        }
        int minX = Arrays.stream(x).min().orElseThrow(), maxX = Arrays.stream(x).max().orElseThrow();
        long shift = (long) (maxX - minX) + 1 + (maxX - minX) / 10;
        int repeats = (int) Math.max(1, Math.round((double) (requested - tail) / chunkSize));
        int chunks = repeats + (tail > 0 ? 1 : 0);
        int points = Math.toIntExact((long) repeats * chunkSize + tail);
        int[] sourceChunk = new int[chunks];
        for (int k = 0; k < chunks; k++) {
            sourceChunk[k] = k < repeats ? k % fullChunks : fullChunks; // the short chunk goes last
        }
        int cycles = (chunks + fullChunks - 1) / fullChunks;
        if (shift > Integer.MAX_VALUE || (long) maxX + shift * (cycles - 1) > Integer.MAX_VALUE) {
            throw new IOException(source + ": " + cycles + " shifted copies would overflow the 32-bit x");
        }

        // bounds and returns of the points written
        long bx0 = Long.MAX_VALUE, bx1 = Long.MIN_VALUE;
        int by0 = Integer.MAX_VALUE, by1 = Integer.MIN_VALUE, bz0 = Integer.MAX_VALUE, bz1 = Integer.MIN_VALUE;
        long[] byReturn = new long[15];
        for (int k = 0; k < chunks; k++) {
            int base = sourceChunk[k] * chunkSize;
            long dx = shift * (k / fullChunks);
            int n = sourceChunk[k] < fullChunks ? chunkSize : tail;
            for (int j = base; j < base + n; j++) {
                bx0 = Math.min(bx0, x[j] + dx);
                bx1 = Math.max(bx1, x[j] + dx);
                by0 = Math.min(by0, y[j]);
                by1 = Math.max(by1, y[j]);
                bz0 = Math.min(bz0, z[j]);
                bz1 = Math.max(bz1, z[j]);
                if (ret[j] >= 1 && ret[j] <= 15) {
                    byReturn[ret[j] - 1]++;
                }
            }
        }

        byte[] head = Arrays.copyOf(src, pointDataOffset);
        ByteBuffer h = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        boolean legacy = format < 6;
        h.putInt(107, legacy ? points : 0);
        for (int r = 0; r < 5; r++) {
            h.putInt(111 + 4 * r, legacy ? (int) byReturn[r] : 0);
        }
        double sx = h.getDouble(131), sy = h.getDouble(139), sz = h.getDouble(147);
        double ox = h.getDouble(155), oy = h.getDouble(163), oz = h.getDouble(171);
        h.putDouble(179, bx1 * sx + ox).putDouble(187, bx0 * sx + ox);
        h.putDouble(195, by1 * sy + oy).putDouble(203, by0 * sy + oy);
        h.putDouble(211, bz1 * sz + oz).putDouble(219, bz0 * sz + oz);
        if (minor >= 4) {
            h.putLong(247, points);
            for (int r = 0; r < 15; r++) {
                h.putLong(255 + 8 * r, byReturn[r]);
            }
        }

        long[] starts = new long[sizes.length];
        long at = pointDataOffset + 8L;
        for (int c = 0; c < sizes.length; c++) {
            starts[c] = at;
            at += sizes[c];
        }
        long[] outSizes = new long[chunks];
        long tableAt = pointDataOffset + 8L;
        for (int k = 0; k < chunks; k++) {
            outSizes[k] = sizes[sourceChunk[k]];
            tableAt += outSizes[k];
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(head);
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, tableAt).array());
            for (int k = 0; k < chunks; k++) {
                int c = sourceChunk[k];
                byte[] chunk = Arrays.copyOfRange(src, (int) starts[c], (int) (starts[c] + sizes[c]));
                ByteBuffer raw = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
                raw.putInt(0, (int) (raw.getInt(0) + shift * (k / fullChunks))); // x of the raw first point
                out.write(chunk);
            }
            out.write(encodeTable(outSizes));
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        return new Summary(points, chunkSize, chunks, fullChunks, (int) shift, Files.size(target));
    }

    /** The point count a LAS/LAZ header states (the 1.4 64-bit count where the legacy one is 0). */
    public static long headerPointCount(Path file) throws IOException {
        byte[] head = new byte[255];
        try (var in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < 227) {
                throw new IOException(file + ": too short for a LAS header");
            }
        }
        return pointCount(ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN), head[25]);
    }

    private static long pointCount(ByteBuffer b, int minor) {
        long legacy = Integer.toUnsignedLong(b.getInt(107));
        return minor >= 4 && legacy == 0 ? b.getLong(247) : legacy;
    }

    /** The chunk size of the LASzip VLR, after checking the compressor is a chunked one. */
    private static long laszipChunkSize(Path source, ByteBuffer b) throws IOException {
        int at = Short.toUnsignedInt(b.getShort(94));
        long vlrs = Integer.toUnsignedLong(b.getInt(100));
        for (long v = 0; v < vlrs && at + 54 <= b.capacity(); v++) {
            int length = Short.toUnsignedInt(b.getShort(at + 20));
            byte[] user = Arrays.copyOfRange(b.array(), at + 2, at + 2 + LASZIP_USER.length);
            if (Arrays.equals(user, LASZIP_USER) && Short.toUnsignedInt(b.getShort(at + 18)) == LASZIP_RECORD) {
                int compressor = Short.toUnsignedInt(b.getShort(at + 54));
                if (compressor != POINTWISE_CHUNKED && compressor != LAYERED_CHUNKED) {
                    throw new IOException(source + ": LASzip compressor " + compressor + " is not chunked");
                }
                return Integer.toUnsignedLong(b.getInt(at + 54 + 12));
            }
            at += 54 + length;
        }
        throw new IOException(source + ": no LASzip VLR");
    }

    /** Byte sizes of the source's chunks, decoded from its chunk table. */
    private static long[] chunkTable(Path source, ByteBuffer b, int pointDataOffset) throws IOException {
        long tableAt = b.getLong(pointDataOffset);
        if (tableAt <= pointDataOffset || tableAt + 8 > b.capacity()) {
            throw new IOException(source + ": no usable chunk table pointer (" + tableAt + ")");
        }
        int version = b.getInt((int) tableAt);
        int chunks = b.getInt((int) tableAt + 4);
        if (version != 0 || chunks <= 0) {
            throw new IOException(source + ": chunk table version " + version + ", " + chunks + " chunks");
        }
        byte[] encoded = Arrays.copyOfRange(b.array(), (int) tableAt + 8, b.capacity());
        ArithmeticDecoder dec = new ArithmeticDecoder();
        dec.init(new ByteStreamInArray(encoded, encoded.length));
        IntegerCompressor ic = new IntegerCompressor(dec, 32, 2);
        ic.initDecompressor();
        long[] sizes = new long[chunks];
        int last = 0;
        for (int i = 0; i < chunks; i++) {
            last = ic.decompress(last, 1);
            sizes[i] = Integer.toUnsignedLong(last);
        }
        dec.done();
        long end = pointDataOffset + 8L + Arrays.stream(sizes).sum();
        if (end != tableAt) {
            throw new IOException(source + ": chunk sizes add up to " + end + ", table at " + tableAt);
        }
        return sizes;
    }

    /**
     * The chunk table LASzip writes for fixed-size chunks: version 0, the count, then each size coded as the
     * difference to the previous one by an {@link IntegerCompressor} of 32 bits and 2 contexts, in context 1
     * (context 0 codes per-chunk point counts, which only variable-size chunks list). laszip4j exposes only
     * context 0 for compressing; the two contexts have separate but identically initialised models and share
     * the corrector models, so coding every size in context 0 yields the same bytes as coding it in context 1
     * when context 0 is otherwise unused. The decoders in the test check exactly that.
     */
    static byte[] encodeTable(long[] sizes) {
        ByteStreamOutArray out = new ByteStreamOutArray();
        out.put32bitsLE(0);
        out.put32bitsLE(sizes.length);
        ArithmeticEncoder enc = new ArithmeticEncoder();
        enc.init(out);
        IntegerCompressor ic = new IntegerCompressor(enc, 32, 2);
        ic.initCompressor();
        int last = 0;
        for (long size : sizes) {
            ic.compress(last, (int) size);
            last = (int) size;
        }
        enc.done();
        int length = (int) out.tell();
        ByteBuffer data = out.takeData();
        byte[] bytes = new byte[length];
        data.position(0);
        data.get(bytes, 0, length);
        return bytes;
    }
}
