package dev.fuselage.ontology;

import java.util.Optional;

/** A yes/no attribute, e.g. a {@code is_group} flag; values are {@code Boolean}. */
public record BoolAttribute(String name, Optional<Boolean> defaultValue, boolean required) implements AttributeDef {

    public BoolAttribute {
        AttributeDef.checkName(name, "attribute");
    }

    /** Without default. */
    public static BoolAttribute of(String name, boolean required) {
        return new BoolAttribute(name, Optional.empty(), required);
    }

    @Override
    public String typeName() {
        return "bool";
    }

    @Override
    public Optional<String> problemWith(Object value) {
        return value instanceof Boolean ? Optional.empty()
                : Optional.of("expected true or false but got " + ValueText.describe(value));
    }
}
