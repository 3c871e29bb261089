package dev.fuselage.io.ply;

import java.nio.ByteOrder;

/** The three body encodings a PLY {@code format} line names. */
enum PlyEncoding {
    ASCII("ascii", null),
    BINARY_LITTLE_ENDIAN("binary_little_endian", ByteOrder.LITTLE_ENDIAN),
    BINARY_BIG_ENDIAN("binary_big_endian", ByteOrder.BIG_ENDIAN);

    private final String headerName;
    private final ByteOrder order;

    PlyEncoding(String headerName, ByteOrder order) {
        this.headerName = headerName;
        this.order = order;
    }

    /** The encoding a {@code format} line or a write option names, or null. */
    static PlyEncoding byName(String name) {
        for (PlyEncoding e : values()) {
            if (e.headerName.equals(name)) {
                return e;
            }
        }
        return null;
    }

    String headerName() {
        return headerName;
    }

    boolean isBinary() {
        return order != null;
    }

    /** Byte order of a binary encoding (null for ascii). */
    ByteOrder order() {
        return order;
    }
}
