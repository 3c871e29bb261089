package dev.fuselage.io.ply;

import java.util.List;

/**
 * One {@code element} of a PLY header ({@code vertex}, {@code face}, PCL's {@code camera}, ...) with its declared
 * record count and properties in file order.
 */
record PlyElement(String name, long count, List<PlyProperty> properties) {
    PlyElement {
        properties = List.copyOf(properties);
    }

    boolean hasLists() {
        return properties.stream().anyMatch(PlyProperty::isList);
    }

    /** Bytes of one binary record when it has no lists (every record the same size), else -1. */
    int fixedRecordBytes() {
        return hasLists() ? -1 : minRecordBytes();
    }

    /** Fewest bytes one binary record can take (lists empty). */
    int minRecordBytes() {
        int sum = 0;
        for (PlyProperty p : properties) {
            sum += p.minBytes();
        }
        return sum;
    }

    boolean isVertex() {
        return name.equals(PlyHeader.VERTEX);
    }
}
