package dev.fuselage.io.las;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/** Where a reader's point records come from: the raw records of a LAS file or the decoded chunks of a LAZ one. */
interface PointSource {
    /** Points per block: the codecs run field by field over a block that stays in the L2 cache. */
    int BLOCK = 8192;

    /** Runs every codec over every point record, in parallel where that pays. */
    void decode(List<? extends RecordDecoder> codecs) throws IOException;

    /** Runs the codecs over {@code count} consecutive records, block by block. */
    static void decodeRecords(List<? extends RecordDecoder> codecs, ByteBuffer records, int pos, int stride, int count,
                              int dst) {
        for (int done = 0; done < count; done += BLOCK) {
            int n = Math.min(BLOCK, count - done);
            int at = pos + done * stride;
            for (RecordDecoder codec : codecs) {
                codec.decode(records, at, stride, n, dst + done);
            }
        }
    }
}
