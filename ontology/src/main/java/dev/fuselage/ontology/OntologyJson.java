package dev.fuselage.ontology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads and writes ontologies as JSON. Writing then reading gives an equal {@link Ontology}.
 *
 * <h2>Schema (version 1)</h2>
 * <pre>{@code
 * {
 *   "format": "fuselage-ontology",   optional on read, always written
 *   "version": 1,                    optional on read (default 1); a newer version is refused
 *   "name": "KITTI",                 required
 *   "attributes": [ ATTRIBUTE... ],  optional: global attributes, carried by every class
 *   "classes": [                     required (may be empty)
 *     {
 *       "name": "Car",               required; unique, case-sensitive
 *       "color": "#5AB0FF",          required; #RRGGBB
 *       "hotkey": "Shift+C",         optional; [Ctrl+][Alt+][Shift+]KEY, KEY a digit, letter or F1-F24; unique
 *       "size": {"length": 3.88, "width": 1.63, "height": 1.53},   optional; metres, all > 0
 *       "parent": "vehicle",         optional; the name of another class
 *       "abstract": false,           optional (default false); true: a grouping that cannot label objects
 *       "sourceId": 3,               optional; integer id in the source dataset (COCO category id); unique
 *       "attributes": [ ATTRIBUTE... ]   optional; inherited by child classes
 *     }
 *   ]
 * }
 *
 * ATTRIBUTE, common keys: "name" (required), "type" (required: "enum", "bool", "number" or "text"),
 *                         "required" (optional, default false), "default" (optional)
 *   enum:   "values": ["0", "1", "2", "3"] (required, non-empty, unique; integers are taken as their text),
 *           "labels": {"0": "fully visible", ...} (optional display names), "default": one of the values
 *   bool:   "default": true or false
 *   number: "min", "max" (optional; left out = unbounded), "step" (optional, > 0), "default": a number in range
 *   text:   "maxLength" (optional, > 0, in code points), "default": text
 * }</pre>
 * Unknown keys are refused (a misspelt {@code "colour"} would otherwise be silently lost), as are duplicate keys
 * and trailing content. Every problem is reported as an {@link OntologyException} whose message names the file,
 * where in it, and what is wrong, e.g. {@code kitti.json: class 'Car': bad colour '#GGHHII' (expected #RRGGBB)}.
 */
public final class OntologyJson {
    /** The value of the {@code format} key. */
    public static final String FORMAT = "fuselage-ontology";
    /** The schema version this class writes and the newest it reads. */
    public static final int VERSION = 1;
    /** Ontology files are small; anything larger is refused before it is read into memory. */
    static final long MAX_FILE_BYTES = 16L << 20;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final Set<String> TOP_KEYS = Set.of("format", "version", "name", "attributes", "classes");
    private static final Set<String> CLASS_KEYS = Set.of("name", "color", "hotkey", "size", "parent", "abstract",
            "sourceId", "attributes");
    private static final Set<String> SIZE_KEYS = Set.of("length", "width", "height");
    private static final Set<String> COMMON_ATTRIBUTE_KEYS = Set.of("name", "type", "required", "default");

    private OntologyJson() {
    }

    /** Reads an ontology file. */
    public static Ontology read(Path file) throws OntologyException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new OntologyException(file, "file is " + size + " bytes; an ontology file is at most "
                        + (MAX_FILE_BYTES >> 20) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (OntologyException e) {
            throw e;
        } catch (IOException e) {
            throw new OntologyException(file, "cannot read: " + e, e);
        }
        return parse(bytes, file);
    }

    /** Reads an ontology from JSON text; errors name the source {@code <input>}. */
    public static Ontology fromString(String json) throws OntologyException {
        return parse(json.getBytes(StandardCharsets.UTF_8), null);
    }

    /** Writes an ontology file, replacing it atomically where the file system allows. */
    public static void write(Ontology ontology, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, toString(ontology), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The ontology as indented JSON text (see the schema above). */
    public static String toString(Ontology ontology) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", ontology.name());
        if (!ontology.globalAttributes().isEmpty()) {
            writeAttributes(root.putArray("attributes"), ontology.globalAttributes());
        }
        ArrayNode classes = root.putArray("classes");
        for (LabelClass c : ontology.classes()) {
            ObjectNode node = classes.addObject();
            node.put("name", c.name());
            node.put("color", c.color().hex());
            c.hotkey().ifPresent(h -> node.put("hotkey", h.toString()));
            c.sizePrior().ifPresent(s -> {
                ObjectNode size = node.putObject("size");
                size.put("length", s.length());
                size.put("width", s.width());
                size.put("height", s.height());
            });
            c.parent().ifPresent(p -> node.put("parent", p));
            if (c.abstractClass()) {
                node.put("abstract", true);
            }
            c.sourceId().ifPresent(id -> node.put("sourceId", id));
            if (!c.attributes().isEmpty()) {
                writeAttributes(node.putArray("attributes"), c.attributes());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serialises; reaching this is a bug in this class
            throw new IllegalStateException("cannot serialise ontology '" + ontology.name() + "'", e);
        }
    }

    private static void writeAttributes(ArrayNode array, List<AttributeDef> attributes) {
        for (AttributeDef a : attributes) {
            ObjectNode node = array.addObject();
            node.put("name", a.name());
            node.put("type", a.typeName());
            node.put("required", a.required());
            if (a instanceof EnumAttribute e) {
                ArrayNode values = node.putArray("values");
                e.values().forEach(values::add);
                if (!e.labels().isEmpty()) {
                    ObjectNode labels = node.putObject("labels");
                    e.labels().forEach(labels::put);
                }
                e.defaultValue().ifPresent(d -> node.put("default", d));
            } else if (a instanceof BoolAttribute b) {
                b.defaultValue().ifPresent(d -> node.put("default", d));
            } else if (a instanceof NumberAttribute n) {
                if (Double.isFinite(n.min())) {
                    node.put("min", n.min());
                }
                if (Double.isFinite(n.max())) {
                    node.put("max", n.max());
                }
                n.step().ifPresent(s -> node.put("step", s));
                n.defaultValue().ifPresent(d -> node.put("default", d));
            } else if (a instanceof TextAttribute t) {
                t.maxLength().ifPresent(m -> node.put("maxLength", m));
                t.defaultValue().ifPresent(d -> node.put("default", d));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- reading

    /** A problem at some place in the document; turned into an {@link OntologyException} at the top. */
    private static final class Problem extends Exception {
        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private static Ontology parse(byte[] bytes, Path file) throws OntologyException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String detail = firstLine(e.getOriginalMessage());
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new OntologyException(file, "malformed JSON" + where + ": " + detail, e);
        } catch (IOException e) {
            throw new OntologyException(file, "cannot read: " + e, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new OntologyException(file, "file is empty");
        }
        try {
            return ontology(root);
        } catch (Problem e) {
            throw new OntologyException(file, e.getMessage());
        } catch (IllegalArgumentException e) {
            // the model's own consistency checks (duplicate names, hotkey clashes, cycles...) already say what
            throw new OntologyException(file, e.getMessage(), e);
        }
    }

    private static Ontology ontology(JsonNode root) throws Problem {
        requireObject(root, "the document");
        checkKeys(root, TOP_KEYS, "the document");
        JsonNode format = root.get("format");
        if (format != null && !(format.isTextual() && FORMAT.equals(format.asText()))) {
            throw new Problem("'format' is " + format + ", expected \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version != null) {
            if (!version.canConvertToInt() || !version.isIntegralNumber()) {
                throw new Problem("'version' must be an integer, not " + version);
            }
            if (version.asInt() < 1 || version.asInt() > VERSION) {
                throw new Problem("unsupported version " + version.asInt() + " (this build reads 1 to " + VERSION
                        + ")");
            }
        }
        String name = text(root, "name", "the document", true);
        List<AttributeDef> global = attributes(root.get("attributes"), "global attributes");
        JsonNode classesNode = root.get("classes");
        if (classesNode == null) {
            throw new Problem("missing 'classes'");
        }
        if (!classesNode.isArray()) {
            throw new Problem("'classes' must be an array");
        }
        List<LabelClass> classes = new ArrayList<>();
        int index = 0;
        for (JsonNode node : classesNode) {
            classes.add(labelClass(node, index++));
        }
        return new Ontology(name, classes, global);
    }

    private static LabelClass labelClass(JsonNode node, int index) throws Problem {
        String where = "class #" + (index + 1);
        requireObject(node, where);
        JsonNode nameNode = node.get("name");
        if (nameNode != null && nameNode.isTextual()) {
            where = "class '" + nameNode.asText() + "'";
        }
        checkKeys(node, CLASS_KEYS, where);
        String name = text(node, "name", where, true);
        Rgb color;
        try {
            color = Rgb.parse(text(node, "color", where, true));
        } catch (IllegalArgumentException e) {
            throw new Problem(where + ": " + e.getMessage());
        }
        Optional<Hotkey> hotkey = Optional.empty();
        String key = text(node, "hotkey", where, false);
        if (key != null) {
            try {
                hotkey = Optional.of(Hotkey.parse(key));
            } catch (IllegalArgumentException e) {
                throw new Problem(where + ": " + e.getMessage());
            }
        }
        Optional<SizePrior> size = Optional.empty();
        JsonNode sizeNode = node.get("size");
        if (sizeNode != null) {
            String sizeWhere = where + ", size";
            requireObject(sizeNode, sizeWhere);
            checkKeys(sizeNode, SIZE_KEYS, sizeWhere);
            double l = number(sizeNode, "length", sizeWhere, true);
            double w = number(sizeNode, "width", sizeWhere, true);
            double h = number(sizeNode, "height", sizeWhere, true);
            try {
                size = Optional.of(new SizePrior(l, w, h));
            } catch (IllegalArgumentException e) {
                throw new Problem(where + ": " + e.getMessage());
            }
        }
        Optional<String> parent = Optional.ofNullable(text(node, "parent", where, false));
        boolean isAbstract = bool(node, "abstract", where);
        OptionalInt sourceId = OptionalInt.empty();
        JsonNode id = node.get("sourceId");
        if (id != null) {
            if (!id.isIntegralNumber() || !id.canConvertToInt()) {
                throw new Problem(where + ": 'sourceId' must be an integer, not " + id);
            }
            sourceId = OptionalInt.of(id.asInt());
        }
        List<AttributeDef> attributes = attributes(node.get("attributes"), where);
        try {
            return new LabelClass(name, color, hotkey, size, parent, attributes, isAbstract, sourceId);
        } catch (IllegalArgumentException e) {
            throw new Problem(where + ": " + e.getMessage());
        }
    }

    private static List<AttributeDef> attributes(JsonNode array, String owner) throws Problem {
        if (array == null) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new Problem(owner + ": 'attributes' must be an array");
        }
        List<AttributeDef> list = new ArrayList<>();
        int index = 0;
        for (JsonNode node : array) {
            list.add(attribute(node, owner + ", attribute #" + (++index), owner));
        }
        return list;
    }

    private static AttributeDef attribute(JsonNode node, String where, String owner) throws Problem {
        requireObject(node, where);
        JsonNode nameNode = node.get("name");
        if (nameNode != null && nameNode.isTextual()) {
            where = owner + ", attribute '" + nameNode.asText() + "'";
        }
        String name = text(node, "name", where, true);
        String type = text(node, "type", where, true);
        boolean required = bool(node, "required", where);
        JsonNode def = node.get("default");
        try {
            switch (type) {
                case "enum" -> {
                    checkKeys(node, Set.of("values", "labels"), where);
                    JsonNode valuesNode = node.get("values");
                    if (valuesNode == null || !valuesNode.isArray()) {
                        throw new Problem(where + ": enum needs a 'values' array");
                    }
                    List<String> values = new ArrayList<>();
                    for (JsonNode v : valuesNode) {
                        values.add(enumText(v, where, "'values'"));
                    }
                    Map<String, String> labels = new LinkedHashMap<>();
                    JsonNode labelsNode = node.get("labels");
                    if (labelsNode != null) {
                        requireObject(labelsNode, where + ", labels");
                        for (Iterator<Map.Entry<String, JsonNode>> it = labelsNode.fields(); it.hasNext(); ) {
                            Map.Entry<String, JsonNode> e = it.next();
                            if (!e.getValue().isTextual()) {
                                throw new Problem(where + ": label of '" + e.getKey() + "' must be text");
                            }
                            labels.put(e.getKey(), e.getValue().asText());
                        }
                    }
                    Optional<String> dflt = def == null ? Optional.empty()
                            : Optional.of(enumText(def, where, "'default'"));
                    return new EnumAttribute(name, values, labels, dflt, required);
                }
                case "bool" -> {
                    checkKeys(node, Set.of(), where);
                    if (def != null && !def.isBoolean()) {
                        throw new Problem(where + ": 'default' must be true or false, not " + def);
                    }
                    return new BoolAttribute(name, def == null ? Optional.empty() : Optional.of(def.asBoolean()),
                            required);
                }
                case "number" -> {
                    checkKeys(node, Set.of("min", "max", "step"), where);
                    double min = node.has("min") ? number(node, "min", where, true) : Double.NEGATIVE_INFINITY;
                    double max = node.has("max") ? number(node, "max", where, true) : Double.POSITIVE_INFINITY;
                    Optional<Double> step = node.has("step") ? Optional.of(number(node, "step", where, true))
                            : Optional.empty();
                    Optional<Double> dflt = def == null ? Optional.empty()
                            : Optional.of(number(node, "default", where, true));
                    return new NumberAttribute(name, min, max, step, dflt, required);
                }
                case "text" -> {
                    checkKeys(node, Set.of("maxLength"), where);
                    OptionalInt maxLength = OptionalInt.empty();
                    JsonNode m = node.get("maxLength");
                    if (m != null) {
                        if (!m.isIntegralNumber() || !m.canConvertToInt()) {
                            throw new Problem(where + ": 'maxLength' must be an integer, not " + m);
                        }
                        maxLength = OptionalInt.of(m.asInt());
                    }
                    if (def != null && !def.isTextual()) {
                        throw new Problem(where + ": 'default' must be text, not " + def);
                    }
                    return new TextAttribute(name, maxLength, def == null ? Optional.empty()
                            : Optional.of(def.asText()), required);
                }
                default -> throw new Problem(where + ": unknown attribute type '" + type
                        + "' (expected enum, bool, number or text)");
            }
        } catch (IllegalArgumentException e) {
            throw new Problem(where + ": " + e.getMessage());
        }
    }

    private static String enumText(JsonNode v, String where, String what) throws Problem {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return Long.toString(v.asLong());
        }
        throw new Problem(where + ": " + what + " must be text or integers, not " + v);
    }

    private static void requireObject(JsonNode node, String where) throws Problem {
        if (!node.isObject()) {
            throw new Problem(where + " must be a JSON object, not " + kind(node));
        }
    }

    /** Refuses keys outside the common ones (for attributes) and {@code allowed}. */
    private static void checkKeys(JsonNode node, Set<String> allowed, String where) throws Problem {
        boolean attribute = where.contains("attribute");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key) && !(attribute && COMMON_ATTRIBUTE_KEYS.contains(key))) {
                throw new Problem(where + ": unknown key '" + key + "'");
            }
        }
    }

    private static String text(JsonNode node, String key, String where, boolean required) throws Problem {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new Problem(where + ": missing '" + key + "'");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new Problem(where + ": '" + key + "' must be text, not " + kind(v));
        }
        return v.asText();
    }

    private static double number(JsonNode node, String key, String where, boolean required) throws Problem {
        JsonNode v = node.get(key);
        if (v == null) {
            if (required) {
                throw new Problem(where + ": missing '" + key + "'");
            }
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new Problem(where + ": '" + key + "' must be a number, not " + kind(v));
        }
        double d = v.asDouble();
        if (!Double.isFinite(d)) {
            throw new Problem(where + ": '" + key + "' is out of range: " + v);
        }
        return d;
    }

    private static boolean bool(JsonNode node, String key, String where) throws Problem {
        JsonNode v = node.get(key);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new Problem(where + ": '" + key + "' must be true or false, not " + kind(v));
        }
        return v.asBoolean();
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "text \"" + v.asText() + "\"";
            case NULL -> "null";
            default -> v.toString();
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
