package dev.fuselage.ontology;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An attribute that takes one of a fixed list of values, e.g. KITTI {@code occluded} with values {@code 0..3}.
 *
 * <p>Values are strings (what files and exports store). {@code labels} optionally gives a value a human-readable
 * meaning for the user interface ({@code "2" -> "largely occluded"}); it never changes what is stored. Because
 * readers of numeric formats hand over integers, an integral {@code Number} is also accepted when its decimal text
 * is one of the values ({@code 2} for {@code "2"}).
 */
public record EnumAttribute(String name, List<String> values, Map<String, String> labels,
                            Optional<String> defaultValue, boolean required) implements AttributeDef {

    public EnumAttribute {
        AttributeDef.checkName(name, "attribute");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("enum attribute '" + name + "' has no values");
        }
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("enum attribute '" + name + "' has an empty value");
            }
            if (!seen.add(v)) {
                throw new IllegalArgumentException("enum attribute '" + name + "' lists value '" + v + "' twice");
            }
        }
        // keep the labels in value order so files and menus list them the same way every time
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String v : values) {
            String label = labels.get(v);
            if (label != null) {
                ordered.put(v, label);
            }
        }
        for (String key : labels.keySet()) {
            if (!seen.contains(key)) {
                throw new IllegalArgumentException("enum attribute '" + name + "' has a label for '" + key
                        + "', which is not one of its values");
            }
        }
        labels = Collections.unmodifiableMap(ordered);
        if (defaultValue.isPresent() && !seen.contains(defaultValue.get())) {
            throw new IllegalArgumentException("enum attribute '" + name + "' has default '" + defaultValue.get()
                    + "', which is not one of " + String.join(", ", values));
        }
    }

    /** Values without labels or default. */
    public static EnumAttribute of(String name, boolean required, String... values) {
        return new EnumAttribute(name, List.of(values), Map.of(), Optional.empty(), required);
    }

    /** The same attribute with {@code value} as default. */
    public EnumAttribute withDefault(String value) {
        return new EnumAttribute(name, values, labels, Optional.of(value), required);
    }

    /** The same attribute with display labels for its values. */
    public EnumAttribute withLabels(Map<String, String> valueLabels) {
        return new EnumAttribute(name, values, valueLabels, defaultValue, required);
    }

    @Override
    public String typeName() {
        return "enum";
    }

    @Override
    public Optional<String> problemWith(Object value) {
        String text;
        if (value instanceof String s) {
            text = s;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            text = value.toString();
        } else {
            return Optional.of("expected one of " + String.join(", ", values) + " but got "
                    + ValueText.describe(value));
        }
        return values.contains(text) ? Optional.empty()
                : Optional.of("'" + text + "' is not one of " + String.join(", ", values));
    }
}
