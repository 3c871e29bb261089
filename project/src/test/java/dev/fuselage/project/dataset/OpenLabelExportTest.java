package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.dataset.openlabel.OpenLabelExporter;
import dev.fuselage.project.dataset.openlabel.OpenLabelImporter;
import dev.fuselage.project.store.ProjectStore;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6, acceptance 3: OpenLABEL output has the standard's required structure and re-imports to the same boxes. */
class OpenLabelExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void exportValidatesAndReimportsToTheSameCuboids() throws Exception {
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
        JsonNode doc = JSON.readTree(out.resolve(OpenLabelExporter.FILE).toFile());
        assertEquals(List.of(), OpenLabelValidator.problems(doc));
        assertEquals("sensor_cs", doc.at("/openlabel/coordinate_systems/image_2/type").asText());
        assertEquals("camera", doc.at("/openlabel/streams/image_2/type").asText());
        List<ObjectAnnotation> after = sorted(OpenLabelImporter.read(out));
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
    void validatorRefusesMissingRequiredParts() throws Exception {
        ObjectNode bad = (ObjectNode) JSON.readTree("{\"openlabel\": {\"metadata\": {\"schema_version\": \"0.9\"},"
                + " \"objects\": {\"1\": {\"name\": \"a\"}}, \"frames\": {\"x\": {\"objects\": {\"2\": {\"object_data\":"
                + " {\"cuboid\": [{\"name\": \"b\", \"val\": [1, 2]}]}}}}}, \"extra\": 1}}");
        List<String> p = OpenLabelValidator.problems(bad);
        assertFalse(p.isEmpty());
        assertEquals(6, p.size(), p.toString());
    }

    private static List<ObjectAnnotation> sorted(List<ObjectAnnotation> list) {
        return list.stream().sorted(Comparator.comparing(ObjectAnnotation::frameId)
                .thenComparing(o -> o.trackId().value())).toList();
    }
}
