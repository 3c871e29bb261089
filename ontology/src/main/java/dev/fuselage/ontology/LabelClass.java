package dev.fuselage.ontology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One class of objects an annotator can label (KITTI {@code Car}, COCO {@code traffic light}).
 *
 * <ul>
 *   <li>{@code name} — the exact text stored in labels; case matters (KITTI's {@code Person_sitting}).</li>
 *   <li>{@code color} — how its boxes and points are drawn.</li>
 *   <li>{@code hotkey} — the key that assigns the class.</li>
 *   <li>{@code sizePrior} — the initial size of a new box.</li>
 *   <li>{@code parent} — the name of the class it specialises; attributes are inherited from parents.</li>
 *   <li>{@code attributes} — the attributes objects of this class carry, besides inherited and global ones.</li>
 *   <li>{@code abstractClass} — a grouping only (COCO's supercategory {@code vehicle}): it organises the class
 *       list and carries shared attributes, but no object may be labelled with it.</li>
 *   <li>{@code sourceId} — the class's numeric id in the dataset the ontology came from (COCO category ids, which
 *       have gaps in 1..90); exporters that need the original ids read it here.</li>
 * </ul>
 * Build one with {@link #of(String, Rgb)} and the {@code with…} methods.
 */
public record LabelClass(String name, Rgb color, Optional<Hotkey> hotkey, Optional<SizePrior> sizePrior,
                         Optional<String> parent, List<AttributeDef> attributes, boolean abstractClass,
                         OptionalInt sourceId) {

    public LabelClass {
        AttributeDef.checkName(name, "class");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(hotkey, "hotkey");
        Objects.requireNonNull(sizePrior, "sizePrior");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(sourceId, "sourceId");
        attributes = List.copyOf(attributes);
        parent.ifPresent(p -> {
            AttributeDef.checkName(p, "parent class");
            if (p.equals(name)) {
                throw new IllegalArgumentException("class '" + name + "' is its own parent");
            }
        });
    }

    /** A concrete top-level class without hotkey, size prior, attributes or source id. */
    public static LabelClass of(String name, Rgb color) {
        return new LabelClass(name, color, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false,
                OptionalInt.empty());
    }

    /** With hotkey {@code key}, parsed by {@link Hotkey#parse}. */
    public LabelClass withHotkey(String key) {
        return new LabelClass(name, color, Optional.of(Hotkey.parse(key)), sizePrior, parent, attributes,
                abstractClass, sourceId);
    }

    /** With a size prior of {@code length x width x height} metres. */
    public LabelClass withSizePrior(double length, double width, double height) {
        return new LabelClass(name, color, hotkey, Optional.of(new SizePrior(length, width, height)), parent,
                attributes, abstractClass, sourceId);
    }

    /** With {@code parentName} as parent. */
    public LabelClass withParent(String parentName) {
        return new LabelClass(name, color, hotkey, sizePrior, Optional.of(parentName), attributes, abstractClass,
                sourceId);
    }

    /** With these own attributes (replacing any). */
    public LabelClass withAttributes(AttributeDef... defs) {
        return new LabelClass(name, color, hotkey, sizePrior, parent, List.of(defs), abstractClass, sourceId);
    }

    /** Marked as a grouping that cannot label objects. */
    public LabelClass asAbstract() {
        return new LabelClass(name, color, hotkey, sizePrior, parent, attributes, true, sourceId);
    }

    /** With the dataset's numeric id for this class. */
    public LabelClass withSourceId(int id) {
        return new LabelClass(name, color, hotkey, sizePrior, parent, attributes, abstractClass, OptionalInt.of(id));
    }
}
