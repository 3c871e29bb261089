package dev.fuselage.project.dataset.openlabel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.FormatException;
import dev.fuselage.project.dataset.ProjectFrames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cuboids of an OpenLABEL 1.0 file: every {@code cuboid} of every object in every frame, with the
 * object's {@code type} as the class and its uid as the track (numeric uids; others are numbered in order of
 * appearance). A frame's id is the stem of its lidar stream {@code uri} when given, else its frame number as
 * {@code %06d}. Cuboids must use the quaternion form (10 values).
 */
public final class OpenLabelImporter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenLabelImporter() {
    }

    /** The annotations in the file, frame by frame. */
    public static List<ObjectAnnotation> read(Path file) throws IOException {
        Path json = Files.isDirectory(file) ? file.resolve(OpenLabelExporter.FILE) : file;
        JsonNode root;
        try {
            root = JSON.readTree(json.toFile());
        } catch (JsonProcessingException e) {
            throw new FormatException(json, "not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode ol = root == null ? null : root.get("openlabel");
        if (ol == null || !ol.path("metadata").path("schema_version").isTextual()) {
            throw new FormatException(json, "not OpenLABEL: no openlabel.metadata.schema_version");
        }
        Map<String, Long> tracks = new LinkedHashMap<>();
        List<ObjectAnnotation> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> frames = ol.path("frames").fields();
        while (frames.hasNext()) {
            Map.Entry<String, JsonNode> f = frames.next();
            String frameId = frameId(f.getKey(), f.getValue());
            Iterator<Map.Entry<String, JsonNode>> objects = f.getValue().path("objects").fields();
            while (objects.hasNext()) {
                Map.Entry<String, JsonNode> o = objects.next();
                String uid = o.getKey();
                String type = ol.path("objects").path(uid).path("type").asText(null);
                if (type == null) {
                    throw new FormatException(json, "frame " + f.getKey() + " refers to object " + uid
                            + ", which openlabel.objects does not define");
                }
                long track = tracks.computeIfAbsent(uid, u -> trackOf(u, tracks.size()));
                JsonNode data = o.getValue().path("object_data");
                Map<String, Object> attrs = attributes(data);
                for (JsonNode c : data.path("cuboid")) {
                    out.add(new ObjectAnnotation(ObjectId.random(), frameId, TrackId.of(track), type, attrs,
                            cuboid(json, c), Source.IMPORTED, false));
                }
            }
        }
        return out;
    }

    private static long trackOf(String uid, int seen) {
        try {
            long v = Long.parseLong(uid);
            return v >= 1 ? v : seen + 1L;
        } catch (NumberFormatException e) {
            return seen + 1L;
        }
    }

    private static String frameId(String key, JsonNode frame) {
        String uri = frame.path("frame_properties").path("streams").path(OpenLabelExporter.LIDAR).path("uri")
                .asText("");
        if (!uri.isEmpty()) {
            return ProjectFrames.stem(Path.of(uri));
        }
        return String.format("%06d", Integer.parseInt(key));
    }

    private static Cuboid cuboid(Path file, JsonNode c) throws FormatException {
        JsonNode v = c.path("val");
        if (v.size() != 10) {
            throw new FormatException(file, "cuboid val has " + v.size() + " values; the quaternion form"
                    + " x y z qx qy qz qw sx sy sz has 10");
        }
        double[] d = new double[10];
        for (int i = 0; i < 10; i++) {
            if (!v.get(i).isNumber()) {
                throw new FormatException(file, "cuboid val[" + i + "] is not a number: " + v.get(i));
            }
            d[i] = v.get(i).asDouble();
        }
        double[] ypr = Quaternions.toEuler(d[3], d[4], d[5], d[6]);
        return new Cuboid(d[0], d[1], d[2], d[7], d[8], d[9], ypr[0], ypr[1], ypr[2]);
    }

    private static Map<String, Object> attributes(JsonNode data) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (JsonNode t : data.path("text")) {
            out.put(t.path("name").asText(), t.path("val").asText());
        }
        for (JsonNode t : data.path("num")) {
            out.put(t.path("name").asText(), t.path("val").asDouble());
        }
        for (JsonNode t : data.path("boolean")) {
            out.put(t.path("name").asText(), t.path("val").asBoolean());
        }
        return out;
    }
}
