package dev.fuselage.io.las;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.ScalarType;

/**
 * Brings a cloud column to the type a LAS field stores, for clouds that did not come from LAS (a float KITTI
 * intensity, a packed PCD colour, an int label column named {@code classification}). Integers are clamped to the
 * field's range rather than wrapped.
 */
final class ColumnConversion {
    private ColumnConversion() {
    }

    /** The column as {@code type} with {@code components} values per point (components beyond the source's are 0). */
    static AttributeColumn to(AttributeColumn src, ScalarType type, int components, double factor) {
        if (src.type() == type && src.components() == components && factor == 1.0) {
            return src;
        }
        int n = src.size();
        AttributeColumn out = AttributeColumn.allocate(src.name(), type, components, n);
        int shared = Math.min(components, src.components());
        boolean exactInts = !src.type().isFloating() && !type.isFloating() && factor == 1.0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < shared; c++) {
                if (exactInts) {
                    out.setLong(i, c, clamp(src.getLong(i, c), src.type(), type));
                } else if (type.isFloating()) {
                    out.setDouble(i, c, src.getDouble(i, c) * factor);
                } else {
                    double v = src.getDouble(i, c) * factor;
                    out.setLong(i, c, Double.isNaN(v) ? 0 : clamp(v, type));
                }
            }
        }
        return out;
    }

    /** A float intensity in [0, 1] (KITTI reflectance) is scaled to the full 16-bit range. */
    static double intensityFactor(AttributeColumn src) {
        if (!src.type().isFloating()) {
            return 1.0;
        }
        for (int i = 0, n = src.size(); i < n; i++) {
            double v = src.getDouble(i);
            if (v > 1.0 || v < 0) {
                return 1.0;
            }
        }
        return 65535.0;
    }

    private static long clamp(double v, ScalarType type) {
        long r = Math.round(v);
        return Math.max(min(type), Math.min(max(type), r));
    }

    private static long clamp(long v, ScalarType from, ScalarType type) {
        if (from == ScalarType.UINT64 && v < 0) {
            return max(type); // above 2^63
        }
        return Math.max(min(type), Math.min(max(type), v));
    }

    private static long min(ScalarType t) {
        return switch (t) {
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            default -> 0;
        };
    }

    private static long max(ScalarType t) {
        return switch (t) {
            case UINT8 -> 0xFF;
            case INT8 -> Byte.MAX_VALUE;
            case UINT16 -> 0xFFFF;
            case INT16 -> Short.MAX_VALUE;
            case UINT32 -> 0xFFFFFFFFL;
            case INT32 -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }
}
