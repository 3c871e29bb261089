package dev.fuselage.io.pcd;

import dev.fuselage.core.cloud.AttributeColumn;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Writes one output field's values from the cloud: as a field-major column ({@code binary_compressed}), into
 * interleaved point records ({@code binary}) or as text ({@code ascii}). The mirror of {@link FieldDecoder}.
 */
abstract class FieldEncoder {
    /** Values per point. */
    final int count;
    /** Bytes of one value. */
    final int size;

    FieldEncoder(int count, int size) {
        this.count = count;
        this.size = size;
    }

    /** Writes {@code points} points' values back to back from byte {@code offset}. */
    abstract void toColumn(ByteBuffer dst, int offset, int firstPoint, int points);

    /** Writes this field of {@code points} records, the first one's field at {@code offset}, {@code stride} apart. */
    abstract void toRecords(ByteBuffer dst, int offset, int stride, int firstPoint, int points);

    /** Appends this field's values of one point, each preceded by a space unless it starts the line. */
    abstract void toText(AsciiSink out, int point) throws IOException;

    /** A coordinate axis as F4: the local float itself (the cloud has no origin). */
    static final class AxisFloats extends FieldEncoder {
        private final float[] src;

        AxisFloats(float[] src) {
            super(1, 4);
            this.src = src;
        }

        @Override
        void toColumn(ByteBuffer dst, int offset, int firstPoint, int points) {
            for (int i = 0; i < points; i++) {
                dst.putFloat(offset + (i << 2), src[firstPoint + i]);
            }
        }

        @Override
        void toRecords(ByteBuffer dst, int offset, int stride, int firstPoint, int points) {
            for (int p = 0; p < points; p++) {
                dst.putFloat(offset + p * stride, src[firstPoint + p]);
            }
        }

        @Override
        void toText(AsciiSink out, int point) throws IOException {
            out.separate().appendFloat(src[point]);
        }
    }

    /** A coordinate axis as F8 world values, {@code origin + local}, so georeferenced clouds lose nothing. */
    static final class AxisDoubles extends FieldEncoder {
        private final float[] src;
        private final double origin;

        AxisDoubles(float[] src, double origin) {
            super(1, 8);
            this.src = src;
            this.origin = origin;
        }

        @Override
        void toColumn(ByteBuffer dst, int offset, int firstPoint, int points) {
            for (int i = 0; i < points; i++) {
                dst.putDouble(offset + (i << 3), origin + src[firstPoint + i]);
            }
        }

        @Override
        void toRecords(ByteBuffer dst, int offset, int stride, int firstPoint, int points) {
            for (int p = 0; p < points; p++) {
                dst.putDouble(offset + p * stride, origin + src[firstPoint + p]);
            }
        }

        @Override
        void toText(AsciiSink out, int point) throws IOException {
            out.separate().appendDouble(origin + src[point]);
        }
    }

    /** An attribute column in its own type and component count. */
    static final class Column extends FieldEncoder {
        private final AttributeColumn column;
        private final Object data;

        Column(AttributeColumn column) {
            super(column.components(), column.type().bytes());
            this.column = column;
            this.data = column.array();
        }

        @Override
        void toColumn(ByteBuffer dst, int offset, int firstPoint, int points) {
            put(dst, offset, size, firstPoint * count, points * count);
        }

        @Override
        void toRecords(ByteBuffer dst, int offset, int stride, int firstPoint, int points) {
            for (int p = 0; p < points; p++) {
                put(dst, offset + p * stride, size, (firstPoint + p) * count, count);
            }
        }

        /** Writes {@code n} values from index {@code from}, {@code step} bytes apart. */
        private void put(ByteBuffer dst, int at, int step, int from, int n) {
            switch (column.type()) {
                case FLOAT32 -> {
                    float[] s = (float[]) data;
                    for (int i = 0; i < n; i++) {
                        dst.putFloat(at + i * step, s[from + i]);
                    }
                }
                case FLOAT64 -> {
                    double[] s = (double[]) data;
                    for (int i = 0; i < n; i++) {
                        dst.putDouble(at + i * step, s[from + i]);
                    }
                }
                case INT8, UINT8 -> {
                    byte[] s = (byte[]) data;
                    for (int i = 0; i < n; i++) {
                        dst.put(at + i * step, s[from + i]);
                    }
                }
                case INT16, UINT16 -> {
                    short[] s = (short[]) data;
                    for (int i = 0; i < n; i++) {
                        dst.putShort(at + i * step, s[from + i]);
                    }
                }
                case INT32, UINT32 -> {
                    int[] s = (int[]) data;
                    for (int i = 0; i < n; i++) {
                        dst.putInt(at + i * step, s[from + i]);
                    }
                }
                case INT64, UINT64 -> {
                    long[] s = (long[]) data;
                    for (int i = 0; i < n; i++) {
                        dst.putLong(at + i * step, s[from + i]);
                    }
                }
            }
        }

        @Override
        void toText(AsciiSink out, int point) throws IOException {
            int from = point * count;
            for (int c = 0; c < count; c++) {
                out.separate();
                switch (column.type()) {
                    case FLOAT32 -> out.appendFloat(((float[]) data)[from + c]);
                    case FLOAT64 -> out.appendDouble(((double[]) data)[from + c]);
                    case UINT64 -> out.appendUnsigned(((long[]) data)[from + c]);
                    default -> out.appendLong(column.getLong(point, c));
                }
            }
        }
    }
}
