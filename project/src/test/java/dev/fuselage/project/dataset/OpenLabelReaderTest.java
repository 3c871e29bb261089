package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.FormatException;
import dev.fuselage.project.dataset.openlabel.OpenLabelReader;
import dev.fuselage.project.dataset.openlabel.OpenLabelScene;
import dev.fuselage.project.store.ImageAnnotation;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenLABEL as other tools write it: both cuboid forms, poses, frame transforms, bbox centre + size, bad input. */
class OpenLabelReaderTest {
    @TempDir
    Path tmp;

    @Test
    void thirdPartyKittiTrackingFile() throws Exception {
        OpenLabelScene s = OpenLabelReader.read(TestData.file("openlabel/openlabel100_kitti_tracking_0000.json"),
                List.of());
        assertEquals(154, s.frameIds().size());
        assertEquals("000000", s.frameIds().get(0));
        assertEquals("000153", s.frameIds().get(153));
        assertEquals(711, s.objects().size(), "every cuboid of label_02/0000.txt, no ego car, no DontCare");
        assertEquals(378, s.regions().size());
        assertTrue(s.regions().stream().allMatch(ImageAnnotation::isDontCare));
        Set<String> classes = s.objects().stream().map(o -> o.object().className()).collect(Collectors.toSet());
        assertEquals(Set.of("Van", "Car", "Cyclist", "Pedestrian"), classes);
        var van = s.objects().get(0);
        assertEquals(1, van.object().trackId().value(), "uid 0 is track 1 (exported again as 0)");
        var box = van.box().orElseThrow();
        assertEquals(375.98 - 158.48 / 2, box.left(), 1e-9);
        assertEquals(227.06 + 130.62 / 2, box.bottom(), 1e-9);
        assertEquals(-1.79, van.alpha().getAsDouble(), 1e-12);
        double[] p2 = s.calibration().orElseThrow().projection(2);
        assertEquals(721.5377, p2[0], 1e-12);
        assertEquals(44.85728, p2[3], 1e-12);
        // the van sits 13.41 m ahead of the camera: about 13.7 m ahead of the lidar, to its left
        Cuboid c = van.object().box();
        assertEquals(13.41 + 0.27, c.cx(), 0.1);
        assertEquals(4.55, c.cy(), 0.1);
        assertEquals(4.43, c.length(), 1e-12);
        assertEquals(1.82, c.width(), 1e-12);
        assertEquals(2.0, c.height(), 1e-12);
    }

    @Test
    void bboxOnlyFileWithoutFramesGivesOneFrameOf2dBoxes() throws Exception {
        OpenLabelScene s = OpenLabelReader.read(TestData.file("openlabel/openlabel100_test_bbox_simple.json"),
                List.of());
        assertEquals(List.of("000000"), s.frameIds());
        assertEquals(0, s.objects().size());
        assertEquals(7, s.regions().size());
        ImageAnnotation car1 = s.regions().get(0);
        assertEquals("Car", car1.className());
        assertArrayEquals(new double[] {410, 280, 462, 327},
                new double[] {car1.left(), car1.top(), car1.right(), car1.bottom()}, 1e-12);
    }

