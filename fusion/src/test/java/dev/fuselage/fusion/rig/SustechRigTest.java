package dev.fuselage.fusion.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.CalibrationException;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.camera.LidarToCamera;
import dev.fuselage.fusion.project.CuboidProjection;
import dev.fuselage.fusion.project.CuboidProjector;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance 4: the SUSTechPOINTS three-camera rig and the labeled boxes of frame 000965. */
class SustechRigTest {
    static final ImageSizeProbe PROBE = image -> {
        ImageInfo info = ImageInfo.read(image);
        return new ImageSize(info.width(), info.height());
    };

    @TempDir
    Path tmp;

    /** A labeled box: SUSTech psr (position = centre, scale x/y/z = length/width/height, rotation z = yaw). */
    record Label(String type, String id, Cuboid box) {
    }

    /** The few lines of SUSTech label reading the test needs (labels are I/O; fusion main code has none). */
    static List<Label> labels(String frame) throws IOException {
        JsonNode root = new ObjectMapper().readTree(TestData.file("sustech/label/" + frame + ".json").toFile());
        List<Label> out = new ArrayList<>();
        for (JsonNode o : root) {
            JsonNode psr = o.get("psr");
            JsonNode p = psr.get("position"), s = psr.get("scale"), r = psr.get("rotation");
            out.add(new Label(o.get("obj_type").asText(), o.get("obj_id").asText(), Cuboid.upright(
                    p.get("x").asDouble(), p.get("y").asDouble(), p.get("z").asDouble(),
                    s.get("x").asDouble(), s.get("y").asDouble(), s.get("z").asDouble(), r.get("z").asDouble())));
        }
        return out;
    }

    @Test
    void rigLoadsThreeCamerasWithSizesFromTheImages() throws IOException {
        CameraRig rig = SustechCalibration.readRig(TestData.file("sustech"), PROBE);
        assertEquals(List.of("front", "left", "right"), rig.names());
        for (CameraModel c : rig.cameras()) {
            assertEquals(new ImageSize(2048, 1536), c.size());
            assertEquals(1210.062981, c.intrinsics().fx(), 1e-6);
            assertEquals(792.541644, c.intrinsics().cy(), 1e-6);
        }
        // the file's extrinsic is lidar -> camera as given (X_cam = extrinsic · X_lidar), not its inverse
        assertEquals(0.20487898588180542, rig.camera("front").orElseThrow().lidarToCamera().get(0, 3), 0);
        // round trip through the Fuselage rig format
        Path file = tmp.resolve("sustech-rig.json");
        RigJson.write(rig, file);
        assertEquals(rig, RigJson.read(file));
    }

    /**
     * Checks that need no knowledge of the calibration: a box visible in a camera stands upright in its image
     * (bottom-centre below top-centre, the vertical centre line within 0.15 of vertical) and its projected height is
     * fy · height / depth. A transposed or inverted extrinsic turns the world's "up" away from the image's.
     * Returns the violations, and adds the boxes checked to {@code checked}.
     */
    static List<String> uprightViolations(CameraModel cam, List<Label> labels, List<String> checked) {
        List<String> bad = new ArrayList<>();
        double[] c = new double[3], bottom = new double[3], top = new double[3];
        for (Label l : labels) {
            Cuboid b = l.box();
            if (!cam.projectLidar(b.cx(), b.cy(), b.cz(), c) || c[2] < 1 || !cam.inImage(c[0], c[1])) {
                continue;
            }
            checked.add(cam.name() + ":" + l.id());
            cam.projectLidar(b.cx(), b.cy(), b.cz() - b.height() / 2, bottom);
            cam.projectLidar(b.cx(), b.cy(), b.cz() + b.height() / 2, top);
            double du = bottom[0] - top[0], dv = bottom[1] - top[1];
            double expected = cam.intrinsics().fy() * b.height() / c[2];
            if (!(dv > 0 && Math.abs(du) <= 0.15 * dv && Math.abs(dv - expected) <= 0.15 * expected)) {
                bad.add(cam.name() + " " + l.type() + " " + l.id() + ": du=" + du + " dv=" + dv + " expected "
                        + expected);
            }
        }
        return bad;
    }

