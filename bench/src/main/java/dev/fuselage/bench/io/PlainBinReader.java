package dev.fuselage.bench.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The baseline of issue #2: the plainest fast Java read of a KITTI {@code .bin}, FileChannel chunks bulk-copied
 * into one interleaved {@code float[]} (x y z i x y z i ...), with no validation and no de-interleaving. A
 * registry reader that also splits columns and checks values can at best tie with it.
 */
final class PlainBinReader {
    private static final int CHUNK_BYTES = 1 << 20;

    private PlainBinReader() {
    }

    static float[] read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long bytes = ch.size();
            float[] out = new float[Math.toIntExact(bytes / 4)];
            ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            int pos = 0;
            while (pos < out.length) {
                buf.clear().limit(Math.min(CHUNK_BYTES, (out.length - pos) * 4));
                while (buf.hasRemaining()) {
                    if (ch.read(buf) < 0) {
                        throw new EOFException(file + " shrank while being read");
                    }
                }
                buf.flip();
                int floats = buf.remaining() / 4;
                buf.asFloatBuffer().get(out, pos, floats);
                pos += floats;
            }
            return out;
        }
    }
}
