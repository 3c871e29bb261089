package dev.fuselage.io.kitti;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudFormat;
import dev.fuselage.io.PointCloudWriter;
import dev.fuselage.io.WriteOptions;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * KITTI velodyne scans ({@code .bin}): headerless little-endian float32 {@code x y z reflectance}, 16 bytes a
 * point, in the lidar frame (x forward, y left, z up). The format has no magic, so it is only chosen by extension.
 */
public final class KittiBinFormat implements PointCloudFormat, PointCloudWriter {
    private static final int POINT_BYTES = 16;
    /** Points per I/O chunk: large enough to amortise the syscall, small enough to stay in L2. */
    private static final int CHUNK_POINTS = 64 * 1024;

    @Override
    public String name() {
        return "kitti-bin";
    }

    @Override
    public List<String> extensions() {
        return List.of("bin");
    }

    @Override
    public boolean sniff(byte[] head, int length) {
        return false; // headerless: never claim a file by content
    }

    @Override
    public Optional<PointCloudWriter> writer() {
        return Optional.of(this);
    }

    @Override
    public PointCloud read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long bytes = ch.size();
            if (bytes == 0) {
                throw new FormatException(file, "empty file (a KITTI .bin holds 16-byte points)");
            }
            if (bytes % POINT_BYTES != 0) {
                throw new FormatException(file, "size " + bytes + " bytes is not a multiple of 16 "
                        + "(float32 x y z reflectance): truncated or not a KITTI scan");
            }
            long count = bytes / POINT_BYTES;
            if (count > Integer.MAX_VALUE - 8) {
                throw new FormatException(file, count + " points is more than one cloud can hold");
            }
            int n = (int) count;
            PointCloud cloud = new PointCloud(n);
            float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
            float[] r = cloud.addColumn(StandardAttributes.INTENSITY, ScalarType.FLOAT32, 1).floats();
            ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK_POINTS * POINT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            int done = 0;
            while (done < n) {
                int chunk = Math.min(CHUNK_POINTS, n - done);
                buf.clear().limit(chunk * POINT_BYTES);
                while (buf.hasRemaining()) {
                    if (ch.read(buf) < 0) {
                        throw new EOFException(file + " shrank while being read");
                    }
                }
                buf.flip();
                FloatBuffer f = buf.asFloatBuffer();
                for (int i = 0; i < chunk; i++) {
                    int j = done + i, k = i << 2;
                    x[j] = f.get(k);
                    y[j] = f.get(k + 1);
                    z[j] = f.get(k + 2);
                    r[j] = f.get(k + 3);
                }
                done += chunk;
            }
            requireFinite(file, cloud);
            cloud.metadata().put("format", name());
            return cloud;
        }
    }

    private static void requireFinite(Path file, PointCloud cloud) throws FormatException {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        for (int i = 0; i < x.length; i++) {
            if (Float.isNaN(x[i] - x[i] + y[i] - y[i] + z[i] - z[i])) {
                throw new FormatException(file, "point " + i + " has a non-finite coordinate ("
                        + x[i] + ", " + y[i] + ", " + z[i] + ")");
            }
        }
    }

    @Override
    public void write(PointCloud cloud, Path file, WriteOptions options) throws IOException {
        if (options.encoding().isPresent()) {
            throw new FormatException(file, "KITTI .bin has no encodings (got '" + options.encoding().get() + "')");
        }
        int n = cloud.size();
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        float ox = (float) cloud.originX(), oy = (float) cloud.originY(), oz = (float) cloud.originZ();
        boolean shifted = cloud.hasOrigin();
        AttributeColumn intensity = cloud.column(StandardAttributes.INTENSITY).orElse(null);
        float[] fr = intensity != null && intensity.type() == ScalarType.FLOAT32 && intensity.components() == 1
                ? intensity.floats() : null;
        ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK_POINTS * POINT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int done = 0; done < n; ) {
                int chunk = Math.min(CHUNK_POINTS, n - done);
                buf.clear();
                FloatBuffer f = buf.asFloatBuffer();
                for (int i = 0; i < chunk; i++) {
                    int j = done + i;
                    float refl = fr != null ? fr[j] : intensity != null ? (float) intensity.getDouble(j) : 0f;
                    if (shifted) {
                        f.put(x[j] + ox).put(y[j] + oy).put(z[j] + oz).put(refl);
                    } else {
                        f.put(x[j]).put(y[j]).put(z[j]).put(refl);
                    }
                }
                buf.limit(chunk * POINT_BYTES);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                done += chunk;
            }
        }
    }
}
