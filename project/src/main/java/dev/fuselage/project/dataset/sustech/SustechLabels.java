package dev.fuselage.project.dataset.sustech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SUSTechPOINTS label files ({@code <scene>/label/<frame>.json}): a JSON list of
 * {@code {"psr": {"position": {x,y,z}, "scale": {x,y,z}, "rotation": {x,y,z}}, "obj_type": "Car", "obj_id": "4"}}
 * in the lidar frame. Position is the box centre, scale x/y/z its length/width/height, rotation z the yaw. Rotation
 * x and y (SUSTech's few-degree ground tilts, a three.js XYZ Euler order unlike our yaw-pitch-roll) are dropped:
 * boxes come in upright, as the workspace tools edit them.
 */
public final class SustechLabels {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One labelled box. */
    public record Label(String type, String id, Cuboid box) {
    }

    private SustechLabels() {
    }

    /** The label file of a frame in a scene, if there is one. */
    public static Path file(Path scene, String frameId) {
        return scene.resolve("label").resolve(frameId + ".json");
    }

    /** Reads a label file; a bad file is a {@link FormatException} naming the entry. */
    public static List<Label> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new FormatException(file, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new FormatException(file, "expected a JSON list of labelled boxes");
        }
        List<Label> out = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode o = root.get(i);
            String at = "entry " + i;
            JsonNode psr = o.path("psr");
            double[] p = xyz(file, psr.path("position"), at + " psr.position");
            double[] s = xyz(file, psr.path("scale"), at + " psr.scale");
            double[] r = xyz(file, psr.path("rotation"), at + " psr.rotation");
            if (!(s[0] >= 0 && s[1] >= 0 && s[2] >= 0)) {
                throw new FormatException(file, at + ": negative box size");
            }
            out.add(new Label(o.path("obj_type").asText("Unknown"), o.path("obj_id").asText(""),
                    Cuboid.upright(p[0], p[1], p[2], s[0], s[1], s[2], r[2])));
        }
        return out;
    }

    private static double[] xyz(Path file, JsonNode n, String at) throws FormatException {
        double[] v = new double[3];
        String[] keys = {"x", "y", "z"};
        for (int i = 0; i < 3; i++) {
            JsonNode c = n.get(keys[i]);
            if (c == null || !c.isNumber() || !Double.isFinite(c.asDouble())) {
                throw new FormatException(file, at + "." + keys[i] + " must be a finite number");
            }
            v[i] = c.asDouble();
        }
        return v;
    }
}
