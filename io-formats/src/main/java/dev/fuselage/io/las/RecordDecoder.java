package dev.fuselage.io.las;

import java.nio.ByteBuffer;

/** Reads fields of fixed-stride point records in a little-endian buffer into column arrays, a run at a time. */
interface RecordDecoder {
    /**
     * Reads {@code count} records starting at buffer index {@code pos} (the record start) into the columns,
     * starting at point {@code dst}.
     */
    void decode(ByteBuffer src, int pos, int stride, int count, int dst);
}
