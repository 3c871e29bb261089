package dev.fuselage.io.ply;

import dev.fuselage.core.cloud.ScalarType;
import java.util.Locale;

/**
 * The eight scalar types a PLY header can name. Both spellings are accepted: the original ones of the 1994
 * specification ({@code char uchar short ushort int uint float double}) and the sized ones later writers use
 * ({@code int8 uint8 int16 uint16 int32 uint32 float32 float64}). Each maps one-to-one onto a {@link ScalarType},
 * so a property becomes a column of exactly its declared type.
 */
enum PlyType {
    INT8("char", "int8", ScalarType.INT8),
    UINT8("uchar", "uint8", ScalarType.UINT8),
    INT16("short", "int16", ScalarType.INT16),
    UINT16("ushort", "uint16", ScalarType.UINT16),
    INT32("int", "int32", ScalarType.INT32),
    UINT32("uint", "uint32", ScalarType.UINT32),
    FLOAT32("float", "float32", ScalarType.FLOAT32),
    FLOAT64("double", "float64", ScalarType.FLOAT64);

    private final String legacyName;
    private final String sizedName;
    private final ScalarType scalar;

    PlyType(String legacyName, String sizedName, ScalarType scalar) {
        this.legacyName = legacyName;
        this.sizedName = sizedName;
        this.scalar = scalar;
    }

    /** The type a header token names, or null when it names none (case-sensitive, as every PLY tool is). */
    static PlyType byName(String token) {
        for (PlyType t : values()) {
            if (t.legacyName.equals(token) || t.sizedName.equals(token)) {
                return t;
            }
        }
        return null;
    }

    /** The PLY type that stores a column type without loss; 64-bit integers have none and become float64. */
    static PlyType forColumn(ScalarType type) {
        return switch (type) {
            case INT8 -> INT8;
            case UINT8 -> UINT8;
            case INT16 -> INT16;
            case UINT16 -> UINT16;
            case INT32 -> INT32;
            case UINT32 -> UINT32;
            case FLOAT32 -> FLOAT32;
            case INT64, UINT64, FLOAT64 -> FLOAT64;
        };
    }

    /** Size of one value in bytes. */
    int bytes() {
        return scalar.bytes();
    }

    ScalarType scalar() {
        return scalar;
    }

    boolean isInteger() {
        return !scalar.isFloating();
    }

    /** Whether every value of this type is exactly a float32 (so positions of this type need no origin). */
    boolean fitsFloat32() {
        return this == FLOAT32 || bytes() <= 2;
    }

    /** Smallest value an integer type holds. */
    long min() {
        return switch (this) {
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            default -> 0;
        };
    }

    /** Largest value an integer type holds. */
    long max() {
        return switch (this) {
            case INT8 -> Byte.MAX_VALUE;
            case UINT8 -> 0xFF;
            case INT16 -> Short.MAX_VALUE;
            case UINT16 -> 0xFFFF;
            case INT32 -> Integer.MAX_VALUE;
            case UINT32 -> 0xFFFF_FFFFL;
            default -> Long.MAX_VALUE;
        };
    }

    /** The name Fuselage writes: the original spelling, which every PLY reader knows. */
    String headerName() {
        return legacyName;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
