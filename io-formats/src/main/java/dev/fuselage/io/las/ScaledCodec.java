package dev.fuselage.io.las;

import dev.fuselage.core.cloud.ScalarType;
import java.nio.ByteBuffer;

/**
 * An extra-bytes dimension with scale and offset: stored integers (or floats) become physical float64 values
 * {@code raw * scale + offset}; writing rounds back to the stored type, so values read from a file are written
 * back to the same integers.
 */
final class ScaledCodec extends FieldCodec {
    private final double[] values;
    private final ScalarType raw;
    private final int components;
    private final double[] scale;
    private final double[] offset;

    ScaledCodec(int at, ScalarType raw, int components, double[] scale, double[] offset, double[] values) {
        super(at);
        this.values = values;
        this.raw = raw;
        this.components = components;
        this.scale = scale;
        this.offset = offset;
    }

    @Override
    public void decode(ByteBuffer src, int pos, int stride, int count, int dst) {
        double[] v = values;
        int c = components;
        int size = raw.bytes();
        for (int k = 0; k < c; k++) {
            double s = scale[k];
            double o = offset[k];
            int p = pos + at + size * k;
            for (int j = dst * c + k, end = (dst + count) * c; j < end; j += c, p += stride) {
                v[j] = read(src, p) * s + o;
            }
        }
    }

    @Override
    void encode(ByteBuffer out, int pos, int stride, int count, int src) {
        double[] v = values;
        int c = components;
        int size = raw.bytes();
        for (int k = 0; k < c; k++) {
            double s = scale[k];
            double o = offset[k];
            int p = pos + at + size * k;
            for (int j = src * c + k, end = (src + count) * c; j < end; j += c, p += stride) {
                write(out, p, (v[j] - o) / s);
            }
        }
    }

    private double read(ByteBuffer b, int p) {
        return switch (raw) {
            case UINT8 -> b.get(p) & 0xFF;
            case INT8 -> b.get(p);
            case UINT16 -> b.getShort(p) & 0xFFFF;
            case INT16 -> b.getShort(p);
            case UINT32 -> b.getInt(p) & 0xFFFFFFFFL;
            case INT32 -> b.getInt(p);
            case UINT64 -> unsigned(b.getLong(p));
            case INT64 -> b.getLong(p);
            case FLOAT32 -> b.getFloat(p);
            case FLOAT64 -> b.getDouble(p);
        };
    }

    private void write(ByteBuffer b, int p, double value) {
        switch (raw) {
            case UINT8 -> b.put(p, (byte) clamp(value, 0, 0xFF));
            case INT8 -> b.put(p, (byte) clamp(value, Byte.MIN_VALUE, Byte.MAX_VALUE));
            case UINT16 -> b.putShort(p, (short) clamp(value, 0, 0xFFFF));
            case INT16 -> b.putShort(p, (short) clamp(value, Short.MIN_VALUE, Short.MAX_VALUE));
            case UINT32 -> b.putInt(p, (int) clamp(value, 0, 0xFFFFFFFFL));
            case INT32 -> b.putInt(p, (int) clamp(value, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case UINT64 -> b.putLong(p, toUnsigned(value));
            case INT64 -> b.putLong(p, Math.round(value));
            case FLOAT32 -> b.putFloat(p, (float) value);
            case FLOAT64 -> b.putDouble(p, value);
        }
    }

    private static long clamp(double value, long min, long max) {
        long r = Math.round(value);
        return r < min ? min : Math.min(r, max);
    }

    static double unsigned(long v) {
        return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }

    private static long toUnsigned(double value) {
        if (!(value > 0)) {
            return 0;
        }
        if (value < 0x1p63) {
            return Math.round(value);
        }
        if (value >= 0x1p64) {
            return -1L;
        }
        return Math.round(value - 0x1p63) ^ Long.MIN_VALUE;
    }
}