    @Test
    void eulerAndQuaternionFormsAndPosesAgree() throws Exception {
        // a camera 1 m above the lidar looking along lidar +x (camera z forward, x right, y down)
        String systems = "\"coordinate_systems\": {\"lidar\": {\"type\": \"sensor_cs\", \"parent\": \"\"},"
                + " \"cam\": {\"type\": \"sensor_cs\", \"parent\": \"lidar\", \"pose_wrt_parent\": {\"matrix4x4\":"
                + " [0, 0, 1, 0, -1, 0, 0, 0, 0, -1, 0, 1, 0, 0, 0, 1]}},"
                + " \"odom\": {\"type\": \"scene_cs\", \"parent\": \"\"}},"
                + " \"streams\": {\"lidar\": {\"type\": \"lidar\"}},";
        double ry = 0.3;
        String euler = "[2, 0.5, 10, 0, " + ry + ", 0, 4, 1.5, 2]";
        String quat = "[2, 0.5, 10, 0, " + Math.sin(ry / 2) + ", 0, " + Math.cos(ry / 2) + ", 4, 1.5, 2]";
        // the same box once more in an odometry frame 5 m behind the lidar, through the frame's transform
        String odom = "[15, -2, 0.5, 0, 0, " + (-ry - Math.PI / 2) + ", 4, 2, 1.5]";
        Path f = write("{\"openlabel\": {\"metadata\": {\"schema_version\": \"1.0.0\"}, " + systems
                + " \"objects\": {\"0\": {\"name\": \"a\", \"type\": \"Car\"}, \"1\": {\"name\": \"b\", \"type\":"
                + " \"Car\"}, \"2\": {\"name\": \"c\", \"type\": \"Car\"}}, \"frames\": {\"0\": {\"objects\": {"
                + " \"0\": {\"object_data\": {\"cuboid\": [{\"name\": \"x\", \"coordinate_system\": \"cam\", \"val\": "
                + euler + "}]}}, \"1\": {\"object_data\": {\"cuboid\": [{\"name\": \"x\", \"coordinate_system\":"
                + " \"cam\", \"val\": " + quat + "}]}}, \"2\": {\"object_data\": {\"cuboid\": [{\"name\": \"x\","
                + " \"coordinate_system\": \"odom\", \"val\": " + odom + "}]}}},"
                + " \"frame_properties\": {\"transforms\": {\"t\": {\"src\": \"odom\", \"dst\": \"lidar\","
                + " \"transform_src_to_dst\": {\"quaternion\": [0, 0, 0, 1], \"translation\": [-5, 0, 0]}}}}}}}}");
        List<Cuboid> boxes = OpenLabelReader.read(f, List.of()).objects().stream().map(o -> o.object().box())
                .toList();
        assertEquals(3, boxes.size());
        Cuboid a = boxes.get(0);
        assertEquals(10, a.cx(), 1e-12);
        assertEquals(-2, a.cy(), 1e-12);
        assertEquals(0.5, a.cz(), 1e-12);
        assertEquals(4, a.length(), 1e-12);
        assertEquals(2, a.width(), 1e-12);
        assertEquals(1.5, a.height(), 1e-12);
        assertEquals(-ry - Math.PI / 2, a.yaw(), 1e-12, "KITTI's yaw = -rotation_y - pi/2");
        for (Cuboid b : boxes.subList(1, 3)) {
            double[] ca = a.corners(new double[24]);
            double[] cb = b.corners(new double[24]);
            assertArrayEquals(ca, cb, 1e-9, b.toString());
        }
    }

    @Test
    void malformedCuboidsAreNamedWithTheirPlace() throws Exception {
        String head = "{\"openlabel\": {\"metadata\": {\"schema_version\": \"1.0.0\"}, \"objects\": {\"0\": {\"name\":"
                + " \"a\", \"type\": \"Car\"}}, \"frames\": {\"3\": {\"objects\": {\"0\": {\"object_data\": {\"cuboid\":"
                + " [{\"name\": \"x\", ";
        Path eight = write(head + "\"val\": [1, 2, 3, 4, 5, 6, 7, 8]}]}}}}}}}");
        FormatException e = assertThrows(FormatException.class, () -> OpenLabelReader.read(eight, List.of()));
        assertTrue(e.getMessage().startsWith(eight.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("frames.3.objects.0.object_data.cuboid[0].val has 8 values"),
                e.getMessage());
        Path unknown = write(head.replace("\"metadata\"", "\"coordinate_systems\": {\"l\": {\"type\": \"sensor_cs\","
                + " \"parent\": \"\"}}, \"metadata\"") + "\"coordinate_system\": \"cam9\", \"val\": [1, 2, 3, 0, 0, 0,"
                + " 1, 1, 1]}]}}}}}}}");
        e = assertThrows(FormatException.class, () -> OpenLabelReader.read(unknown, List.of()));
        assertTrue(e.getMessage().contains("coordinate system 'cam9' is not in openlabel.coordinate_systems"),
                e.getMessage());
        Path notOl = write("{\"vcd\": {}}");
        e = assertThrows(FormatException.class, () -> OpenLabelReader.read(notOl, List.of()));
        assertTrue(e.getMessage().endsWith("not OpenLABEL: no openlabel.metadata.schema_version"), e.getMessage());
    }

    private Path write(String json) throws Exception {
        Path f = Files.createTempFile(tmp, "ol", ".json");
        Files.writeString(f, json);
        return f;
    }
}
