package dev.fuselage.bench.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes {@code DATA binary} PCD v0.7 with fields {@code x y z intensity} (F4 each), the layout PCL's
 * {@code PointXYZI} loads without conversion. Written by hand so the benchmark does not depend on Fuselage's own
 * PCD writer; PCL's {@code pcl_convert_pcd_ascii_binary} then derives the ascii and binary_compressed files, so
 * those inputs are written by the peer itself.
 */
final class PcdBinaryEmitter {
    private static final int CHUNK_POINTS = 64 * 1024;

    private PcdBinaryEmitter() {
    }

    static void write(LidarPoints p, Path file) throws IOException {
        int n = p.size();
        String header = "# .PCD v0.7 - Point Cloud Data file format\n"
                + "VERSION 0.7\n"
                + "FIELDS x y z intensity\n"
                + "SIZE 4 4 4 4\n"
                + "TYPE F F F F\n"
                + "COUNT 1 1 1 1\n"
                + "WIDTH " + n + "\n"
                + "HEIGHT 1\n"
                + "VIEWPOINT 0 0 0 1 0 0 0\n"
                + "POINTS " + n + "\n"
                + "DATA binary\n";
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(ch, ByteBuffer.wrap(header.getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK_POINTS * 16).order(ByteOrder.LITTLE_ENDIAN);
            for (int done = 0; done < n; ) {
                int chunk = Math.min(CHUNK_POINTS, n - done);
                buf.clear();
                for (int i = done; i < done + chunk; i++) {
                    buf.putFloat(p.x[i]).putFloat(p.y[i]).putFloat(p.z[i]).putFloat(p.intensity[i]);
                }
                buf.flip();
                writeFully(ch, buf);
                done += chunk;
            }
        }
    }

    static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
