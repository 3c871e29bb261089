package dev.fuselage.ontology;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A free-text attribute (a note, a licence plate). {@code maxLength}, when given, limits the length in Unicode
 * code points, so an emoji counts as one character as the user sees it.
 */
public record TextAttribute(String name, OptionalInt maxLength, Optional<String> defaultValue, boolean required)
        implements AttributeDef {

    public TextAttribute {
        AttributeDef.checkName(name, "attribute");
        if (maxLength.isPresent() && maxLength.getAsInt() <= 0) {
            throw new IllegalArgumentException("text attribute '" + name + "' has maxLength " + maxLength.getAsInt()
                    + " (must be > 0)");
        }
        defaultValue.ifPresent(d -> {
            if (maxLength.isPresent() && d.codePointCount(0, d.length()) > maxLength.getAsInt()) {
                throw new IllegalArgumentException("text attribute '" + name + "' has a default longer than its "
                        + "maxLength " + maxLength.getAsInt());
            }
        });
    }

    /** Unlimited text without default. */
    public static TextAttribute of(String name, boolean required) {
        return new TextAttribute(name, OptionalInt.empty(), Optional.empty(), required);
    }

    /** The same attribute limited to {@code limit} code points. */
    public TextAttribute withMaxLength(int limit) {
        return new TextAttribute(name, OptionalInt.of(limit), defaultValue, required);
    }

    @Override
    public String typeName() {
        return "text";
    }

    @Override
    public Optional<String> problemWith(Object value) {
        if (!(value instanceof String s)) {
            return Optional.of("expected text but got " + ValueText.describe(value));
        }
        if (maxLength.isPresent()) {
            int length = s.codePointCount(0, s.length());
            if (length > maxLength.getAsInt()) {
                return Optional.of("text is " + length + " characters long, more than the maximum "
                        + maxLength.getAsInt());
            }
        }
        return Optional.empty();
    }
}
