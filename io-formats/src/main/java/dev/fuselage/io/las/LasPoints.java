package dev.fuselage.io.las;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.List;

/**
 * The uncompressed point records of a LAS file, decoded by a few threads, each over its own contiguous range of
 * points (so each fills a disjoint slice of every column). Each thread reads its range block by block with
 * positional reads into one reused direct buffer: at these sizes that beats memory mapping, whose page faults
 * cost more than the copy, and the block stays in cache while every field decoder runs over it.
 */
final class LasPoints implements PointSource {
    /** Bytes per block: a few hundred kilobytes stays within L2 while the decoders run over it. */
    private static final int BLOCK_BYTES = 256 * 1024;
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
    public void decode(List<? extends RecordDecoder> codecs) throws IOException {
        int tasks = count < PARALLEL_MIN_POINTS ? 1 : threads;
        int block = Math.max(1, BLOCK_BYTES / stride);
        Workers.run(count == 0 ? 0 : tasks, (t, workers) -> {
            int from = (int) ((long) count * t / tasks);
            int to = (int) ((long) count * (t + 1) / tasks);
            ByteBuffer buf = ByteBuffer.allocateDirect(block * stride).order(ByteOrder.LITTLE_ENDIAN);
            for (int done = from; done < to && !workers.failed(); done += block) {
                int n = Math.min(block, to - done);
                buf.clear().limit(n * stride);
                long at = start + (long) done * stride;
                while (buf.hasRemaining()) {
                    if (channel.read(buf, at + buf.position()) < 0) {
                        throw new EOFException("the file shrank while it was read");
                    }
                }
                for (RecordDecoder codec : codecs) {
                    codec.decode(buf, 0, stride, n, done);
                }
            }
        });
    }
}