    @Test
    void labeledBoxesOfFrame965StandUprightInEveryCamera() throws IOException {
        CameraRig rig = SustechCalibration.readRig(TestData.file("sustech"), PROBE);
        List<Label> labels = labels("000965");
        assertEquals(21, labels.size());
        List<String> checked = new ArrayList<>();
        for (CameraModel cam : rig.cameras()) {
            List<String> bad = uprightViolations(cam, labels, checked);
            assertTrue(bad.isEmpty(), String.join("; ", bad));
        }
        assertTrue(checked.stream().filter(s -> s.startsWith("front:")).count() >= 5, "front sees " + checked);
        assertTrue(checked.size() >= 12, "boxes seen by the rig: " + checked);
    }

    @Test
    void wrongExtrinsicConventionsAreCaught() throws IOException {
        CameraRig rig = SustechCalibration.readRig(TestData.file("sustech"), PROBE);
        List<Label> labels = labels("000965");
        for (String name : List.of("left", "right")) {
            CameraModel cam = rig.camera(name).orElseThrow();
            double[] m = cam.lidarToCamera().rowMajor4x4();
            double[] transposed = m.clone();
            double[] inverse = new double[16];
            double[] pos = cam.lidarToCamera().cameraPositionInLidar(new double[3]);
            for (int r = 0; r < 3; r++) {
                for (int k = 0; k < 3; k++) {
                    transposed[4 * r + k] = m[4 * k + r];
                    inverse[4 * r + k] = m[4 * k + r];
                }
                inverse[4 * r + 3] = pos[r];
            }
            inverse[15] = 1;
            for (double[] wrong : List.of(transposed, inverse)) {
                List<String> checked = new ArrayList<>();
                List<String> bad = uprightViolations(cam.withLidarToCamera(LidarToCamera.fromRowMajor4x4(wrong)),
                        labels, checked);
                assertFalse(checked.isEmpty() || bad.size() < checked.size() / 2,
                        name + ": a wrong convention must break most boxes, broke " + bad.size() + " of " + checked);
            }
        }
    }

    @Test
    void carsInFrontOfTheFrontCameraSitLowerTheCloserTheyAre() throws IOException {
        CameraModel front = SustechCalibration.readRig(TestData.file("sustech"), PROBE).camera("front").orElseThrow();
        CuboidProjector projector = new CuboidProjector(front);
        CuboidProjection out = new CuboidProjection();
        record Seen(double depth, double bottom, double height) {
        }
        List<Seen> cars = new ArrayList<>();
        double[] c = new double[3];
        for (Label l : labels("000965")) {
            Cuboid b = l.box();
            if (l.type().equals("Car") && front.projectLidar(b.cx(), b.cy(), b.cz(), c) && front.inImage(c[0], c[1])) {
                projector.project(b, out);
                cars.add(new Seen(c[2], out.boxBottom(), out.boxBottom() - out.boxTop()));
            }
        }
        assertTrue(cars.size() >= 3, "cars in front: " + cars);
        cars.sort(Comparator.comparingDouble(Seen::depth));
        for (int i = 1; i < cars.size(); i++) {
            // ground contact recedes towards the horizon and boxes shrink with distance
            assertTrue(cars.get(i).bottom() < cars.get(i - 1).bottom(), "bottoms by depth: " + cars);
            assertTrue(cars.get(i).height() < cars.get(i - 1).height(), "heights by depth: " + cars);
            // below the principal row: the camera is mounted above the cars' ground contact
            assertTrue(cars.get(i).bottom() > front.intrinsics().cy());
        }
    }

    @Test
    void missingImagesAndBadCalibrationsAreReported() throws IOException {
        Path scene = tmp.resolve("scene");
        Files.createDirectories(scene.resolve("calib/camera"));
        Files.copy(TestData.file("sustech/calib/camera/front.json"), scene.resolve("calib/camera/front.json"));
        CalibrationException e = assertThrows(CalibrationException.class, () -> SustechCalibration.readRig(scene,
                PROBE));
        assertTrue(e.getMessage().contains("camera 'front' has no images"), e.getMessage());
        Path bad = scene.resolve("calib/camera/bad.json");
        Files.writeString(bad, "{\"extrinsic\": [1, 0, 0], \"intrinsic\": [1, 0, 0, 0, 1, 0, 0, 0, 1]}");
        e = assertThrows(CalibrationException.class, () -> SustechCalibration.readCamera(bad, "bad",
                new ImageSize(10, 10)));
        assertEquals("bad.json: 'extrinsic' needs 16 numbers, found 3", e.getMessage());
    }
}
