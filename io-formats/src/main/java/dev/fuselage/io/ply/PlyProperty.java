package dev.fuselage.io.ply;

/**
 * One {@code property} line of a PLY element: a scalar ({@code property float x}) or a list
 * ({@code property list uchar int vertex_indices}, where {@code countType} is the type of the leading count).
 *
 * @param countType null for a scalar property
 */
record PlyProperty(String name, PlyType type, PlyType countType) {
    static PlyProperty scalar(String name, PlyType type) {
        return new PlyProperty(name, type, null);
    }

    static PlyProperty list(String name, PlyType countType, PlyType itemType) {
        return new PlyProperty(name, itemType, countType);
    }

    boolean isList() {
        return countType != null;
    }

    /** Fewest bytes the property takes in a binary record: its value, or an empty list's count. */
    int minBytes() {
        return isList() ? countType.bytes() : type.bytes();
    }
}
