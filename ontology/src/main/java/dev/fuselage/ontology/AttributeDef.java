package dev.fuselage.ontology;

import java.util.Optional;

/**
 * The definition of one attribute an annotated object carries (KITTI's {@code occluded}, nuScenes'
 * {@code vehicle.parked} state, a free-text note): its name, whether it must be set, its default and the values it
 * allows. Values are plain Java objects in an attribute map, so any annotation type can be checked:
 * {@link EnumAttribute} takes a {@code String}, {@link BoolAttribute} a {@code Boolean}, {@link NumberAttribute}
 * any {@code Number}, {@link TextAttribute} a {@code String}.
 */
public sealed interface AttributeDef permits EnumAttribute, BoolAttribute, NumberAttribute, TextAttribute {

    /** The attribute's key in an object's attribute map; unique among the attributes that apply to a class. */
    String name();

    /** Whether an object must have a value for it. */
    boolean required();

    /** The value a new object starts with, if any. */
    Optional<?> defaultValue();

    /** The type's name in ontology files: {@code enum}, {@code bool}, {@code number} or {@code text}. */
    String typeName();

    /**
     * Why {@code value} (never null) is not allowed for this attribute, e.g. {@code 4 is not one of 0, 1, 2, 3};
     * empty when it is allowed.
     */
    Optional<String> problemWith(Object value);

    /** Rejects names a user could not tell apart from another or could not type in a file: blank or padded. */
    static String checkName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " name must not be empty");
        }
        if (!name.equals(name.strip())) {
            throw new IllegalArgumentException(what + " name '" + name + "' has leading or trailing spaces");
        }
        return name;
    }
}
