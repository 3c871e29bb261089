package dev.fuselage.ontology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The label classes and attributes of an annotation project, immutable.
 *
 * <p>Construction checks consistency and throws {@link IllegalArgumentException} with a message naming the problem:
 * class names unique (case-sensitive, as KITTI types are), hotkeys unique, source ids unique, every parent a class
 * of this ontology, no cycle of parents, and no attribute name appearing twice among the attributes that apply to
 * a class. Attribute definitions check their own defaults and ranges when they are built.
 *
 * <p>The attributes that apply to a class are, in this order: the global attributes, those of its ancestors from
 * the root down, then its own ({@link #attributesOf}). Validation ({@link #validate}) works on a class name and a
 * plain attribute map so that any annotation type (cuboid, 2D box, polygon, segment) can use it.
 */
public final class Ontology {
    private final String name;
    private final List<LabelClass> classes;
    private final List<AttributeDef> globalAttributes;

    private final Map<String, LabelClass> byName = new HashMap<>();
    private final Map<Hotkey, LabelClass> byHotkey = new HashMap<>();
    private final Map<Integer, LabelClass> bySourceId = new HashMap<>();
    private final Map<String, List<LabelClass>> children = new HashMap<>();
    private final Map<String, List<AttributeDef>> effectiveAttributes = new HashMap<>();

    public Ontology(String name, List<LabelClass> classes, List<AttributeDef> globalAttributes) {
        this.name = AttributeDef.checkName(name, "ontology");
        this.classes = List.copyOf(classes);
        this.globalAttributes = List.copyOf(globalAttributes);
        index();
        checkParents();
        for (LabelClass c : this.classes) {
            effectiveAttributes.put(c.name(), collectAttributes(c));
        }
    }

    private void index() {
        Set<String> globalNames = new LinkedHashSet<>();
        for (AttributeDef a : globalAttributes) {
            if (!globalNames.add(a.name())) {
                throw new IllegalArgumentException("global attribute '" + a.name() + "' is defined twice");
            }
        }
        for (LabelClass c : classes) {
            if (byName.putIfAbsent(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicate class name '" + c.name() + "'");
            }
            if (c.hotkey().isPresent()) {
                LabelClass other = byHotkey.putIfAbsent(c.hotkey().get(), c);
                if (other != null) {
                    throw new IllegalArgumentException("hotkey " + c.hotkey().get() + " is used by both '"
                            + other.name() + "' and '" + c.name() + "'");
                }
            }
            if (c.sourceId().isPresent()) {
                LabelClass other = bySourceId.putIfAbsent(c.sourceId().getAsInt(), c);
                if (other != null) {
                    throw new IllegalArgumentException("source id " + c.sourceId().getAsInt() + " is used by both '"
                            + other.name() + "' and '" + c.name() + "'");
                }
            }
        }
    }

    private void checkParents() {
        for (LabelClass c : classes) {
            if (c.parent().isEmpty()) {
                continue;
            }
            String parent = c.parent().get();
            if (!byName.containsKey(parent)) {
                throw new IllegalArgumentException("class '" + c.name() + "' has parent '" + parent
                        + "', which is not a class of this ontology");
            }
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
        }
        for (LabelClass c : classes) {
            List<String> path = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (LabelClass at = c; at != null; at = at.parent().map(byName::get).orElse(null)) {
                path.add("'" + at.name() + "'");
                if (!seen.add(at.name())) {
                    throw new IllegalArgumentException("classes " + String.join(" -> ", path)
                            + " form a cycle of parents");
                }
            }
        }
        children.replaceAll((k, v) -> List.copyOf(v));
    }

    private List<AttributeDef> collectAttributes(LabelClass c) {
        List<LabelClass> lineage = new ArrayList<>();
        for (LabelClass at = c; at != null; at = at.parent().map(byName::get).orElse(null)) {
            lineage.add(0, at);
        }
        Map<String, String> origin = new HashMap<>();
        List<AttributeDef> all = new ArrayList<>(globalAttributes);
        globalAttributes.forEach(a -> origin.put(a.name(), "the global attributes"));
        for (LabelClass at : lineage) {
            for (AttributeDef a : at.attributes()) {
                String from = "class '" + at.name() + "'";
                String earlier = origin.putIfAbsent(a.name(), from);
                if (earlier != null) {
                    throw new IllegalArgumentException("class '" + c.name() + "' gets attribute '" + a.name()
                            + "' twice (from " + earlier + " and " + from + ")");
                }
                all.add(a);
            }
        }
        return List.copyOf(all);
    }

    /** The ontology's display name (e.g. {@code KITTI}). */
    public String name() {
        return name;
    }

    /** All classes, groupings included, in definition order. */
    public List<LabelClass> classes() {
        return classes;
    }

    /** Attributes every class carries. */
    public List<AttributeDef> globalAttributes() {
        return globalAttributes;
    }

    /** The classes objects can be labelled with (not {@link LabelClass#abstractClass()}), in definition order. */
    public List<LabelClass> concreteClasses() {
        return classes.stream().filter(c -> !c.abstractClass()).toList();
    }

    /** The class with exactly this name (case-sensitive). */
    public Optional<LabelClass> find(String className) {
        return Optional.ofNullable(byName.get(className));
    }

    /** The class with exactly this name; {@link IllegalArgumentException} naming it when there is none. */
    public LabelClass get(String className) {
        LabelClass c = byName.get(className);
        if (c == null) {
            throw new IllegalArgumentException("unknown class '" + className + "' in ontology '" + name + "'");
        }
        return c;
    }

    /** The class this key assigns. */
    public Optional<LabelClass> byHotkey(Hotkey key) {
        return Optional.ofNullable(byHotkey.get(key));
    }

    /** The class this key text assigns ({@code "c"} and {@code "C"} are the same key); bad key text throws. */
    public Optional<LabelClass> byHotkey(String key) {
        return byHotkey(Hotkey.parse(key));
    }

    /** The class with this dataset id (e.g. a COCO category id). */
    public Optional<LabelClass> bySourceId(int id) {
        return Optional.ofNullable(bySourceId.get(id));
    }

    /** The direct children of a class, in definition order; empty for a leaf or an unknown name. */
    public List<LabelClass> children(String parentName) {
        return children.getOrDefault(parentName, List.of());
    }

    /** Classes without parent, in definition order. */
    public List<LabelClass> roots() {
        return classes.stream().filter(c -> c.parent().isEmpty()).toList();
    }

    /** The chain of parents of a class, nearest first; empty for a root. */
    public List<LabelClass> ancestors(String className) {
        List<LabelClass> chain = new ArrayList<>();
        for (LabelClass at = get(className); at.parent().isPresent(); ) {
            at = byName.get(at.parent().get());
            chain.add(at);
        }
        return chain;
    }

    /** Global, inherited and own attributes of a class, in that order. */
    public List<AttributeDef> attributesOf(String className) {
        get(className);
        return effectiveAttributes.get(className);
    }

    /** The attribute values a new object of this class starts with: every attribute that has a default. */
    public Map<String, Object> defaults(String className) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (AttributeDef a : attributesOf(className)) {
            a.defaultValue().ifPresent(v -> values.put(a.name(), v));
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * Checks an object of class {@code className} with these attribute values; empty when it conforms. Reports an
     * unknown class (and nothing else, since its attributes are unknown too), a grouping used as a label, missing
     * required attributes (a null value counts as missing), values the attribute does not allow, and keys that are
     * no attribute of the class. Attribute violations come in attribute order, unknown keys sorted.
     */
    public List<Violation> validate(String className, Map<String, ?> attributes) {
        Objects.requireNonNull(attributes, "attributes");
        LabelClass c = className == null ? null : byName.get(className);
        if (c == null) {
            return List.of(new Violation(null, "unknown class '" + className + "'"));
        }
        List<Violation> found = new ArrayList<>();
        if (c.abstractClass()) {
            found.add(new Violation(null, "class '" + className + "' is a grouping and cannot label an object"));
        }
        List<AttributeDef> defs = effectiveAttributes.get(className);
        Set<String> known = new HashSet<>();
        for (AttributeDef def : defs) {
            known.add(def.name());
            Object value = attributes.get(def.name());
            if (value == null) {
                if (def.required()) {
                    found.add(new Violation(def.name(), "required attribute is missing"));
                }
            } else {
                def.problemWith(value).ifPresent(p -> found.add(new Violation(def.name(), p)));
            }
        }
        List<String> keys = new ArrayList<>(attributes.keySet());
        keys.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (String key : keys) {
            if (!known.contains(key)) {
                found.add(new Violation(key, "'" + key + "' is not an attribute of class '" + className + "'"));
            }
        }
        return found;
    }

    /**
     * This ontology plus a concrete top-level class for each name it does not have yet (e.g. types met while
     * importing a dataset), coloured by {@link Palette#distinctFrom} so they stand apart from the existing colours.
     * Names already present are skipped; returns this ontology when nothing is new.
     */
    public Ontology withAddedClasses(Collection<String> classNames) {
        List<String> fresh = new ArrayList<>(new LinkedHashSet<>(classNames));
        fresh.removeIf(byName::containsKey);
        if (fresh.isEmpty()) {
            return this;
        }
        List<Rgb> taken = classes.stream().map(LabelClass::color).toList();
        List<Rgb> colours = Palette.distinctFrom(taken, fresh.size());
        List<LabelClass> all = new ArrayList<>(classes);
        for (int i = 0; i < fresh.size(); i++) {
            all.add(LabelClass.of(fresh.get(i), colours.get(i)));
        }
        return new Ontology(name, all, globalAttributes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ontology other && name.equals(other.name) && classes.equals(other.classes)
                && globalAttributes.equals(other.globalAttributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, classes, globalAttributes);
    }

    @Override
    public String toString() {
        return "Ontology[" + name + ", " + classes.size() + " classes]";
    }
}
