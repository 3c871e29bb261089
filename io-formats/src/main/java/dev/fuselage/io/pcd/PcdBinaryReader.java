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
 * Reads {@code DATA binary}: fixed-size little-endian point records. The file is read in chunks of whole points
 * into one direct buffer and each field is copied out column by column, so memory stays at the cloud's own arrays
 * plus one chunk.
 */
final class PcdBinaryReader {
    /** Bytes per read: large enough to amortise the system call, small enough to stay in L2. */
    private static final int CHUNK_BYTES = 1 << 20;

    private PcdBinaryReader() {
    }

    static PointCloud read(Path file, FileChannel ch, PcdHeader header, PcdFieldLayout layout) throws IOException {
        int step = header.pointStep();
        int n = header.points();
        long available = Math.max(0, ch.size() - header.dataOffset());
        long needed = (long) n * step;
        if (available < needed) {
            throw new FormatException(file, "header says POINTS " + n + " but the data holds "
                    + (step == 0 ? 0 : available / step) + " (" + available + " bytes at " + step + " bytes a point)");
        }
        PointCloud cloud = layout.allocate();
        FieldDecoder[] decoders = layout.decoders();
        List<PcdField> fields = header.fields();
        if (n > 0 && step > 0) {
            int perChunk = Math.max(1, CHUNK_BYTES / step);
            ByteBuffer buf = ByteBuffer.allocateDirect(Math.min(perChunk, n) * step).order(ByteOrder.LITTLE_ENDIAN);
            long at = header.dataOffset();
            for (int done = 0; done < n; ) {
                int chunk = Math.min(perChunk, n - done);
                buf.clear().limit(chunk * step);
                while (buf.hasRemaining()) {
                    int r = ch.read(buf, at + buf.position());
                    if (r < 0) {
                        throw new FormatException(file, "file ended while reading point " + done);
                    }
                }
                for (int f = 0; f < decoders.length; f++) {
                    decoders[f].fromRecords(buf, fields.get(f).offset(), step, done, chunk);
                }
                at += (long) chunk * step;
                done += chunk;
            }
        }
        if (available > needed) {
            cloud.addWarning((available - needed) + " bytes after the " + n
                    + " points the header declares were ignored");
        }
        return layout.finish();
    }
}
