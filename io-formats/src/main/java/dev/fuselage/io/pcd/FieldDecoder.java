package dev.fuselage.io.pcd;

import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.io.FormatException;
import java.nio.ByteBuffer;

/**
 * Moves one PCD field's values into the array that holds them in the cloud, from any of the three encodings:
 * a field-major column ({@code binary_compressed}), interleaved point records ({@code binary}) or text
 * ({@code ascii}). Value {@code c} of point {@code p} goes to index {@code p * count + c}. Buffers are
 * little-endian.
 */
abstract class FieldDecoder {
    /** Field name as the file spells it, for messages. */
    final String name;
    /** Values per point. */
    final int count;

    FieldDecoder(String name, int count) {
        this.name = name;
        this.count = count;
    }

    /** Decodes {@code values} consecutive values starting at byte {@code offset} into indices from {@code first}. */
    abstract void fromColumn(ByteBuffer src, int offset, int first, int values);

    /** Decodes this field of {@code points} records, the first one's field at {@code offset}, {@code stride} apart. */
    abstract void fromRecords(ByteBuffer src, int offset, int stride, int firstPoint, int points);

    /** Parses this field's {@code count} values of one point from its text line. */
    abstract void fromText(AsciiTokenizer text, int point) throws FormatException;

    /** Padding ({@code _}) and {@code COUNT 0} fields: consumed, not kept. */
    static final class Skip extends FieldDecoder {
        Skip(String name, int count) {
            super(name, count);
        }

        @Override
        void fromColumn(ByteBuffer src, int offset, int first, int values) {
        }

        @Override
        void fromRecords(ByteBuffer src, int offset, int stride, int firstPoint, int points) {
        }

        @Override
        void fromText(AsciiTokenizer text, int point) throws FormatException {
            for (int c = 0; c < count; c++) {
                text.skip(name);
            }
        }
    }

    /** F4 values: kept bit for bit (positions and float attributes). */
    static final class Floats extends FieldDecoder {
        private final float[] dst;

        Floats(String name, int count, float[] dst) {
            super(name, count);
            this.dst = dst;
        }

        @Override
        void fromColumn(ByteBuffer src, int offset, int first, int values) {
            for (int i = 0; i < values; i++) {
                dst[first + i] = src.getFloat(offset + (i << 2));
            }
        }

        @Override
        void fromRecords(ByteBuffer src, int offset, int stride, int firstPoint, int points) {
            if (count == 1) {
                for (int p = 0; p < points; p++) {
                    dst[firstPoint + p] = src.getFloat(offset + p * stride);
                }
                return;
            }
            for (int p = 0; p < points; p++) {
                int at = offset + p * stride, to = (firstPoint + p) * count;
                for (int c = 0; c < count; c++) {
                    dst[to + c] = src.getFloat(at + (c << 2));
                }
            }
        }

        @Override
        void fromText(AsciiTokenizer text, int point) throws FormatException {
            for (int c = 0; c < count; c++) {
                dst[point * count + c] = text.nextFloat(name);
            }
        }
    }

    /** F8 attribute values. */
    static final class Doubles extends FieldDecoder {
        private final double[] dst;

        Doubles(String name, int count, double[] dst) {
            super(name, count);
            this.dst = dst;
        }

        @Override
        void fromColumn(ByteBuffer src, int offset, int first, int values) {
            for (int i = 0; i < values; i++) {
                dst[first + i] = src.getDouble(offset + (i << 3));
            }
        }

        @Override
        void fromRecords(ByteBuffer src, int offset, int stride, int firstPoint, int points) {
            for (int p = 0; p < points; p++) {
                int at = offset + p * stride, to = (firstPoint + p) * count;
                for (int c = 0; c < count; c++) {
                    dst[to + c] = src.getDouble(at + (c << 3));
                }
            }
        }

        @Override
        void fromText(AsciiTokenizer text, int point) throws FormatException {
            for (int c = 0; c < count; c++) {
                dst[point * count + c] = text.nextDouble(name);
            }
        }
    }

    /**
     * Integer values of any width, kept in the signed Java primitive of the same width. Packed colours stored as
     * TYPE F land here too: their float bits are the colour ({@code floatText} parses ascii tokens as floats).
     */
    static final class Integers extends FieldDecoder {
        private final Object dst;
        private final int size;
        private final long min;
        private final long max;
        private final boolean unsigned64;
        private final boolean floatText;
        private final String typeCode;

        Integers(String name, int count, ScalarType type, Object dst, boolean floatText, String typeCode) {
            super(name, count);
            this.dst = dst;
            this.size = type.bytes();
            this.floatText = floatText;
            this.typeCode = typeCode;
            this.unsigned64 = type == ScalarType.UINT64;
            int bits = size * 8;
            if (type.isSigned()) {
                min = bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
                max = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
            } else {
                min = 0;
                max = bits == 64 ? Long.MAX_VALUE : (1L << bits) - 1;
            }
        }

        @Override
        void fromColumn(ByteBuffer src, int offset, int first, int values) {
            switch (size) {
                case 1 -> {
                    byte[] d = (byte[]) dst;
                    for (int i = 0; i < values; i++) {
                        d[first + i] = src.get(offset + i);
                    }
                }
                case 2 -> {
                    short[] d = (short[]) dst;
                    for (int i = 0; i < values; i++) {
                        d[first + i] = src.getShort(offset + (i << 1));
                    }
                }
                case 4 -> {
                    int[] d = (int[]) dst;
                    for (int i = 0; i < values; i++) {
                        d[first + i] = src.getInt(offset + (i << 2));
                    }
                }
                default -> {
                    long[] d = (long[]) dst;
                    for (int i = 0; i < values; i++) {
                        d[first + i] = src.getLong(offset + (i << 3));
                    }
                }
            }
        }

