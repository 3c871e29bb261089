package dev.fuselage.project.dataset.openlabel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Affine4;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.project.dataset.CameraFrame;
import dev.fuselage.project.dataset.ImportedObject;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.ImageAnnotation;
import dev.fuselage.project.store.ImportedView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reads an ASAM OpenLABEL 1.0 file, as Fuselage and other tools write it, into an {@link OpenLabelScene}.
 *
 * <ul>
 *   <li>Frames: every frame number of {@code frames} and of the root {@code frame_intervals}, in order. A frame's
 *       id is the file name stem of its lidar stream's {@code frame_properties.streams.<lidar>.uri} when given,
 *       else the project's frame at that index, else the number as {@code %06d}.</li>
 *   <li>The lidar frame: the coordinate system of the first {@code lidar} stream, else the root coordinate
 *       system. Cuboids in any other system are transformed into it through the poses and the frame's own
 *       transforms ({@link CoordinateSystems}); a file without coordinate systems is taken as it is.</li>
 *   <li>Cuboids: {@code val} of 10 values {@code x y z qx qy qz qw sx sy sz} or 9 values
 *       {@code x y z rx ry rz sx sy sz} with {@code R = Rz(rz)·Ry(ry)·Rx(rx)}; see {@link CuboidFrames} for how
 *       the box axes map to length, width and height.</li>
 *   <li>2D boxes: {@code bbox} {@code [centre x, centre y, width, height]} in the camera {@code image_2}: the
 *       stream of that name, else the first camera stream; a bbox without coordinate system belongs to it, boxes of
 *       other cameras are not read. An object's bbox in a frame where it has a cuboid is the cuboid's 2D box (kept
 *       on export while the cuboid is unedited); without a cuboid it becomes a 2D image annotation. Objects of type
 *       {@code DontCare} give DontCare regions only (their cuboids are fillers).</li>
 *   <li>Objects: the object's {@code type} is the class; uid {@code n >= 0} is track {@code n + 1} (Fuselage's
 *       export writes track − 1, like KITTI tracking's 0-based ids), other uids get tracks after those.
 *       {@code text}, {@code num} and {@code boolean} data become attributes, except {@code num} {@code alpha},
 *       KITTI's observation angle, kept with the 2D box. Static {@code object_data} (on the object, not in a frame)
 *       of a file with frames describes the object rather than one observation of it, and is read for its
 *       attributes only (e.g. a converter's ego-vehicle box); a file without frames is one frame of static data.</li>
 *   <li>Calibration: when the camera stream has {@code intrinsics_pinhole.camera_matrix_3x4} and its coordinate
 *       system connects to the lidar's through static poses, a KITTI calibration with {@code P0..P3} that matrix
 *       (Fuselage uses P2), {@code R0_rect} identity and {@code Tr_velo_to_cam} the lidar-to-camera pose.</li>
 * </ul>
 */
public final class OpenLabelReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FRAMES = 10_000_000;

    private OpenLabelReader() {
    }

    /**
     * Reads a file (or the {@code openlabel.json} in an export folder).
     *
     * @param projectFrames the project's frames, for files that name theirs only by number
     * @throws FormatException naming the file and the place when it is not OpenLABEL or a value is malformed
     */
    public static OpenLabelScene read(Path file, List<String> projectFrames) throws IOException {
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
        return new Parse(json, ol, projectFrames).scene();
    }

    /** One read of one file. */
    private static final class Parse {
        private final Path file;
        private final JsonNode ol;
        private final List<String> projectFrames;
        private final CoordinateSystems systems;
        private final Optional<String> lidarStream;
        private final String lidarSystem;
        private final Optional<String> camera;
        private final Map<String, Long> tracks = new HashMap<>();
        private final List<ImportedObject> objects = new ArrayList<>();
        private final List<ImageAnnotation> regions = new ArrayList<>();

        Parse(Path file, JsonNode ol, List<String> projectFrames) throws FormatException {
            this.file = file;
            this.ol = ol;
            this.projectFrames = projectFrames;
            this.systems = CoordinateSystems.read(file, ol);
            this.lidarStream = streamOfType("lidar");
            this.lidarSystem = lidarStream.filter(systems::contains).or(systems::root).orElse("");
            this.camera = ol.path("streams").has(CameraFrame.CAMERA_NAME)
                    && "camera".equals(ol.path("streams").path(CameraFrame.CAMERA_NAME).path("type").asText())
                    ? Optional.of(CameraFrame.CAMERA_NAME) : streamOfType("camera");
        }

        private Optional<String> streamOfType(String type) {
            Iterator<Map.Entry<String, JsonNode>> it = ol.path("streams").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (type.equals(e.getValue().path("type").asText())) {
                    return Optional.of(e.getKey());
                }
            }
            return Optional.empty();
        }

        OpenLabelScene scene() throws FormatException {
            assignTracks();
            JsonNode frames = ol.path("frames");
            List<String> frameIds = new ArrayList<>();
            if (!frames.isObject() || frames.isEmpty()) {
                String id = frameId(0, null);
                frameIds.add(id);
                Iterator<Map.Entry<String, JsonNode>> it = ol.path("objects").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> o = it.next();
                    observation(id, "objects." + o.getKey(), o.getKey(), o.getValue().path("object_data"),
                            systems);
                }
            } else {
                for (int n : frameNumbers(frames)) {
                    JsonNode f = frames.get(Integer.toString(n));
                    String id = frameId(n, f);
                    frameIds.add(id);
                    if (f == null) {
                        continue;
                    }
                    CoordinateSystems inFrame = systems.withFrame(f, Integer.toString(n));
                    Iterator<Map.Entry<String, JsonNode>> it = f.path("objects").fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> o = it.next();
                        observation(id, "frames." + n + ".objects." + o.getKey(), o.getKey(),
                                o.getValue().path("object_data"), inFrame);
                    }
                }
            }
            return new OpenLabelScene(frameIds, objects, regions, calibration());
        }

        /** Frame numbers of the frames and the frame intervals, ascending. */
        private TreeSet<Integer> frameNumbers(JsonNode frames) throws FormatException {
            TreeSet<Integer> numbers = new TreeSet<>();
            Iterator<String> keys = frames.fieldNames();
            while (keys.hasNext()) {
                String k = keys.next();
                try {
                    numbers.add(Integer.parseInt(k));
                } catch (NumberFormatException e) {
                    throw new FormatException(file, "frames." + k + ": frame keys must be frame numbers");
                }
            }
            for (JsonNode i : ol.path("frame_intervals")) {
                int start = i.path("frame_start").asInt(-1);
                int end = i.path("frame_end").asInt(-1);
                if (start < 0 || end < start || end - start > MAX_FRAMES) {
                    throw new FormatException(file, "frame_intervals: " + i + " is not a valid interval");
                }
                for (int n = start; n <= end; n++) {
                    numbers.add(n);
                }
            }
            if (numbers.first() < 0) {
                throw new FormatException(file, "frames." + numbers.first() + ": frame numbers start at 0");
            }
            return numbers;
        }

        private String frameId(int number, JsonNode frame) {
            if (frame != null && lidarStream.isPresent()) {
                String uri = frame.path("frame_properties").path("streams").path(lidarStream.get()).path("uri")
                        .asText("");
                if (!uri.isEmpty()) {
                    return ProjectFrames.stem(Path.of(uri));
                }
            }
            return number < projectFrames.size() ? projectFrames.get(number) : String.format("%06d", number);
        }

        /** uid n >= 0 is track n + 1; other uids follow the largest, in file order. */
        private void assignTracks() {
            long max = 0;
            List<String> others = new ArrayList<>();
            Iterator<String> uids = ol.path("objects").fieldNames();
            while (uids.hasNext()) {
                String uid = uids.next();
                long n = number(uid);
                if (n >= 0) {
                    tracks.put(uid, n + 1);
                    max = Math.max(max, n + 1);
                } else {
                    others.add(uid);
                }
            }
            for (String uid : others) {
                tracks.put(uid, ++max);
            }
        }

        private static long number(String uid) {
            try {
                return Long.parseLong(uid);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        /** One object's data in one frame: its cuboids, 2D boxes and attributes. */
        private void observation(String frameId, String where, String uid, JsonNode data, CoordinateSystems cs)
                throws FormatException {
            JsonNode object = ol.path("objects").get(uid);
            if (object == null || !object.path("type").isTextual()) {
                throw new FormatException(file, where + " refers to object " + uid
                        + ", which openlabel.objects does not define with a type");
            }
            String type = object.get("type").asText();
            List<ImportedView.ImageBox> boxes = new ArrayList<>();
            for (JsonNode b : data.path("bbox")) {
                bbox(where, b).ifPresent(boxes::add);
            }
            if (type.equalsIgnoreCase(ImageAnnotation.DONT_CARE)) {
                for (ImportedView.ImageBox b : boxes) {
                    regions.add(region(frameId, ImageAnnotation.DONT_CARE, Map.of(), b));
                }
                return;
            }
            Map<String, Object> attrs = new LinkedHashMap<>(attributes(object.path("object_data")));
            attrs.putAll(attributes(data));
            Object alpha = attrs.remove("alpha");
            List<Cuboid> cuboids = new ArrayList<>();
            JsonNode list = data.path("cuboid");
            for (int i = 0; i < list.size(); i++) {
                cuboid(where + ".object_data.cuboid[" + i + "]", list.get(i), cs).ifPresent(cuboids::add);
            }
            if (cuboids.isEmpty()) {
                for (ImportedView.ImageBox b : boxes) {
                    regions.add(region(frameId, type, attrs, b));
                }
                return;
            }
            TrackId track = TrackId.of(tracks.get(uid));
            for (int i = 0; i < cuboids.size(); i++) {
                ObjectAnnotation o = new ObjectAnnotation(ObjectId.random(), frameId, track, type, attrs,
                        cuboids.get(i), Source.IMPORTED, false);
                boolean first = i == 0;
                objects.add(new ImportedObject(o, first && !boxes.isEmpty() ? Optional.of(boxes.get(0))
                        : Optional.empty(), first && alpha instanceof Double a ? OptionalDouble.of(a)
                        : OptionalDouble.empty()));
            }
        }

        private static ImageAnnotation region(String frameId, String type, Map<String, Object> attrs,
                                              ImportedView.ImageBox b) {
            return new ImageAnnotation(UUID.randomUUID(), frameId, CameraFrame.CAMERA_NAME, type, attrs, b.left(),
                    b.top(), b.right(), b.bottom(), Source.IMPORTED);
        }

        /** A bbox of the camera, as edges; empty for other cameras. */
        private Optional<ImportedView.ImageBox> bbox(String where, JsonNode b) throws FormatException {
            String system = b.path("coordinate_system").asText(b.path("stream").asText(""));
            if (!system.isEmpty() && !camera.map(system::equals).orElse(false)) {
                return Optional.empty();
            }
            double[] v = Poses.numbers(file, b.get("val"), 4, where + ".object_data.bbox val");
            if (v[2] < 0 || v[3] < 0) {
                throw new FormatException(file, where + ".object_data.bbox: negative width or height");
            }
            return Optional.of(new ImportedView.ImageBox(CameraFrame.CAMERA_NAME, v[0] - v[2] / 2, v[1] - v[3] / 2,
                    v[0] + v[2] / 2, v[1] + v[3] / 2));
        }

        private Optional<Cuboid> cuboid(String where, JsonNode c, CoordinateSystems cs) throws FormatException {
            JsonNode val = c.get("val");
            if (val == null || val.isNull()) {
                return Optional.empty();
            }
            if (!val.isArray() || (val.size() != 9 && val.size() != 10)) {
                throw new FormatException(file, where + ".val has " + (val.isArray() ? val.size() : 0)
                        + " values; OpenLABEL cuboids have 9 (x y z rx ry rz sx sy sz) or 10 (x y z qx qy qz qw sx sy"
                        + " sz)");
            }
            double[] d = Poses.numbers(file, val, val.size(), where + ".val");
            double[] rotation;
            try {
                rotation = d.length == 10 ? Poses.quaternion(d[3], d[4], d[5], d[6])
                        : Poses.euler("ZYX", d[5], d[4], d[3]);
            } catch (IllegalArgumentException e) {
                throw new FormatException(file, where + ": " + e.getMessage());
            }
            int s = d.length - 3;
            double[] size = {d[s], d[s + 1], d[s + 2]};
            if (size[0] < 0 || size[1] < 0 || size[2] < 0) {
                throw new FormatException(file, where + ": negative cuboid size");
            }
            String system = c.path("coordinate_system").asText("");
            double[] toLidar = Poses.identity();
            if (!system.isEmpty() && !cs.isEmpty() && !system.equals(lidarSystem)) {
                if (!cs.contains(system)) {
                    throw new FormatException(file, where + ": coordinate system '" + system
                            + "' is not in openlabel.coordinate_systems");
                }
                toLidar = cs.transform(system, lidarSystem).orElseThrow(() -> new FormatException(file, where
                        + ": no chain of poses links coordinate system '" + system + "' to the lidar's '"
                        + lidarSystem + "'"));
            }
            return Optional.of(CuboidFrames.toLidar(toLidar, new double[] {d[0], d[1], d[2]}, rotation, size));
        }

        private static Map<String, Object> attributes(JsonNode data) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (JsonNode t : data.path("text")) {
                if (t.path("name").isTextual() && t.path("val").isTextual()) {
                    out.put(t.get("name").asText(), t.get("val").asText());
                }
            }
            for (JsonNode t : data.path("num")) {
                if (t.path("name").isTextual() && t.path("val").isNumber()
                        && Double.isFinite(t.get("val").asDouble())) {
                    out.put(t.get("name").asText(), t.get("val").asDouble());
                }
            }
            for (JsonNode t : data.path("boolean")) {
                if (t.path("name").isTextual() && t.path("val").isBoolean()) {
                    out.put(t.get("name").asText(), t.get("val").asBoolean());
                }
            }
            return out;
        }

        private Optional<KittiCalibration> calibration() throws FormatException {
            if (camera.isEmpty() || lidarSystem.isEmpty() || !systems.contains(camera.get())) {
                return Optional.empty();
            }
            String where = "streams." + camera.get() + ".stream_properties.intrinsics_pinhole.camera_matrix_3x4";
            JsonNode m = ol.path("streams").path(camera.get()).path("stream_properties").path("intrinsics_pinhole")
                    .get("camera_matrix_3x4");
            if (m == null) {
                return Optional.empty();
            }
            double[] p = Poses.numbers(file, m, 12, where);
            Optional<double[]> cameraToLidar = systems.transform(camera.get(), lidarSystem);
            if (cameraToLidar.isEmpty()) {
                return Optional.empty();
            }
            double[] veloToCam = Affine4.invert(cameraToLidar.get());
            double[] tr = new double[12];
            System.arraycopy(veloToCam, 0, tr, 0, 12);
            return Optional.of(new KittiCalibration(new double[][] {p, p, p, p}, new double[] {1, 0, 0, 0, 1, 0, 0, 0,
                    1}, tr, Optional.empty(), Map.of()));
        }
    }
}
