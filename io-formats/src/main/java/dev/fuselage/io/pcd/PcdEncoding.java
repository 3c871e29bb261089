package dev.fuselage.io.pcd;

import java.util.Locale;
import java.util.Optional;

/** The three ways a PCD file stores its points after the header ({@code DATA} line). */
public enum PcdEncoding {
    /** One point a line, values as text. */
    ASCII("ascii"),
    /** Points back to back, little-endian, each field at its offset within the point. */
    BINARY("binary"),
    /** One LZF block (uint32 compressed size, uint32 uncompressed size) holding each field's column in turn. */
    BINARY_COMPRESSED("binary_compressed");

    private final String keyword;

    PcdEncoding(String keyword) {
        this.keyword = keyword;
    }

    /** The word after {@code DATA} in the header. */
    public String keyword() {
        return keyword;
    }

    /** The encoding a {@code DATA} keyword or a write option names, if any. */
    public static Optional<PcdEncoding> of(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        for (PcdEncoding e : values()) {
            if (e.keyword.equals(k)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
