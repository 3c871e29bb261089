package dev.fuselage.core.cloud;

/**
 * The primitive type of one attribute column, as point-cloud files declare them (PCD {@code TYPE}/{@code SIZE},
 * PLY property types, LAS fields). Unsigned types are stored in the signed Java primitive of the same width and
 * widened on read, so no precision is lost and no per-point objects are needed.
 */
public enum ScalarType {
    INT8(1, false, true),
    UINT8(1, false, false),
    INT16(2, false, true),
    UINT16(2, false, false),
    INT32(4, false, true),
    UINT32(4, false, false),
    INT64(8, false, true),
    UINT64(8, false, false),
    FLOAT32(4, true, true),
    FLOAT64(8, true, true);

    private final int bytes;
    private final boolean floating;
    private final boolean signed;

    ScalarType(int bytes, boolean floating, boolean signed) {
        this.bytes = bytes;
        this.floating = floating;
        this.signed = signed;
    }

    /** Size of one value in bytes. */
    public int bytes() {
        return bytes;
    }

    /** True for FLOAT32 and FLOAT64. */
    public boolean isFloating() {
        return floating;
    }

    /** True for signed integers and floating-point types. */
    public boolean isSigned() {
        return signed;
    }

    /** Lower-case name used in {@code fuselage info} output, e.g. {@code float32}, {@code uint16}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
