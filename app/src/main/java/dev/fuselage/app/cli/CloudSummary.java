package dev.fuselage.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.Bounds;
import dev.fuselage.core.cloud.PointCloud;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code fuselage info} reports about a cloud: format, point count, fields with their types, bounds.
 * Position fields report the type the file stored them in (readers record it as {@code position_type}).
 */
record CloudSummary(Path file, String format, PointCloud cloud) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    List<String> fieldNames() {
        List<String> names = new ArrayList<>(List.of("x", "y", "z"));
        cloud.columns().forEach(c -> names.add(c.name()));
        return names;
    }

    List<String> fieldTypes() {
        String pos = cloud.metadata().getOrDefault("position_type", "float32");
        List<String> types = new ArrayList<>(List.of(pos, pos, pos));
        for (AttributeColumn c : cloud.columns()) {
            types.add(c.type().label() + (c.components() > 1 ? "[" + c.components() + "]" : ""));
        }
        return types;
    }

    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file.toString());
        root.put("format", format);
        root.put("points", cloud.size());
        ArrayNode fields = root.putArray("fields");
        fieldNames().forEach(fields::add);
        ArrayNode types = root.putArray("types");
        fieldTypes().forEach(types::add);
        Bounds b = cloud.bounds();
        if (b.isEmpty()) {
            root.putNull("bounds");
        } else {
            ObjectNode bounds = root.putObject("bounds");
            ArrayNode min = bounds.putArray("min");
            ArrayNode max = bounds.putArray("max");
            for (double v : b.min()) {
                min.add(v);
            }
            for (double v : b.max()) {
                max.add(v);
            }
        }
        root.put("invalid", cloud.invalidCount());
        if (cloud.isOrganized()) {
            root.put("width", cloud.width());
            root.put("height", cloud.height());
        }
        ArrayNode warnings = root.putArray("warnings");
        cloud.warnings().forEach(warnings::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("file:    ").append(file).append('\n');
        sb.append("format:  ").append(format);
        String encoding = cloud.metadata().get("encoding");
        if (encoding != null) {
            sb.append(" (").append(encoding).append(')');
        }
        sb.append('\n');
        sb.append("points:  ").append(cloud.size());
        if (cloud.isOrganized()) {
            sb.append(" (organized ").append(cloud.width()).append(" x ").append(cloud.height()).append(')');
        }
        if (cloud.invalidCount() > 0) {
            sb.append(", ").append(cloud.invalidCount()).append(" invalid");
        }
        sb.append('\n');
        List<String> names = fieldNames(), types = fieldTypes();
        sb.append("fields: ");
        for (int i = 0; i < names.size(); i++) {
            sb.append(' ').append(names.get(i)).append(':').append(types.get(i));
        }
        sb.append('\n');
        Bounds b = cloud.bounds();
        if (b.isEmpty()) {
            sb.append("bounds:  (no valid points)\n");
        } else {
            sb.append(String.format(Locale.ROOT, "bounds:  min (%.3f, %.3f, %.3f)  max (%.3f, %.3f, %.3f)%n",
                    b.minX(), b.minY(), b.minZ(), b.maxX(), b.maxY(), b.maxZ()));
        }
        for (String w : cloud.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        return sb.toString();
    }
}