        @Override
        void fromRecords(ByteBuffer src, int offset, int stride, int firstPoint, int points) {
            int n = count;
            switch (size) {
                case 1 -> {
                    byte[] d = (byte[]) dst;
                    for (int p = 0; p < points; p++) {
                        int at = offset + p * stride, to = (firstPoint + p) * n;
                        for (int c = 0; c < n; c++) {
                            d[to + c] = src.get(at + c);
                        }
                    }
                }
                case 2 -> {
                    short[] d = (short[]) dst;
                    for (int p = 0; p < points; p++) {
                        int at = offset + p * stride, to = (firstPoint + p) * n;
                        for (int c = 0; c < n; c++) {
                            d[to + c] = src.getShort(at + (c << 1));
                        }
                    }
                }
                case 4 -> {
                    int[] d = (int[]) dst;
                    for (int p = 0; p < points; p++) {
                        int at = offset + p * stride, to = (firstPoint + p) * n;
                        for (int c = 0; c < n; c++) {
                            d[to + c] = src.getInt(at + (c << 2));
                        }
                    }
                }
                default -> {
                    long[] d = (long[]) dst;
                    for (int p = 0; p < points; p++) {
                        int at = offset + p * stride, to = (firstPoint + p) * n;
                        for (int c = 0; c < n; c++) {
                            d[to + c] = src.getLong(at + (c << 3));
                        }
                    }
                }
            }
        }

        @Override
        void fromText(AsciiTokenizer text, int point) throws FormatException {
            for (int c = 0; c < count; c++) {
                int i = point * count + c;
                if (floatText) {
                    ((int[]) dst)[i] = Float.floatToRawIntBits(text.nextFloat(name));
                    continue;
                }
                long v = text.nextLong(name, min, max, unsigned64, typeCode);
                switch (size) {
                    case 1 -> ((byte[]) dst)[i] = (byte) v;
                    case 2 -> ((short[]) dst)[i] = (short) v;
                    case 4 -> ((int[]) dst)[i] = (int) v;
                    default -> ((long[]) dst)[i] = v;
                }
            }
        }
    }

    /**
     * A coordinate stored as anything but F4 (PDAL writes F8 UTM coordinates): converted to float32 relative to
     * the axis origin, which keeps precision for georeferenced clouds.
     */
    static final class Coordinates extends FieldDecoder {
        private final float[] dst;
        private final PcdField field;
        private final AxisOrigin origin;

        Coordinates(PcdField field, float[] dst, AxisOrigin origin) {
            super(field.name(), 1);
            this.field = field;
            this.dst = dst;
            this.origin = origin;
        }

        @Override
        void fromColumn(ByteBuffer src, int offset, int first, int values) {
            int size = field.size();
            for (int i = 0; i < values; i++) {
                dst[first + i] = origin.local(value(src, offset + i * size));
            }
        }

        @Override
        void fromRecords(ByteBuffer src, int offset, int stride, int firstPoint, int points) {
            for (int p = 0; p < points; p++) {
                dst[firstPoint + p] = origin.local(value(src, offset + p * stride));
            }
        }

        @Override
        void fromText(AsciiTokenizer text, int point) throws FormatException {
            double v = field.type() == 'F' ? text.nextDouble(name)
                    : text.nextLong(name, Long.MIN_VALUE, Long.MAX_VALUE, field.type() == 'U' && field.size() == 8,
                            field.typeCode());
            dst[point] = origin.local(v);
        }

        private double value(ByteBuffer src, int at) {
            return switch (field.scalarType()) {
                case FLOAT64 -> src.getDouble(at);
                case FLOAT32 -> src.getFloat(at);
                case INT8 -> src.get(at);
                case UINT8 -> src.get(at) & 0xFF;
                case INT16 -> src.getShort(at);
                case UINT16 -> src.getShort(at) & 0xFFFF;
                case INT32 -> src.getInt(at);
                case UINT32 -> src.getInt(at) & 0xFFFFFFFFL;
                case INT64 -> src.getLong(at);
                case UINT64 -> unsignedToDouble(src.getLong(at));
            };
        }

        private static double unsignedToDouble(long v) {
            return v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
        }
    }

    /**
     * Picks the origin of one axis from the first finite coordinate and converts doubles to float32 locals.
     * Coordinates within {@link #THRESHOLD} of zero (sensor frames) keep origin 0; farther ones (UTM) get the
     * first value rounded to whole metres, so float32 locals stay well below a millimetre of error.
     */
    static final class AxisOrigin {
        /** Beyond this distance float32 spacing exceeds half a millimetre. */
        static final double THRESHOLD = 8192;
        private double origin;
        private boolean chosen;

        float local(double v) {
            if (!chosen) {
                if (!Double.isFinite(v)) {
                    return (float) v;
                }
                origin = Math.abs(v) >= THRESHOLD ? Math.rint(v) : 0;
                chosen = true;
            }
            return (float) (v - origin);
        }

        double origin() {
            return origin;
        }
    }
}
