package dev.fuselage.fusion.rig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.fusion.CalibrationException;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.Distortion;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.camera.Intrinsics;
import dev.fuselage.fusion.camera.LidarToCamera;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the Fuselage camera rig format, a JSON file describing N cameras around one lidar.
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "cameras": [
 *     {
 *       "name": "front",
 *       "width": 2048, "height": 1536,
 *       "intrinsics": {"fx": 1210.06, "fy": 1205.85, "cx": 1022.43, "cy": 792.54, "skew": 0},
 *       "distortion": {"model": "radtan", "coefficients": [-0.12, 0.05, 0.0003, -0.0002, 0.0]},
 *       "lidar_to_camera": [r00, r01, r02, tx,  r10, r11, r12, ty,  r20, r21, r22, tz,  0, 0, 0, 1]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code version}: optional; when present it must be 1.</li>
 *   <li>{@code cameras}: required, at least one camera; names must be unique and non-empty.</li>
 *   <li>{@code width}, {@code height}: image size in pixels, positive integers.</li>
 *   <li>{@code intrinsics}: {@code fx}, {@code fy} (&gt; 0), {@code cx}, {@code cy} in pixels, required;
 *       {@code skew} (the K[0][1] entry, pixels) optional, default 0. Pixel
 *       {@code u = fx·xd + skew·yd + cx}, {@code v = fy·yd + cy} for the distorted normalized point (xd, yd).</li>
 *   <li>{@code distortion}: optional (absent = {@code none}). {@code model} is {@code none} (no coefficients),
 *       {@code radtan} (OpenCV plumb bob: k1 k2 p1 p2 [k3]) or {@code fisheye} (OpenCV equidistant: k1 k2 k3
 *       k4).</li>
 *   <li>{@code lidar_to_camera}: 16 numbers, a row-major 4×4 homogeneous matrix taking a point from the lidar
 *       frame (x forward, y left, z up) to the camera frame (x right, y down, z forward, OpenCV):
 *       {@code X_cam = M · X_lidar}. The bottom row must be 0 0 0 1 and the 3×3 part a rotation (orthonormal
 *       within 1e-3, determinant +1).</li>
 *   <li>Keys not listed here are rejected, so a misspelt key cannot silently fall back to a default.</li>
 * </ul>
 * Every problem is reported as a {@link CalibrationException} naming the file and the JSON path of the bad value.
 */
public final class RigJson {
    /** The format version this class writes and reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP_KEYS = Set.of("version", "cameras");
    private static final Set<String> CAMERA_KEYS = Set.of("name", "width", "height", "intrinsics", "distortion",
            "lidar_to_camera");
    private static final Set<String> INTRINSIC_KEYS = Set.of("fx", "fy", "cx", "cy", "skew");
    private static final Set<String> DISTORTION_KEYS = Set.of("model", "coefficients");

    private RigJson() {
    }

    /** Reads a rig file. */
    public static CameraRig read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CalibrationException(file, "no such rig file");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file);
    }

    /** Parses rig JSON; {@code source} only names the file in error messages (may be null). */
    public static CameraRig parse(String json, Path source) throws CalibrationException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CalibrationException(source, "not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CalibrationException(source, "empty file");
        }
        Reader r = new Reader(source);
        r.object(root, "$", TOP_KEYS);
        JsonNode version = root.get("version");
        if (version != null && !(version.isIntegralNumber() && version.asInt() == VERSION)) {
            throw r.fail("$.version", "unsupported rig format version " + version + " (this reader knows " + VERSION
                    + ")");
        }
        JsonNode cams = r.required(root, "$", "cameras");
        if (!cams.isArray() || cams.isEmpty()) {
            throw r.fail("$.cameras", "must be a non-empty array of cameras");
        }
        List<CameraModel> list = new ArrayList<>();
        for (int i = 0; i < cams.size(); i++) {
            list.add(r.camera(cams.get(i), "$.cameras[" + i + "]"));
        }
        try {
            return new CameraRig(list);
        } catch (IllegalArgumentException e) {
            throw r.fail("$.cameras", e.getMessage());
        }
    }

    /** The rig as rig-format JSON. */
    public static String toJson(CameraRig rig) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ArrayNode cams = root.putArray("cameras");
        for (CameraModel c : rig.cameras()) {
            ObjectNode n = cams.addObject();
            n.put("name", c.name());
            n.put("width", c.size().width());
            n.put("height", c.size().height());
            ObjectNode k = n.putObject("intrinsics");
            k.put("fx", c.intrinsics().fx());
            k.put("fy", c.intrinsics().fy());
            k.put("cx", c.intrinsics().cx());
            k.put("cy", c.intrinsics().cy());
            k.put("skew", c.intrinsics().skew());
            ObjectNode d = n.putObject("distortion");
            d.put("model", c.distortion().model());
            ArrayNode coeffs = d.putArray("coefficients");
            for (double v : c.distortion().coefficients()) {
                coeffs.add(v);
            }
            ArrayNode m = n.putArray("lidar_to_camera");
            for (double v : c.lidarToCamera().rowMajor4x4()) {
                m.add(v);
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values cannot fail to serialize", e);
        }
    }

    /** Writes the rig to {@code file} atomically (temporary file, then move). */
    public static void write(CameraRig rig, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toJson(rig), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Field-level checks with JSON-path error messages. */
    private record Reader(Path source) {
        CalibrationException fail(String path, String problem) {
            return new CalibrationException(source, path + ": " + problem);
        }

        void object(JsonNode n, String path, Set<String> allowed) throws CalibrationException {
            if (!n.isObject()) {
                throw fail(path, "must be a JSON object, found " + n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            }
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!allowed.contains(key)) {
                    throw fail(path, "unknown key '" + key + "' (allowed: " + String.join(", ",
                            allowed.stream().sorted().toList()) + ")");
                }
            }
        }

        JsonNode required(JsonNode n, String path, String key) throws CalibrationException {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) {
                throw fail(path, "missing '" + key + "'");
            }
            return v;
        }

        double number(JsonNode n, String path, String key) throws CalibrationException {
            JsonNode v = required(n, path, key);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw fail(path + "." + key, "must be a finite number, found " + v);
            }
            return v.asDouble();
        }

        int positiveInt(JsonNode n, String path, String key) throws CalibrationException {
            JsonNode v = required(n, path, key);
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1) {
                throw fail(path + "." + key, "must be a positive integer, found " + v);
            }
            return v.asInt();
        }

        double[] numbers(JsonNode v, String path) throws CalibrationException {
            if (!v.isArray()) {
                throw fail(path, "must be an array of numbers, found " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            }
            double[] out = new double[v.size()];
            for (int i = 0; i < out.length; i++) {
                JsonNode e = v.get(i);
                if (!e.isNumber() || !Double.isFinite(e.asDouble())) {
                    throw fail(path + "[" + i + "]", "must be a finite number, found " + e);
                }
                out[i] = e.asDouble();
            }
            return out;
        }

        CameraModel camera(JsonNode n, String path) throws CalibrationException {
            object(n, path, CAMERA_KEYS);
            JsonNode nameNode = required(n, path, "name");
            if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
                throw fail(path + ".name", "must be a non-empty string");
            }
            String name = nameNode.asText();
            String at = path + " (" + name + ")";
            ImageSize size = new ImageSize(positiveInt(n, at, "width"), positiveInt(n, at, "height"));

            JsonNode kn = required(n, at, "intrinsics");
            object(kn, at + ".intrinsics", INTRINSIC_KEYS);
            double skew = kn.has("skew") ? number(kn, at + ".intrinsics", "skew") : 0;
            Intrinsics k;
            try {
                k = new Intrinsics(number(kn, at + ".intrinsics", "fx"), number(kn, at + ".intrinsics", "fy"),
                        number(kn, at + ".intrinsics", "cx"), number(kn, at + ".intrinsics", "cy"), skew);
            } catch (IllegalArgumentException e) {
                throw fail(at + ".intrinsics", e.getMessage());
            }

            Distortion d = Distortion.none();
            JsonNode dn = n.get("distortion");
            if (dn != null && !dn.isNull()) {
                object(dn, at + ".distortion", DISTORTION_KEYS);
                JsonNode model = required(dn, at + ".distortion", "model");
                if (!model.isTextual()) {
                    throw fail(at + ".distortion.model", "must be a string: none, radtan or fisheye");
                }
                JsonNode cn = dn.get("coefficients");
                double[] c = cn == null || cn.isNull() ? new double[0]
                        : numbers(cn, at + ".distortion.coefficients");
                try {
                    d = Distortion.of(model.asText(), c);
                } catch (IllegalArgumentException e) {
                    throw fail(at + ".distortion", e.getMessage());
                }
            }

            double[] m = numbers(required(n, at, "lidar_to_camera"), at + ".lidar_to_camera");
            if (m.length != 16) {
                throw fail(at + ".lidar_to_camera", "needs 16 numbers (row-major 4x4), found " + m.length);
            }
            LidarToCamera ext;
            try {
                ext = LidarToCamera.fromRowMajor4x4(m);
            } catch (IllegalArgumentException e) {
                throw fail(at + ".lidar_to_camera", e.getMessage());
            }
            return new CameraModel(name, size, k, d, ext);
        }
    }
}
