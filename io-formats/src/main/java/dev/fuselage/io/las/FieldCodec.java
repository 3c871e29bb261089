package dev.fuselage.io.las;

import java.nio.ByteBuffer;

/**
 * Moves one field between fixed-stride point records in a little-endian buffer and its column array, for a run
 * of points at a time. Each subclass is one tight primitive loop, so decoding a record format means running a
 * handful of monomorphic loops over a cache-sized block instead of branching on the field type per point.
 *
 * <p>Instances are bound to one column array and may be used by several threads at once on disjoint point
 * ranges.
 */
abstract class FieldCodec implements RecordDecoder {
    /** Byte offset of the field inside a point record. */
    final int at;

    FieldCodec(int at) {
        this.at = at;
    }

    @Override
    public abstract void decode(ByteBuffer src, int pos, int stride, int count, int dst);

    /**
     * Writes points {@code src..src+count-1} into records starting at buffer index {@code pos}. Bit fields are
     * OR-ed in, so the records must be zeroed first.
     */
    abstract void encode(ByteBuffer out, int pos, int stride, int count, int src);

    /** An unsigned bit field of one byte into a UINT8 column (flags, return numbers, 5-bit classes). */
    static final class Bits extends FieldCodec {
        private final byte[] values;
        private final int shift;
        private final int mask;

        Bits(int at, int shift, int mask, byte[] values) {
            super(at);
            this.values = values;
            this.shift = shift;
            this.mask = mask;
        }

        @Override
        public void decode(ByteBuffer src, int pos, int stride, int count, int dst) {
            byte[] v = values;
            int p = pos + at;
            for (int j = dst, end = dst + count; j < end; j++, p += stride) {
                v[j] = (byte) ((src.get(p) >> shift) & mask);
            }
        }

        @Override
        void encode(ByteBuffer out, int pos, int stride, int count, int src) {
            byte[] v = values;
            int p = pos + at;
            for (int j = src, end = src + count; j < end; j++, p += stride) {
                out.put(p, (byte) (out.get(p) | ((v[j] & mask) << shift)));
            }
        }
    }

    /** Whole bytes, {@code components} per point (8-bit fields, opaque extra bytes). */
    static final class Bytes extends FieldCodec {
        private final byte[] values;
        private final int components;

        Bytes(int at, int components, byte[] values) {
            super(at);
            this.values = values;
            this.components = components;
        }

        @Override
        public void decode(ByteBuffer src, int pos, int stride, int count, int dst) {
            byte[] v = values;
            int c = components;
            int p = pos + at;
            if (c == 1) {
                for (int j = dst, end = dst + count; j < end; j++, p += stride) {
                    v[j] = src.get(p);
                }
                return;
            }
            for (int j = dst, end = dst + count; j < end; j++, p += stride) {
                src.get(p, v, j * c, c);
            }
        }

        @Override
        void encode(ByteBuffer out, int pos, int stride, int count, int src) {
            byte[] v = values;
            int c = components;
            int p = pos + at;
            if (c == 1) {
                for (int j = src, end = src + count; j < end; j++, p += stride) {
                    out.put(p, v[j]);
                }
                return;
            }
            for (int j = src, end = src + count; j < end; j++, p += stride) {
                out.put(p, v, j * c, c);
            }
        }
    }

    /** 16-bit values, {@code components} consecutive ones per point. */
    static final class Shorts extends FieldCodec {
        private final short[] values;
        private final int components;

        Shorts(int at, int components, short[] values) {
            super(at);
            this.values = values;
            this.components = components;
        }

        @Override
        public void decode(ByteBuffer src, int pos, int stride, int count, int dst) {
            short[] v = values;
            int c = components;
            for (int k = 0; k < c; k++) {
                int p = pos + at + 2 * k;
                for (int j = dst * c + k, end = (dst + count) * c; j < end; j += c, p += stride) {
                    v[j] = src.getShort(p);
                }
            }
        }

        @Override
        void encode(ByteBuffer out, int pos, int stride, int count, int src) {
            short[] v = values;
            int c = components;
            for (int k = 0; k < c; k++) {
                int p = pos + at + 2 * k;
                for (int j = src * c + k, end = (src + count) * c; j < end; j += c, p += stride) {
                    out.putShort(p, v[j]);
                }
            }
        }
    }

