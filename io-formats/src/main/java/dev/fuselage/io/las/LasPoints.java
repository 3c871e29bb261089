package dev.fuselage.io.las;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;

/**
 * The uncompressed point records of a LAS file: memory-mapped in windows of at most 1 GiB and decoded by a few
 * threads, each over its own contiguous range of points (so each fills a disjoint slice of every column).
 */
final class LasPoints implements PointSource {
    private static final long MAX_WINDOW = 1L << 30;
    /** Below this many points a second thread costs more than it saves. */
    private static final int PARALLEL_MIN_POINTS = 200_000;

    private final FileChannel channel;
    private final long start;
    private final int stride;
    private final int count;
    private final int threads;

    /**
     * @param start   file offset of the first record
     * @param threads upper bound on decoding threads (0 for the default)
     */
    LasPoints(FileChannel channel, long start, int stride, int count, int threads) {
        this.channel = channel;
        this.start = start;
        this.stride = stride;
        this.count = count;
        this.threads = threads > 0 ? threads : Workers.parallelism();
    }

    @Override
    public void decode(List<FieldCodec> codecs) throws IOException {
        long bytes = (long) count * stride;
        int parallel = count < PARALLEL_MIN_POINTS ? 1 : threads;
        int tasks = (int) Math.max(parallel, (bytes + MAX_WINDOW - 1) / MAX_WINDOW);
        Workers.run(count == 0 ? 0 : tasks, (t, workers) -> {
            int from = (int) ((long) count * t / tasks);
            int to = (int) ((long) count * (t + 1) / tasks);
            if (to <= from) {
                return;
            }
            MappedByteBuffer window = channel.map(FileChannel.MapMode.READ_ONLY, start + (long) from * stride,
                    (long) (to - from) * stride);
            window.order(ByteOrder.LITTLE_ENDIAN);
            PointSource.decodeRecords(codecs, window, 0, stride, to - from, from);
        });
    }
}
