package dev.fuselage.ai.model;

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
import java.util.Set;

/**
 * Reads and writes model descriptors. Writing then reading gives an equal descriptor.
 *
 * <h2>Schema (version 1)</h2>
 * <pre>{@code
 * {
 *   "format": "fuselage-model",        optional on read, always written
 *   "version": 1,                      optional on read (default 1); a newer version is refused
 *   "name": "YOLOX-Nano (COCO)",       required
 *   "task": "detect2d",                required; this build runs detect2d ("detect3d", "segment3d" are refused)
 *   "model": "yolox_nano.onnx",        optional; the ONNX file beside the descriptor
 *   "input": {                         required
 *     "name": "images",                required; the ONNX input
 *     "width": 416, "height": 416,     required; tensor size [1, 3, height, width]
 *     "channels": "BGR",               required; "RGB" or "BGR"
 *     "scale": 1.0,                    optional (default 1): multiplies 0..255 pixel values
 *     "mean": [0, 0, 0],               optional (default 0s), tensor channel order
 *     "std": [1, 1, 1],                optional (default 1s), all > 0
 *     "pad": 114,                      optional (default 114): letterbox grey, 0..255
 *     "resize": "tile"                 optional (default "letterbox"): "letterbox" or "tile"
 *   },
 *   "output": {                        required
 *     "name": "output",                required; the ONNX output
 *     "decoding": "yolox",             required; see OutputSpec
 *     "strides": [8, 16, 32],          required
 *     "scoreThreshold": 0.3,           optional (default 0.3)
 *     "nmsIou": 0.45                   optional (default 0.45)
 *   },
 *   "labels": ["person", "bicycle", ...],   required; the model's classes in output order
 *   "classes": {"car": "Car", ...}          required; model class -> ontology class (unlisted: ignored)
 * }
 * }</pre>
 * Unknown keys are refused, as are duplicate keys and trailing content. Every problem is a
 * {@link ModelException} naming the file, the place and what is wrong, e.g.
 * {@code yolox.json: output: missing 'strides'}.
 */
public final class ModelDescriptorJson {
    /** The value of the {@code format} key. */
    public static final String FORMAT = "fuselage-model";
    /** The schema version this class writes and the newest it reads. */
    public static final int VERSION = 1;
    static final long MAX_FILE_BYTES = 1L << 20;
    static final double DEFAULT_SCORE = 0.3, DEFAULT_NMS = 0.45;
    static final int DEFAULT_PAD = 114;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final Set<String> TOP = Set.of("format", "version", "name", "task", "model", "input", "output",
            "labels", "classes");
    private static final Set<String> INPUT = Set.of("name", "width", "height", "channels", "scale", "mean", "std",
            "pad", "resize");
    private static final Set<String> OUTPUT = Set.of("name", "decoding", "strides", "scoreThreshold", "nmsIou");

    private ModelDescriptorJson() {
    }

