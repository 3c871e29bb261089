package dev.fuselage.io.pcd;

import dev.fuselage.core.cloud.ScalarType;

/**
 * One entry of a PCD header's {@code FIELDS}/{@code SIZE}/{@code TYPE}/{@code COUNT} lines.
 *
 * @param name   field name as the file spells it ({@code _} marks padding)
 * @param type   {@code I}, {@code U} or {@code F}
 * @param size   bytes of one value: 1, 2, 4 or 8 (F only 4 or 8)
 * @param count  values per point; 0 means the field holds nothing
 * @param offset byte offset of the field within a binary point
 */
public record PcdField(String name, char type, int size, int count, int offset) {
    /** Name PCL and others use for padding bytes. */
    public static final String PADDING = "_";

    /** Bytes the field takes in one point. */
    public int bytes() {
        return size * count;
    }

    /** True for fields that carry no values Fuselage keeps: {@code _} padding and {@code COUNT 0}. */
    public boolean isSkipped() {
        return count == 0 || PADDING.equals(name);
    }

    /** Type and size as the header spells them, e.g. {@code F4}, {@code U2}. */
    public String typeCode() {
        return type + Integer.toString(size);
    }

    /** The column type for this field's values. */
    public ScalarType scalarType() {
        return scalarType(type, size);
    }

    /** The column type for a PCD TYPE letter and SIZE (both already validated). */
    static ScalarType scalarType(char type, int size) {
        return switch (type) {
            case 'F' -> size == 8 ? ScalarType.FLOAT64 : ScalarType.FLOAT32;
            case 'I' -> switch (size) {
                case 1 -> ScalarType.INT8;
                case 2 -> ScalarType.INT16;
                case 4 -> ScalarType.INT32;
                default -> ScalarType.INT64;
            };
            default -> switch (size) {
                case 1 -> ScalarType.UINT8;
                case 2 -> ScalarType.UINT16;
                case 4 -> ScalarType.UINT32;
                default -> ScalarType.UINT64;
            };
        };
    }

    /** The PCD TYPE letter for a column type. */
    static char typeLetter(ScalarType type) {
        return type.isFloating() ? 'F' : type.isSigned() ? 'I' : 'U';
    }
}
