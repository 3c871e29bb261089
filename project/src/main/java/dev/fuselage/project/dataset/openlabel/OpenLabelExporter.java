package dev.fuselage.project.dataset.openlabel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.project.dataset.CameraFrame;
import dev.fuselage.project.store.ImportedView;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.dataset.DatasetExporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import dev.fuselage.project.dataset.FrameLoop;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiCalibration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ASAM OpenLABEL 1.0 JSON ({@value #FILE}): {@code openlabel.metadata.schema_version = "1.0.0"}; coordinate
 * systems {@code velodyne} (the lidar, root) and, when the project has KITTI calibration, {@code image_2} with its
 * pose relative to the lidar as a 4x4 matrix; streams for both (the camera with its 3x4 projection and image size);
 * one object per track (uid the track id − 1, {@code name} class-track, {@code type} the class); per frame, each object's
 * {@code cuboid} in the {@code velodyne} coordinate system, {@code val = [x, y, z, qx, qy, qz, qw, sx, sy, sz]}
 * (centre, rotation quaternion, length, width, height), and its attributes as {@code text}, {@code num} and
 * {@code boolean} entries. An imported object whose cuboid is unedited also carries its file's 2D box in
 * {@code image_2} ({@code bbox} {@code box2D}, centre and size) and its KITTI alpha ({@code num} {@code alpha}),
 * in the file's order. Each frame names its lidar file in {@code frame_properties.streams.velodyne.uri}.
 */
public final class OpenLabelExporter implements DatasetExporter {
    /** The file inside the export. */
    public static final String FILE = "openlabel.json";
    static final String LIDAR = "velodyne";
    static final String CAMERA = "image_2";
    /** KITTI's observation angle of an imported object, as the KITTI OpenLABEL converters name it. */
    static final String ALPHA = "alpha";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String format() {
        return "openlabel";
    }

    @Override
    public String description() {
        return "ASAM OpenLABEL 1.0 JSON (cuboids in the lidar frame)";
    }

    @Override
    public void export(ExportSource source, Path out, ExportProgress progress) throws IOException {
        List<String> frames = source.frameIds();
        ObjectNode openlabel = NODES.objectNode();
        ObjectNode root = openlabel.putObject("openlabel");
        root.putObject("metadata").put("schema_version", "1.0.0")
                .put("name", source.project().descriptor().name()).put("annotator", "Fuselage");
        Optional<String> first = frames.stream().filter(f -> source.files(f).calib().isPresent()).findFirst();
        Optional<KittiCalibration> calib = first.isPresent() ? source.calibration(first.get()) : Optional.empty();
        Optional<ImageInfo> image = first.isPresent() ? source.imageInfo(first.get()) : Optional.empty();
        rig(root, calib, image);
        ObjectNode objects = root.putObject("objects");
        ObjectNode frameNodes = root.putObject("frames");
        Map<Long, String> classOfTrack = new TreeMap<>();
        FrameLoop.run(frames, progress, (i, id) -> {
            ObjectNode frame = frameNodes.putObject(Integer.toString(i));
            ObjectNode frameObjects = frame.putObject("objects");
            Map<ObjectId, ImportedView> views = source.store().importedViews(id);
            for (ObjectAnnotation o : CameraFrame.inFileOrder(source.objects(id), views)) {
                classOfTrack.putIfAbsent(o.trackId().value(), o.className());
                ObjectNode data = frameObjects.putObject(uid(o.trackId().value())).putObject("object_data");
                data.putArray("cuboid").add(cuboid(o.box()));
                attributes(data, o.attributes());
                ImportedView view = views.get(o.id());
                if (view != null && view.isUnchanged(o.box())) {
                    importedView(data, view, calib.isPresent());
                }
            }
            String cloudName = source.files(id).cloud().map(p -> p.getFileName().toString()).orElse(id + ".bin");
            frame.putObject("frame_properties").putObject("streams").putObject(LIDAR).put("uri", cloudName);
        });
        classOfTrack.forEach((track, cls) -> objects.putObject(uid(track))
                .put("name", cls + "-" + track).put("type", cls));
        if (!frames.isEmpty()) {
            root.putArray("frame_intervals").addObject().put("frame_start", 0).put("frame_end", frames.size() - 1);
        }
        PointCloudIO.writeAtomically(out.resolve(FILE), tmp -> JSON.writeValue(tmp.toFile(), openlabel));
    }

    /** An object's uid: its track id − 1, 0-based like KITTI tracking's ids (the importer adds the 1 back). */
    private static String uid(long track) {
        return Long.toString(track - 1);
    }

    private static void rig(ObjectNode root, Optional<KittiCalibration> calib, Optional<ImageInfo> image) {
        ObjectNode cs = root.putObject("coordinate_systems");
        ObjectNode lidar = cs.putObject(LIDAR).put("type", "sensor_cs").put("parent", "");
        ArrayNode children = lidar.putArray("children");
        ObjectNode streams = root.putObject("streams");
        streams.putObject(LIDAR).put("type", "lidar").put("description", "lidar point clouds, KITTI velodyne frame");
        if (calib.isEmpty()) {
            return;
        }
        children.add(CAMERA);
        // camera pose w.r.t. the lidar = inverse of the lidar -> rectified camera transform
        ObjectNode cameraCs = cs.putObject(CAMERA).put("type", "sensor_cs").put("parent", LIDAR);
        cameraCs.putArray("children");
        ArrayNode pose = cameraCs.putObject("pose_wrt_parent").putArray("matrix4x4");
        for (double d : calib.get().rectToVelo4x4()) {
            pose.add(d);
        }
        ObjectNode camera = streams.putObject(CAMERA).put("type", "camera")
                .put("description", "left colour camera (KITTI camera 2), rectified");
        ObjectNode pinhole = camera.putObject("stream_properties").putObject("intrinsics_pinhole");
        ArrayNode p = pinhole.putArray("camera_matrix_3x4");
        for (double d : calib.get().projection(2)) {
            p.add(d);
        }
        pinhole.putArray("distortion_coeffs_1xN");
        image.ifPresent(i -> pinhole.put("width_px", i.width()).put("height_px", i.height()));
    }

    /** The file's 2D box ({@code bbox} box2D: centre x, centre y, width, height) and alpha of an unedited import. */
    private static void importedView(ObjectNode data, ImportedView view, boolean hasCamera) {
        view.box().filter(b -> b.camera().equals(CAMERA)).ifPresent(b -> {
            ObjectNode bbox = array(data, "bbox").addObject().put("name", "box2D");
            if (hasCamera) {
                bbox.put("coordinate_system", CAMERA);
            }
            bbox.putArray("val").add((b.left() + b.right()) / 2).add((b.top() + b.bottom()) / 2)
                    .add(b.right() - b.left()).add(b.bottom() - b.top());
        });
        view.alpha().ifPresent(a -> array(data, "num").addObject().put("name", ALPHA).put("val", a));
    }

    private static ObjectNode cuboid(Cuboid b) {
        double[] q = Quaternions.fromEuler(b.yaw(), b.pitch(), b.roll());
        ObjectNode c = NODES.objectNode().put("name", "box3d").put("coordinate_system", LIDAR);
        c.putArray("val").add(b.cx()).add(b.cy()).add(b.cz()).add(q[0]).add(q[1]).add(q[2]).add(q[3])
                .add(b.length()).add(b.width()).add(b.height());
        return c;
    }

    private static void attributes(ObjectNode data, Map<String, Object> attributes) {
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Boolean b) {
                array(data, "boolean").addObject().put("name", e.getKey()).put("val", b);
            } else if (v instanceof Number n) {
                array(data, "num").addObject().put("name", e.getKey()).put("val", n.doubleValue());
            } else {
                array(data, "text").addObject().put("name", e.getKey()).put("val", String.valueOf(v));
            }
        }
    }

    private static ArrayNode array(ObjectNode n, String name) {
        return n.has(name) ? (ArrayNode) n.get(name) : n.putArray(name);
    }
}
