package dev.fuselage.project.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The required structure of ASAM OpenLABEL 1.0.0 ({@code openlabel_json_schema_v1.0.0.json}), encoded by hand
 * because the schema file is not available offline: root object with exactly {@code openlabel}; {@code metadata}
 * required with string {@code schema_version} "1.0.0"; {@code objects} map of uid to object with required string
 * {@code name} and {@code type}; {@code frames} map of integer keys to frames whose {@code objects} map uids that
 * are defined, each {@code object_data} entry an array of items with string {@code name} and the type's
 * {@code val} (cuboid: 9 or 10 numbers; num: number; text: string; boolean: boolean), cuboid
 * {@code coordinate_system} naming a defined one; {@code coordinate_systems} entries with {@code type} in the
 * standard's enum, string {@code parent} naming a defined system or "", {@code children} array of names, and
 * {@code pose_wrt_parent.matrix4x4} of 16 numbers when given; {@code streams} entries with {@code type} in
 * camera/lidar/radar/gps_imu/other; {@code frame_intervals} items with integer {@code frame_start}/{@code frame_end}.
 * Unknown top-level keys under {@code openlabel} are refused (the schema has additionalProperties false there).
 */
public final class OpenLabelValidator {
    private static final Set<String> TOP = Set.of("metadata", "ontologies", "resources", "tags", "actions", "contexts",
            "events", "objects", "relations", "coordinate_systems", "streams", "frames", "frame_intervals");
    private static final Set<String> CS_TYPES = Set.of("sensor_cs", "local_cs", "scene_cs", "geo_utm", "geo_wgs84",
            "custom");
    private static final Set<String> STREAM_TYPES = Set.of("camera", "lidar", "radar", "gps_imu", "other");

    private OpenLabelValidator() {
    }

    /** Every problem, one line each; empty when valid. */
    public static List<String> problems(JsonNode root) {
        List<String> p = new ArrayList<>();
        if (root == null || !root.isObject() || root.size() != 1 || !root.path("openlabel").isObject()) {
            p.add("root must be an object with the single key 'openlabel'");
            return p;
        }
        JsonNode ol = root.get("openlabel");
        ol.fieldNames().forEachRemaining(k -> {
            if (!TOP.contains(k)) {
                p.add("openlabel." + k + " is not a property of OpenLABEL 1.0");
            }
        });
        if (!"1.0.0".equals(ol.path("metadata").path("schema_version").asText(null))) {
            p.add("openlabel.metadata.schema_version must be the string \"1.0.0\"");
        }
        JsonNode cs = ol.path("coordinate_systems");
        for (Iterator<Map.Entry<String, JsonNode>> it = cs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode c = e.getValue();
            if (!CS_TYPES.contains(c.path("type").asText())) {
                p.add("coordinate system " + e.getKey() + ": type must be one of " + CS_TYPES);
            }
            if (!c.path("parent").isTextual() || (!c.get("parent").asText().isEmpty()
                    && !cs.has(c.get("parent").asText()))) {
                p.add("coordinate system " + e.getKey() + ": parent must be \"\" or a defined coordinate system");
            }
            if (!c.path("children").isArray()) {
                p.add("coordinate system " + e.getKey() + ": children must be an array");
            }
            if (c.has("pose_wrt_parent")) {
                JsonNode m = c.get("pose_wrt_parent").path("matrix4x4");
                if (!m.isArray() || m.size() != 16 || !numbers(m)) {
                    p.add("coordinate system " + e.getKey() + ": pose_wrt_parent.matrix4x4 needs 16 numbers");
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = ol.path("streams").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!STREAM_TYPES.contains(e.getValue().path("type").asText())) {
                p.add("stream " + e.getKey() + ": type must be one of " + STREAM_TYPES);
            }
        }
        JsonNode objects = ol.path("objects");
        for (Iterator<Map.Entry<String, JsonNode>> it = objects.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().path("name").isTextual() || !e.getValue().path("type").isTextual()) {
                p.add("object " + e.getKey() + ": name and type are required strings");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = ol.path("frames").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getKey().matches("\\d+")) {
                p.add("frame key " + f.getKey() + " is not an integer");
            }
            for (Iterator<Map.Entry<String, JsonNode>> ot = f.getValue().path("objects").fields(); ot.hasNext(); ) {
                Map.Entry<String, JsonNode> o = ot.next();
                String where = "frame " + f.getKey() + " object " + o.getKey();
                if (!objects.has(o.getKey())) {
                    p.add(where + ": not defined in openlabel.objects");
                }
                JsonNode data = o.getValue().path("object_data");
                for (Iterator<Map.Entry<String, JsonNode>> dt = data.fields(); dt.hasNext(); ) {
                    Map.Entry<String, JsonNode> d = dt.next();
                    if (!d.getValue().isArray()) {
                        p.add(where + ": object_data." + d.getKey() + " must be an array");
                        continue;
                    }
                    for (JsonNode item : d.getValue()) {
                        p.addAll(item(where, d.getKey(), item, cs));
                    }
                }
            }
        }
        for (JsonNode fi : ol.path("frame_intervals")) {
            if (!fi.path("frame_start").isIntegralNumber() || !fi.path("frame_end").isIntegralNumber()) {
                p.add("frame_intervals items need integer frame_start and frame_end");
            }
        }
        return p;
    }

    private static List<String> item(String where, String kind, JsonNode item, JsonNode cs) {
        List<String> p = new ArrayList<>();
        if (!item.path("name").isTextual()) {
            p.add(where + ": " + kind + " item needs a string name");
        }
        JsonNode val = item.get("val");
        boolean ok = switch (kind) {
            case "cuboid" -> val != null && val.isArray() && (val.size() == 9 || val.size() == 10) && numbers(val);
            case "num" -> val != null && val.isNumber();
            case "text" -> val != null && val.isTextual();
            case "boolean" -> val != null && val.isBoolean();
            default -> val != null;
        };
        if (!ok) {
            p.add(where + ": " + kind + " val " + val + " has the wrong type or size");
        }
        if (item.has("coordinate_system") && !cs.has(item.get("coordinate_system").asText())) {
            p.add(where + ": coordinate_system " + item.get("coordinate_system") + " is not defined");
        }
        return p;
    }

    private static boolean numbers(JsonNode a) {
        for (JsonNode v : a) {
            if (!v.isNumber()) {
                return false;
            }
        }
        return true;
    }
}