    /** 32-bit integers, {@code components} per point. */
    static final class Ints extends FieldCodec {
        private final int[] values;
        private final int components;

        Ints(int at, int components, int[] values) {
            super(at);
            this.values = values;
            this.components = components;
        }

        @Override
        public void decode(ByteBuffer src, int pos, int stride, int count, int dst) {
            int[] v = values;
            int c = components;
            for (int k = 0; k < c; k++) {
                int p = pos + at + 4 * k;
                for (int j = dst * c + k, end = (dst + count) * c; j < end; j += c, p += stride) {
                    v[j] = src.getInt(p);
                }
            }
        }

        @Override
        void encode(ByteBuffer out, int pos, int stride, int count, int src) {
            int[] v = values;
            int c = components;
            for (int k = 0; k < c; k++) {
                int p = pos + at + 4 * k;
                for (int j = src * c + k, end = (src + count) * c; j < end; j += c, p += stride) {
                    out.putInt(p, v[j]);
                }
            }
        }
    }

    /** 32-bit floats, bit for bit (NaN payloads included), {@code components} per point. */
    static final class Floats extends FieldCodec {
        private final float[] values;
        private final int components;

        Floats(int at, int components, float[] values) {
            super(at);
            this.values = values;
            this.components = components;
        }

        @Override
        public void decode(ByteBuffer src, int pos, int stride, int count, int dst) {
            float[] v = values;
            int c = components;
            for (int k = 0; k < c; k++) {
                int p = pos + at + 4 * k;
                for (int j = dst * c + k, end = (dst + count) * c; j < end; j += c, p += stride) {
                    v[j] = Float.intBitsToFloat(src.getInt(p));
                }
            }
        }

        @Override
        void encode(ByteBuffer out, int pos, int stride, int count, int src) {
            float[] v = values;
            int c = components;
            for (int k = 0; k < c; k++) {
                int p = pos + at + 4 * k;
                for (int j = src * c + k, end = (src + count) * c; j < end; j += c, p += stride) {
                    out.putInt(p, Float.floatToRawIntBits(v[j]));
                }
            }
        }
    }

    /** 64-bit integers, {@code components} per point. */
    static final class Longs extends FieldCodec {
        private final long[] values;
        private final int components;

        Longs(int at, int components, long[] values) {
            super(at);
            this.values = values;
            this.components = components;
        }

        @Override
        public void decode(ByteBuffer src, int pos, int stride, int count, int dst) {
            long[] v = values;
            int c = components;
            for (int k = 0; k < c; k++) {
                int p = pos + at + 8 * k;
                for (int j = dst * c + k, end = (dst + count) * c; j < end; j += c, p += stride) {
                    v[j] = src.getLong(p);
                }
            }
        }

        @Override
        void encode(ByteBuffer out, int pos, int stride, int count, int src) {
            long[] v = values;
            int c = components;
            for (int k = 0; k < c; k++) {
                int p = pos + at + 8 * k;
                for (int j = src * c + k, end = (src + count) * c; j < end; j += c, p += stride) {
                    out.putLong(p, v[j]);
                }
            }
        }
    }

    /** 64-bit floats (GPS time), bit for bit, {@code components} per point. */
    static final class Doubles extends FieldCodec {
        private final double[] values;
        private final int components;

        Doubles(int at, int components, double[] values) {
            super(at);
            this.values = values;
            this.components = components;
        }

        @Override
        public void decode(ByteBuffer src, int pos, int stride, int count, int dst) {
            double[] v = values;
            int c = components;
            for (int k = 0; k < c; k++) {
                int p = pos + at + 8 * k;
                for (int j = dst * c + k, end = (dst + count) * c; j < end; j += c, p += stride) {
                    v[j] = Double.longBitsToDouble(src.getLong(p));
                }
            }
        }

        @Override
        void encode(ByteBuffer out, int pos, int stride, int count, int src) {
            double[] v = values;
            int c = components;
            for (int k = 0; k < c; k++) {
                int p = pos + at + 8 * k;
                for (int j = src * c + k, end = (src + count) * c; j < end; j += c, p += stride) {
                    out.putLong(p, Double.doubleToRawLongBits(v[j]));
                }
            }
        }
    }
}
