package dev.fuselage.app.ui.workspace.camera;

import dev.fuselage.project.camera.CameraRigLoader;

import dev.fuselage.project.camera.FrameCamera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.project.dataset.sustech.SustechLabels;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Box2D;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.project.ProjectedPoints;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JavaFX-free half of the camera panels (issue #5): which cameras a frame has, that boxes land where the
 * dataset's own 2D boxes are, that an edit moves the projection, and what a click selects.
 */
class CameraOverlayTest {
    static final Path KITTI = TestData.file("kitti/object/training");
    static final Path SUSTECH = TestData.file("sustech");

    static List<FrameCamera> kittiCameras(String frame) throws IOException {
        return CameraRigLoader.load(frame, ProjectFrames.ofFolder(KITTI).files(frame));
    }

    /** The frame's labels as the workspace imports them (lidar boxes), paired with their KITTI lines. */
    static List<ObjectAnnotation> kittiObjects(String frame, List<KittiLabel> labels) throws IOException {
        KittiCalibration calib = KittiCalibrationIO.read(KITTI.resolve("calib/" + frame + ".txt"));
        List<ObjectAnnotation> out = new ArrayList<>();
        for (KittiLabel l : labels) {
            out.add(ObjectAnnotation.manual(frame, TrackId.of(out.size() + 1), l.type(), KittiBoxes.toLidar(l, calib)));
        }
        return out;
    }

    static List<KittiLabel> labels(String frame) throws IOException {
        return KittiLabelIO.read(KITTI.resolve("label_2/" + frame + ".txt")).stream()
                .filter(l -> !l.isDontCare()).toList();
    }

    @Test
    void kittiFrameHasTheLeftColourCameraAtItsImageSize() throws IOException {
        List<FrameCamera> cams = kittiCameras("000001");
        assertEquals(1, cams.size(), "image_2 only: the shared data has no image_3");
        FrameCamera c = cams.get(0);
        assertEquals("image_2", c.name());
        assertEquals(KITTI.resolve("image_2/000001.png").toAbsolutePath(), c.image().toAbsolutePath());
        ImageInfo info = ImageInfo.read(c.image());
        assertEquals(info.width(), c.camera().size().width());
        assertEquals(info.height(), c.camera().size().height());
        // P2's focal length and principal point (calib/000001.txt)
        assertEquals(721.5377, c.camera().intrinsics().fx(), 1e-4);
        assertEquals(609.5593, c.camera().intrinsics().cx(), 1e-4);
    }

    @Test
    void projectedLabelBoxesMatchTheLabels2dBoxes() throws IOException {
        for (String frame : List.of("000000", "000001", "000002", "000003")) {
            FrameCamera cam = kittiCameras(frame).get(0);
            List<KittiLabel> labels = labels(frame);
            List<ObjectAnnotation> objects = kittiObjects(frame, labels);
            BoxOverlay overlay = new BoxOverlay(cam.camera());
            List<ProjectedBox> boxes = overlay.project(objects, null, null, c -> 0xFF00FF00);
            for (int i = 0; i < labels.size(); i++) {
                KittiLabel l = labels.get(i);
                ObjectId id = objects.get(i).id();
                ProjectedBox b = boxes.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(
                        () -> new AssertionError(frame + " " + l.type() + " not on the image"));
                Box2D expected = new Box2D(l.left(), l.top(), l.right(), l.bottom());
                double iou = b.projection().box().orElseThrow().iou(expected);
                assertTrue(iou >= 0.85, frame + " " + l.type() + ": IoU " + iou);
            }
        }
    }

    @Test
    void aBoxEditMovesItsProjectionAndAPreviewShowsOnlyForTheSelected() throws IOException {
        FrameCamera cam = kittiCameras("000001").get(0);
        List<ObjectAnnotation> objects = kittiObjects("000001", labels("000001"));
        ObjectAnnotation car = objects.stream().filter(o -> o.className().equals("Car")).findFirst().orElseThrow();
        BoxOverlay overlay = new BoxOverlay(cam.camera());
        double before = box(overlay.project(objects, null, null, c -> 0), car.id()).boxLeft();
        // the car 2 m further to its left in the lidar frame (+y): further left in the image
        Cuboid moved = car.box().withCenter(car.box().cx(), car.box().cy() + 2, car.box().cz());
        List<ObjectAnnotation> edited = objects.stream().map(o -> o == car ? o.withBox(moved) : o).toList();
        double after = box(overlay.project(edited, null, null, c -> 0), car.id()).boxLeft();
        assertTrue(after < before - 10, "moved left in the image: " + before + " -> " + after);
        // a drag preview replaces the selected object's box only
        double previewed = box(overlay.project(objects, car.id(), moved, c -> 0), car.id()).boxLeft();
        assertEquals(after, previewed, 1e-9);
        ObjectAnnotation truck = objects.stream().filter(o -> o.className().equals("Truck")).findFirst().orElseThrow();
        assertEquals(box(overlay.project(objects, null, null, c -> 0), truck.id()).boxLeft(),
                box(overlay.project(objects, truck.id(), null, c -> 0), truck.id()).boxLeft(), 1e-9);
        assertTrue(overlay.boxes().stream().filter(ProjectedBox::selected).allMatch(b -> b.id().equals(truck.id())));
    }

    @Test
    void aClickSelectsTheBoxUnderItTheNearestWhenTheyOverlap() throws IOException {
        FrameCamera cam = kittiCameras("000001").get(0);
        List<ObjectAnnotation> objects = kittiObjects("000001", labels("000001"));
        BoxOverlay overlay = new BoxOverlay(cam.camera());
        overlay.project(objects, null, null, c -> 0);
        for (ObjectAnnotation o : objects) {
            var p = box(overlay.boxes(), o.id());
            double u = (p.boxLeft() + p.boxRight()) / 2, v = (p.boxTop() + p.boxBottom()) / 2;
            assertEquals(Optional.of(o.id()), overlay.hit(u, v), o.className());
        }
        assertEquals(Optional.empty(), overlay.hit(5, 5), "sky: no box");
        // a box just in front of the car, covering it in the image, wins the overlap
        ObjectAnnotation car = objects.stream().filter(o -> o.className().equals("Car")).findFirst().orElseThrow();
        Cuboid b = car.box();
        double dx = -3 * Math.signum(b.cx());
        ObjectAnnotation front = ObjectAnnotation.manual("000001", TrackId.of(99), "Van",
                b.withCenter(b.cx() + dx, b.cy(), b.cz()).withSize(b.length() * 1.5, b.width() * 1.5, b.height() * 1.5));
        List<ObjectAnnotation> both = new ArrayList<>(objects);
        both.add(front);
        overlay.project(both, null, null, c -> 0);
        var p = box(overlay.boxes(), car.id());
        assertEquals(Optional.of(front.id()), overlay.hit((p.boxLeft() + p.boxRight()) / 2,
                (p.boxTop() + p.boxBottom()) / 2));
        // beside a box's outline but within the edge tolerance: still that box; further out: none
        ObjectAnnotation truck = objects.stream().filter(o -> o.className().equals("Truck")).findFirst().orElseThrow();
        double[] hull = BoxOverlay.hull(box(overlay.boxes(), truck.id()));
        int right = 0;
        for (int i = 0; i < hull.length / 2; i++) {
            right = hull[2 * i] > hull[2 * right] ? i : right;
        }
        double u = hull[2 * right], v = hull[2 * right + 1];
        assertEquals(Optional.of(truck.id()), overlay.hit(u - 1, v), "inside");
        assertEquals(Optional.of(truck.id()), overlay.hit(u + BoxOverlay.EDGE_TOLERANCE_PX / 2, v), "near the edge");
        assertEquals(Optional.empty(), overlay.hit(u + 3 * BoxOverlay.EDGE_TOLERANCE_PX, v), "too far");
    }

    @Test
    void lidarPointsLandOnTheKittiImageColouredByDepth() throws IOException {
        FrameCamera cam = kittiCameras("000001").get(0);
        PointCloud cloud = PointCloudIO.read(KITTI.resolve("velodyne/000001.bin"));
        PointLayer layer = PointLayer.project(cam.camera(), cloud, new ProjectedPoints());
        assertTrue(layer.count() > 10_000 && layer.count() < cloud.size() / 2, "front points only: " + layer.count());
        for (int k = 0; k < layer.count(); k++) {
            assertTrue(cam.camera().inImage(layer.u()[k], layer.v()[k]));
            assertTrue(layer.depth()[k] > 0);
        }
        assertNotEquals(PointLayer.depthColor(5), PointLayer.depthColor(40), "near and far differ");
        int w = cam.camera().size().width(), h = cam.camera().size().height();
        int[] image = new int[w * h];
        int[] painted = layer.paintOnto(image, w, h, PointLayer.pointSize(w));
        assertEquals(0, image[0] | image[image.length - 1], "source untouched");
        int k = layer.count() / 2;
        assertEquals(layer.argb()[k] != 0, painted[(int) layer.v()[k] * w + (int) layer.u()[k]] != 0);
    }

    @Test
    void sustechSceneHasThreeCamerasAndItsBoxesSitOnTheirPointsInTheFrontImage() throws IOException {
        Path lidar = SUSTECH.resolve("lidar");
        ProjectFrames source = ProjectFrames.ofFolder(lidar);
        List<FrameCamera> cams = CameraRigLoader.load("000965", source.files("000965"));
        assertEquals(List.of("front", "left", "right"), cams.stream().map(FrameCamera::name).toList());
        for (FrameCamera c : cams) {
            assertEquals(SUSTECH.resolve("camera/" + c.name() + "/000965.jpg").toAbsolutePath(),
                    c.image().toAbsolutePath());
        }
        CameraModel front = cams.get(0).camera();
        List<SustechLabels.Label> labels = SustechLabels.read(SustechLabels.file(SUSTECH, "000965"));
        assertEquals(21, labels.size());
        List<ObjectAnnotation> objects = new ArrayList<>();
        for (SustechLabels.Label l : labels) {
            objects.add(ObjectAnnotation.manual("000965", TrackId.of(objects.size() + 1), l.type(), l.box()));
        }
        BoxOverlay overlay = new BoxOverlay(front);
        List<ProjectedBox> shown = overlay.project(objects, null, null, c -> 0);
        assertTrue(shown.size() >= 3, "boxes in the front camera: " + shown.size());
        // each box seen whole by the front camera holds the image of lidar points at its own depth
        PointLayer points = PointLayer.project(front, PointCloudIO.read(lidar.resolve("000965.pcd")),
                new ProjectedPoints());
        int checked = 0;
        for (ProjectedBox b : shown) {
            var p = b.projection();
            if (p.visibility() != dev.fuselage.fusion.project.Visibility.INSIDE) {
                continue;
            }
            Cuboid box = objects.stream().filter(o -> o.id().equals(b.id())).findFirst().orElseThrow().box();
            double reach = Math.max(box.length(), box.width());
            int onObject = 0;
            for (int k = 0; k < points.count(); k++) {
                if (points.u()[k] >= p.boxLeft() && points.u()[k] <= p.boxRight() && points.v()[k] >= p.boxTop()
                        && points.v()[k] <= p.boxBottom() && Math.abs(points.depth()[k] - p.centreDepth()) < reach) {
                    onObject++;
                }
            }
            assertTrue(onObject >= 5, b.className() + " at depth " + p.centreDepth() + ": " + onObject + " points");
            checked++;
        }
        assertTrue(checked >= 2, "boxes checked: " + checked);
    }

    private static dev.fuselage.fusion.project.CuboidProjection box(List<ProjectedBox> boxes, ObjectId id) {
        return boxes.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow().projection();
    }
}
