package dev.fuselage.io;

import java.util.Locale;
import java.util.Optional;

/**
 * How a writer should encode a file where its format offers a choice.
 *
 * @param encoding format-specific encoding name, e.g. PCD {@code ascii}, {@code binary}, {@code binary_compressed};
 *                 empty for the format's default
 */
public record WriteOptions(Optional<String> encoding) {
    public static final WriteOptions DEFAULT = new WriteOptions(Optional.empty());

    public static WriteOptions encoding(String encoding) {
        return new WriteOptions(Optional.of(encoding.toLowerCase(Locale.ROOT)));
    }
}