    /** Reads a descriptor file. */
    public static ModelDescriptor read(Path file) throws ModelException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ModelException(file, "file is " + size + " bytes; a model descriptor is at most 1 MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (ModelException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelException(file, "cannot read: " + e.getMessage(), e);
        }
        return parse(bytes, file);
    }

    /** Reads a descriptor from JSON text; errors name the source {@code <input>}. */
    public static ModelDescriptor fromString(String json) throws ModelException {
        return parse(json.getBytes(StandardCharsets.UTF_8), null);
    }

    /** Writes a descriptor file, replacing it atomically where the file system allows. */
    public static void write(ModelDescriptor d, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, toString(d), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The descriptor as indented JSON text. */
    public static String toString(ModelDescriptor d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", d.name());
        root.put("task", d.task().key());
        d.model().ifPresent(m -> root.put("model", m));
        InputSpec in = d.input();
        ObjectNode input = root.putObject("input");
        input.put("name", in.name());
        input.put("width", in.width());
        input.put("height", in.height());
        input.put("channels", in.channelOrder());
        input.put("scale", in.scale());
        ArrayNode mean = input.putArray("mean");
        for (double v : in.mean()) {
            mean.add(v);
        }
        ArrayNode std = input.putArray("std");
        for (double v : in.std()) {
            std.add(v);
        }
        input.put("pad", in.pad());
        input.put("resize", in.resize().key());
        OutputSpec out = d.output();
        ObjectNode output = root.putObject("output");
        output.put("name", out.name());
        output.put("decoding", out.decoding());
        ArrayNode strides = output.putArray("strides");
        out.strides().forEach(strides::add);
        output.put("scoreThreshold", out.scoreThreshold());
        output.put("nmsIou", out.nmsIou());
        ArrayNode labels = root.putArray("labels");
        d.labels().forEach(labels::add);
        ObjectNode classes = root.putObject("classes");
        d.classes().forEach(classes::put);
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise model descriptor '" + d.name() + "'", e);
        }
    }

    // ------------------------------------------------------------------------------------------- reading

    /** A problem at some place in the document; turned into a {@link ModelException} at the top. */
    private static final class Problem extends Exception {
        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private static ModelDescriptor parse(byte[] bytes, Path file) throws ModelException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String detail = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines()
                    .findFirst().orElse("unreadable");
            throw new ModelException(file, "malformed JSON" + where + ": " + detail, e);
        } catch (IOException e) {
            throw new ModelException(file, "cannot read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ModelException(file, "file is empty");
        }
        try {
            return descriptor(root);
        } catch (Problem e) {
            throw new ModelException(file, e.getMessage());
        }
    }

    private static ModelDescriptor descriptor(JsonNode root) throws Problem {
        object(root, "the document");
        keys(root, TOP, "the document");
        JsonNode format = root.get("format");
        if (format != null && !(format.isTextual() && FORMAT.equals(format.asText()))) {
            throw new Problem("'format' is " + format + ", expected \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version != null && (!version.isIntegralNumber() || version.asInt() < 1 || version.asInt() > VERSION)) {
            throw new Problem("unsupported 'version' " + version + " (this build reads 1 to " + VERSION + ")");
        }
        String name = text(root, "name", "the document", true);
        String taskKey = text(root, "task", "the document", true);
        ModelTask task = ModelTask.byKey(taskKey).orElseThrow(() -> new Problem("unknown 'task' \"" + taskKey
                + "\" (expected detect2d, detect3d or segment3d)"));
        if (task != ModelTask.DETECT2D) {
            throw new Problem("task \"" + taskKey + "\" is not supported by this build (it runs detect2d models)");
        }
        Optional<String> model = Optional.ofNullable(text(root, "model", "the document", false));
        JsonNode inputNode = required(root, "input", "the document");
        JsonNode outputNode = required(root, "output", "the document");
        InputSpec input = input(inputNode);
        OutputSpec output = output(outputNode);
        List<String> labels = new ArrayList<>();
        JsonNode labelsNode = required(root, "labels", "the document");
        if (!labelsNode.isArray()) {
            throw new Problem("'labels' must be an array of text");
        }
        int index = 0;
        for (JsonNode l : labelsNode) {
            index++;
            if (!l.isTextual() || l.asText().isBlank()) {
                throw new Problem("labels #" + index + " must be non-empty text, not " + l);
            }
            labels.add(l.asText());
        }
        JsonNode classesNode = required(root, "classes", "the document");
        object(classesNode, "'classes'");
        Map<String, String> classes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = classesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new Problem("classes: \"" + e.getKey() + "\" must map to a class name (text), not "
                        + e.getValue());
            }
            classes.put(e.getKey(), e.getValue().asText());
        }
        try {
            return new ModelDescriptor(name, task, model, input, output, labels, classes);
        } catch (IllegalArgumentException e) {
            throw new Problem(e.getMessage());
        }
    }

    private static InputSpec input(JsonNode n) throws Problem {
        String where = "input";
        object(n, where);
        keys(n, INPUT, where);
        String name = text(n, "name", where, true);
        int width = integer(n, "width", where);
        int height = integer(n, "height", where);
        String channels = text(n, "channels", where, true);
        double scale = n.has("scale") ? number(n, "scale", where) : 1;
        double[] mean = n.has("mean") ? triple(n, "mean", where) : new double[] {0, 0, 0};
        double[] std = n.has("std") ? triple(n, "std", where) : new double[] {1, 1, 1};
        int pad = n.has("pad") ? integer(n, "pad", where) : DEFAULT_PAD;
        String resizeKey = n.has("resize") ? text(n, "resize", where, true) : "letterbox";
        InputSpec.Resize resize = null;
        for (InputSpec.Resize r : InputSpec.Resize.values()) {
            if (r.key().equals(resizeKey)) {
                resize = r;
            }
        }
        if (resize == null) {
            throw new Problem(where + ": 'resize' must be \"letterbox\" or \"tile\", not \"" + resizeKey + "\"");
        }
        try {
            return new InputSpec(name, width, height, channels, scale, mean, std, pad, resize);
        } catch (IllegalArgumentException e) {
            throw new Problem(where + ": " + e.getMessage());
        }
    }

    private static OutputSpec output(JsonNode n) throws Problem {
        String where = "output";
        object(n, where);
        keys(n, OUTPUT, where);
        String name = text(n, "name", where, true);
        String decoding = text(n, "decoding", where, true);
        JsonNode stridesNode = required(n, "strides", where);
        if (!stridesNode.isArray()) {
            throw new Problem(where + ": 'strides' must be an array of integers");
        }
        List<Integer> strides = new ArrayList<>();
        for (JsonNode s : stridesNode) {
            if (!s.isIntegralNumber() || !s.canConvertToInt()) {
                throw new Problem(where + ": 'strides' must be integers, not " + s);
            }
            strides.add(s.asInt());
        }
        double score = n.has("scoreThreshold") ? number(n, "scoreThreshold", where) : DEFAULT_SCORE;
        double nms = n.has("nmsIou") ? number(n, "nmsIou", where) : DEFAULT_NMS;
        try {
            return new OutputSpec(name, decoding, strides, score, nms);
        } catch (IllegalArgumentException e) {
            throw new Problem(where + ": " + e.getMessage());
        }
    }

    private static void object(JsonNode n, String where) throws Problem {
        if (!n.isObject()) {
            throw new Problem(where + " must be a JSON object, not " + n.getNodeType().toString().toLowerCase());
        }
    }

    private static void keys(JsonNode n, Set<String> allowed, String where) throws Problem {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new Problem(where + ": unknown key '" + key + "'");
            }
        }
    }

    private static JsonNode required(JsonNode n, String key, String where) throws Problem {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new Problem(where + ": missing '" + key + "'");
        }
        return v;
    }

    private static String text(JsonNode n, String key, String where, boolean required) throws Problem {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new Problem(where + ": missing '" + key + "'");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new Problem(where + ": '" + key + "' must be text, not " + v);
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String key, String where) throws Problem {
        JsonNode v = required(n, key, where);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new Problem(where + ": '" + key + "' must be an integer, not " + v);
        }
        return v.asInt();
    }

    private static double number(JsonNode n, String key, String where) throws Problem {
        JsonNode v = required(n, key, where);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new Problem(where + ": '" + key + "' must be a finite number, not " + v);
        }
        return v.asDouble();
    }

    private static double[] triple(JsonNode n, String key, String where) throws Problem {
        JsonNode v = required(n, key, where);
        if (!v.isArray() || v.size() != 3) {
            throw new Problem(where + ": '" + key + "' must be an array of 3 numbers, not " + v);
        }
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            if (!v.get(i).isNumber()) {
                throw new Problem(where + ": '" + key + "' must be an array of 3 numbers, not " + v);
            }
            out[i] = v.get(i).asDouble();
        }
        return out;
    }
}
