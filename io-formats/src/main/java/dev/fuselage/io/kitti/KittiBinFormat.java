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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.Optional;

/**
 * KITTI velodyne scans ({@code .bin}): headerless little-endian float32 {@code x y z reflectance}, 16 bytes a
 * point, in the lidar frame (x forward, y left, z up). The format has no magic, so it is only chosen by extension.
 */
public final class KittiBinFormat implements PointCloudFormat, PointCloudWriter {
    private static final int POINT_BYTES = 16;
    /** Points per I/O chunk: large enough to amortise the syscall, small enough to stay in L2. */
    private static final int CHUNK_POINTS = 64 * 1024;
    /** Below this many points one thread is faster than handing work out. */
    private static final int PARALLEL_MIN_POINTS = 512 * 1024;
    private static final int MAX_WORKERS = 4;

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
            // Large scans are split across workers with positional reads (FileChannel allows them concurrently):
            // splitting the columns is memory-bound, and a second core more than pays for the extra buffer.
            int workers = n < PARALLEL_MIN_POINTS ? 1 : Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors());
            if (workers == 1) {
                readRange(file, ch, cloud, r, 0, n);
            } else {
                List<Callable<Void>> tasks = new ArrayList<>(workers);
                for (int w = 0; w < workers; w++) {
                    int from = (int) ((long) n * w / workers), to = (int) ((long) n * (w + 1) / workers);
                    tasks.add(() -> {
                        readRange(file, ch, cloud, r, from, to);
                        return null;
                    });
                }
                runAll(tasks);
            }
            cloud.metadata().put("format", name());
            return cloud;
        }
    }

    /** Reads points {@code [from, to)} into the cloud's columns, checking their coordinates are finite. */
    private static void readRange(Path file, FileChannel ch, PointCloud cloud, float[] r, int from, int to)
            throws IOException {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        int capacity = Math.min(CHUNK_POINTS, to - from); // small scans: no 1 MiB buffer to allocate and zero
        ByteBuffer buf = ByteBuffer.allocateDirect(capacity * POINT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        // bulk-copy each chunk into a small heap array (one intrinsic copy), then split columns from there:
        // an indexed FloatBuffer.get per value costs more than the copy
        float[] scratch = new float[capacity * 4];
        for (int done = from; done < to; ) {
            int chunk = Math.min(capacity, to - done);
            buf.clear().limit(chunk * POINT_BYTES);
            long position = (long) done * POINT_BYTES;
            while (buf.hasRemaining()) {
                int read = ch.read(buf, position + buf.position());
                if (read < 0) {
                    throw new EOFException(file + " shrank while being read");
                }
            }
            buf.flip();
            buf.asFloatBuffer().get(scratch, 0, chunk * 4);
            // (v - v) is 0 for finite values and NaN for NaN and both infinities: one sum checks the chunk
            float check = 0;
            for (int i = 0, k = 0, j = done; i < chunk; i++, k += 4, j++) {
                float a = scratch[k], b = scratch[k + 1], c = scratch[k + 2];
                x[j] = a;
                y[j] = b;
                z[j] = c;
                r[j] = scratch[k + 3];
                check += (a - a) + (b - b) + (c - c);
            }
            if (check != 0 || Float.isNaN(check)) {
                requireFinite(file, cloud, done, done + chunk);
            }
            done += chunk;
        }
    }

    /** Runs the range readers on the common pool and rethrows the first failure as it was. */
    private static void runAll(List<Callable<Void>> tasks) throws IOException {
        List<Future<Void>> futures = new ArrayList<>(tasks.size());
        for (Callable<Void> t : tasks) {
            futures.add(ForkJoinPool.commonPool().submit(t));
        }
        IOException first = null;
        for (Future<Void> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    first = first == null ? io : first;
                } else if (cause instanceof RuntimeException re) {
                    throw re;
                } else {
                    throw new IllegalStateException(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while reading");
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Names the first point in {@code [from, to)} with a NaN or infinite coordinate. */
    private static void requireFinite(Path file, PointCloud cloud, int from, int to) throws FormatException {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        for (int i = from; i < to; i++) {
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
