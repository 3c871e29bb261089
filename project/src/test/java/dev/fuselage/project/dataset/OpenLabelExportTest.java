package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.dataset.openlabel.OpenLabelExporter;
import dev.fuselage.project.dataset.openlabel.OpenLabelReader;
import dev.fuselage.project.dataset.openlabel.OpenLabelScene;
import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenLABEL export is judged by ASAM's official JSON Schema through a real validator (see {@link OpenLabelSchema}),
 * for KITTI, KITTI tracking and demo projects, and re-imports to the same boxes.
 */
class OpenLabelExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void kittiExportValidatesAndReimportsToTheSameCuboids() throws Exception {
        Path out = tmp.resolve("ol");
        List<ObjectAnnotation> before;
        try (ProjectStore project = KittiImporter.createProject(KittiRoundTripTest.DATA, tmp.resolve("p"),
                ExportProgress.NONE)) {
            // one tilted box, so all three angles go through the quaternion
            ObjectAnnotation first = project.annotations().objects("000002").get(0);
            project.annotations().putObject(first.withBox(new Cuboid(first.box().cx(), first.box().cy(),
                    first.box().cz(), 4, 2, 1.5, 2.9, 0.05, -0.03)));
            before = sorted(project.annotations().allObjects());
            DatasetExport.run(new OpenLabelExporter(), ExportSource.of(project, null), out, ExportProgress.NONE);
        }
        Path file = out.resolve(OpenLabelExporter.FILE);
        assertEquals(List.of(), OpenLabelSchema.problems(file));
        JsonNode doc = JSON.readTree(file.toFile());
        assertEquals("sensor_cs", doc.at("/openlabel/coordinate_systems/image_2/type").asText());
        assertEquals("camera", doc.at("/openlabel/streams/image_2/type").asText());
        OpenLabelScene scene = OpenLabelReader.read(out, List.of());
        ImportedObject pedestrian = scene.objects().get(0);
        assertEquals("000000", pedestrian.object().frameId());
        assertEquals(712.40, pedestrian.box().orElseThrow().left(), 1e-9, "the file's 2D box goes along");
        assertEquals(307.92, pedestrian.box().orElseThrow().bottom(), 1e-9);
        assertEquals(-0.20, pedestrian.alpha().getAsDouble(), 1e-12, "and its alpha");
        assertEquals(List.of("Truck", "Car", "Cyclist"), scene.objects().stream()
                .filter(o -> o.object().frameId().equals("000001")).map(o -> o.object().className()).toList(),
                "in the file's order");
        List<ObjectAnnotation> after = sorted(scene.objects().stream().map(o -> o.object()).toList());
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            ObjectAnnotation b = before.get(i);
            ObjectAnnotation a = after.get(i);
            assertEquals(b.frameId(), a.frameId());
            assertEquals(b.trackId(), a.trackId());
            assertEquals(b.className(), a.className());
            Cuboid x = b.box();
            Cuboid y = a.box();
            double[] cx = x.corners(new double[24]);
            double[] cy = y.corners(new double[24]);
            for (int k = 0; k < 24; k++) {
                assertEquals(cx[k], cy[k], 1e-9, b + " corner coordinate " + k);
            }
            assertEquals(x.length(), y.length(), 1e-12);
            assertEquals(b.attributes().get("occluded"), a.attributes().get("occluded"));
            assertEquals(b.attributes().get("truncated"), a.attributes().get("truncated"));
        }
    }

    @Test
    void trackingExportValidates() throws Exception {
        Path out = tmp.resolve("ol");
        try (ProjectStore p = ProjectStore.create(tmp.resolve("p"), ProjectDescriptor.of("t", "KITTI", List.of()))) {
            KittiImporter.importTracking(TestData.file("kitti/tracking/training/label_02/0000.txt"),
                    KittiCalibrationIO.read(TestData.file("kitti/object/training/calib/000000.txt")),
                    p.annotations(), ExportProgress.NONE);
            DatasetExport.run(new OpenLabelExporter(), ExportSource.of(p, null), out, ExportProgress.NONE);
        }
        assertEquals(List.of(), OpenLabelSchema.problems(out.resolve(OpenLabelExporter.FILE)));
    }

    @Test
    void demoExportValidates() throws Exception {
        DemoProject demo = DemoProject.createIfAbsent(tmp.resolve("demo"), 2, 7, (done, total, stage) -> { });
        Path out = tmp.resolve("ol");
        try (ProjectStore p = ProjectStore.open(demo.folder())) {
            assertFalse(p.annotations().allObjects().isEmpty());
            DatasetExport.run(new OpenLabelExporter(), ExportSource.of(p, null), out, ExportProgress.NONE);
        }
        assertEquals(List.of(), OpenLabelSchema.problems(out.resolve(OpenLabelExporter.FILE)));
    }

    @Test
    void theSchemaAcceptsTheThirdPartyFilesAndRefusesBrokenOnes() throws Exception {
        assertEquals(List.of(), OpenLabelSchema.problems(
                TestData.file("openlabel/openlabel100_kitti_tracking_0000.json")));
        assertEquals(List.of(), OpenLabelSchema.problems(TestData.file("openlabel/openlabel100_test_bbox_simple.json")));
        List<String> p = OpenLabelSchema.problems("{\"openlabel\": {\"metadata\": {},"
                + " \"objects\": {\"1\": {\"name\": \"a\"}}, \"frames\": {\"x\": {\"objects\": {\"2\": {\"object_data\":"
                + " {\"cuboid\": [{\"name\": \"b\", \"val\": [1, 2]}]}}}}}, \"extra\": 1}}");
        assertTrue(p.size() >= 4, p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains("schema_version")), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains("type")), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains("extra")), p.toString());
    }

    private static List<ObjectAnnotation> sorted(List<ObjectAnnotation> list) {
        return list.stream().sorted(Comparator.comparing(ObjectAnnotation::frameId)
                .thenComparing(o -> o.trackId().value())).toList();
    }
}
