package dev.fuselage.io.pcd;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code DATA binary_compressed}: after the header a little-endian uint32 compressed size and uint32
 * uncompressed size, then one LZF block that expands to each field's column in turn ({@code POINTS x SIZE x COUNT}
 * bytes a field, values of one point together). The block is decoded as a stream straight into the cloud's
 * arrays: neither the compressed nor the expanded data is ever held whole.
 */
final class PcdCompressedReader {
    /** LZF's best case: a 3-byte back-reference expands to 264 bytes. Claims beyond it are lies. */
    static final int MAX_EXPANSION = 88;

    private PcdCompressedReader() {
    }

    static PointCloud read(Path file, FileChannel ch, PcdHeader header, PcdFieldLayout layout) throws IOException {
        long available = Math.max(0, ch.size() - header.dataOffset());
        if (available < 8) {
            throw new FormatException(file, "truncated: binary_compressed data needs 8 bytes of sizes after the "
                    + "header, the file has " + available);
        }
        ByteBuffer sizes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        while (sizes.hasRemaining()) {
            if (ch.read(sizes, header.dataOffset() + sizes.position()) < 0) {
                throw new FormatException(file, "file ended inside the compressed sizes");
            }
        }
        long compressed = sizes.getInt(0) & 0xFFFFFFFFL;
        long expanded = sizes.getInt(4) & 0xFFFFFFFFL;
        int n = header.points();
        int step = header.pointStep();
        long needed = (long) n * step;
        if (compressed > available - 8) {
            throw new FormatException(file, "truncated: the LZF block is " + compressed + " bytes but only "
                    + (available - 8) + " follow the header");
        }
        if (expanded < needed) {
            throw new FormatException(file, "header says POINTS " + n + " but the data holds "
                    + (step == 0 ? 0 : expanded / step) + " (" + expanded + " uncompressed bytes at " + step
                    + " bytes a point)");
        }
        if (expanded > needed) {
            throw new FormatException(file, "the LZF block declares " + expanded + " uncompressed bytes but POINTS "
                    + n + " x " + step + " bytes a point make " + needed);
        }
        if (expanded > compressed * MAX_EXPANSION) {
            throw new FormatException(file, "corrupt LZF sizes: " + compressed + " compressed bytes cannot expand to "
                    + expanded);
        }
        PointCloud cloud = layout.allocate();
        ch.position(header.dataOffset() + 8);
        LzfDecoder lzf = new LzfDecoder(file, ch, compressed, expanded);
        ColumnSink sink = new ColumnSink(header, layout.decoders(), ByteBuffer.wrap(lzf.buffer())
                .order(ByteOrder.LITTLE_ENDIAN));
        int consumed = 0;
        boolean more = true;
        while (more) {
            more = lzf.decode();
            consumed += sink.accept(consumed, lzf.end() - consumed);
            consumed = lzf.compact(consumed);
        }
        if (lzf.produced() != expanded) {
            throw new FormatException(file, "corrupt LZF data: it expands to " + lzf.produced()
                    + " bytes, not the declared " + expanded);
        }
        long trailing = available - 8 - compressed;
        if (trailing > 0) {
            cloud.addWarning(trailing + " bytes after the compressed data were ignored");
        }
        return layout.finish();
    }

    /** Routes the expanded byte stream to each field's decoder in turn, whole values at a time. */
    private static final class ColumnSink {
        private final List<PcdField> fields;
        private final FieldDecoder[] decoders;
        private final ByteBuffer bytes;
        private final int points;
        private int field;
        private long done;

        ColumnSink(PcdHeader header, FieldDecoder[] decoders, ByteBuffer bytes) {
            this.fields = header.fields();
            this.decoders = decoders;
            this.bytes = bytes;
            this.points = header.points();
        }

        /** Decodes whole values from {@code len} bytes at {@code off}; returns how many bytes it used. */
        int accept(int off, int len) {
            int used = 0;
            while (field < fields.size()) {
                PcdField f = fields.get(field);
                long left = (long) f.bytes() * points - done;
                if (left == 0) {
                    field++;
                    done = 0;
                    continue;
                }
                int take = (int) Math.min(len - used, left);
                if (take < left) {
                    take -= take % f.size(); // a value split across chunks waits for the next one
                }
                if (take == 0) {
                    break;
                }
                decoders[field].fromColumn(bytes, off + used, (int) (done / f.size()), take / f.size());
                done += take;
                used += take;
            }
            return used;
        }
    }
}
