package dev.fuselage.fusion.rig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.fusion.CalibrationException;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.Distortion;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.camera.Intrinsics;
import dev.fuselage.fusion.camera.LidarToCamera;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads SUSTechPOINTS camera calibrations: a scene folder with {@code calib/camera/<name>.json} holding
 * {@code {"extrinsic": [16 numbers, row-major 4×4 lidar → camera], "intrinsic": [9 numbers, row-major 3×3]}} (other
 * keys, like the example's {@code extrinsic_ok}, are ignored) and images in {@code camera/<name>/}. SUSTechPOINTS
 * projects {@code X_cam = extrinsic · X_lidar}, {@code pixel = intrinsic · X_cam / z}: exactly our
 * {@link CameraModel} without distortion. The image size is not in the calibration, so it is read from the first
 * image of each camera's folder through the caller's {@link ImageSizeProbe}.
 */
public final class SustechCalibration {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SustechCalibration() {
    }

    /** One camera from its calibration file. */
    public static CameraModel readCamera(Path calibJson, String name, ImageSize size) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(calibJson));
        } catch (NoSuchFileException e) {
            throw new CalibrationException(calibJson, "no such calibration file");
        } catch (JsonProcessingException e) {
            throw new CalibrationException(calibJson, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CalibrationException(calibJson, "expected a JSON object with extrinsic and intrinsic");
        }
        double[] ext = numbers(root, "extrinsic", 16, calibJson);
        double[] in = numbers(root, "intrinsic", 9, calibJson);
        try {
            return new CameraModel(name, size, Intrinsics.fromRowMajor3x3(in), Distortion.none(),
                    LidarToCamera.fromRowMajor4x4(ext));
        } catch (IllegalArgumentException e) {
            throw new CalibrationException(calibJson, e.getMessage());
        }
    }

    /** The scene's cameras, sorted by name, each with the size of the first image in its folder. */
    public static CameraRig readRig(Path sceneRoot, ImageSizeProbe probe) throws IOException {
        Path calibDir = sceneRoot.resolve("calib").resolve("camera");
        if (!Files.isDirectory(calibDir)) {
            throw new CalibrationException(calibDir, "no calib/camera folder in the scene " + sceneRoot);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(calibDir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")).sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new CalibrationException(calibDir, "no camera calibration (*.json) found");
        }
        List<CameraModel> cams = new ArrayList<>();
        for (Path f : files) {
            String file = f.getFileName().toString();
            String name = file.substring(0, file.length() - ".json".length());
            Path image = firstImage(sceneRoot.resolve("camera").resolve(name)).orElseThrow(() ->
                    new CalibrationException(f, "camera '" + name + "' has no images in camera/" + name
                            + " to take its size from"));
            cams.add(readCamera(f, name, probe.sizeOf(image)));
        }
        return new CameraRig(cams);
    }

    private static Optional<Path> firstImage(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
            }).sorted().findFirst();
        }
    }

    private static double[] numbers(JsonNode root, String key, int n, Path file) throws CalibrationException {
        JsonNode v = root.get(key);
        if (v == null || !v.isArray()) {
            throw new CalibrationException(file, "missing '" + key + "' array of " + n + " numbers");
        }
        if (v.size() != n) {
            throw new CalibrationException(file, "'" + key + "' needs " + n + " numbers, found " + v.size());
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (!v.get(i).isNumber()) {
                throw new CalibrationException(file, "'" + key + "'[" + i + "] is not a number: " + v.get(i));
            }
            out[i] = v.get(i).asDouble();
        }
        return out;
    }
}
