package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.project.dataset.coco.CocoExporter;
import dev.fuselage.project.dataset.coco.CocoImporter;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.store.ImageAnnotation;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6, acceptance 2 (COCO): our export and the real COCO subset both pass the strict validator. */
class CocoExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void realCocoFilePassesTheValidator() throws Exception {
        JsonNode real = JSON.readTree(TestData.file("coco/instances_val2017_small.json").toFile());
        assertEquals(List.of(), CocoValidator.problems(real));
    }

    @Test
    void validatorCatchesBrokenFiles() throws Exception {
        ObjectNode real = (ObjectNode) JSON.readTree(TestData.file("coco/instances_val2017_small.json").toFile());
        ObjectNode a = (ObjectNode) real.get("annotations").get(0);
        a.put("category_id", 99999);
        a.put("area", 0);
        ((ObjectNode) real.get("annotations").get(1)).put("id", a.get("id").asLong());
        List<String> problems = CocoValidator.problems(real);
        assertTrue(problems.stream().anyMatch(s -> s.contains("category 99999 does not exist")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("area must be")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("id is not unique")), problems.toString());
    }

    @Test
    void exportOfTheKittiSampleIsValidCocoWithOneAnnotationPerVisibleObject() throws Exception {
        Path out = tmp.resolve("coco");
        try (ProjectStore project = KittiImporter.createProject(KittiRoundTripTest.DATA, tmp.resolve("p"),
                ExportProgress.NONE)) {
            DatasetExport.run(new CocoExporter(), ExportSource.of(project, new CornerProjector()), out,
                    ExportProgress.NONE);
        }
        JsonNode coco = JSON.readTree(out.resolve(CocoExporter.FILE).toFile());
        assertEquals(List.of(), CocoValidator.problems(coco));
        assertEquals(4, coco.get("images").size());
        assertEquals(7, coco.get("annotations").size(), "1 + 3 + 2 + 1 objects, DontCare left out");
        assertTrue(Files.isRegularFile(out.resolve("images/000001.png")));
        JsonNode car = null;
        for (JsonNode c : coco.get("categories")) {
            if (c.get("name").asText().equals("Car")) {
                car = c;
            }
        }
        assertTrue(car != null, "Car is a category");
        for (JsonNode a : coco.get("annotations")) {
            // the hull polygon lies inside its bbox and its area is no larger
            JsonNode b = a.get("bbox");
            JsonNode poly = a.get("segmentation").get(0);
            for (int i = 0; i < poly.size(); i += 2) {
                assertTrue(poly.get(i).asDouble() >= b.get(0).asDouble() - 0.011
                        && poly.get(i).asDouble() <= b.get(0).asDouble() + b.get(2).asDouble() + 0.011);
            }
            assertTrue(a.get("area").asDouble() <= b.get(2).asDouble() * b.get(3).asDouble() + 0.1);
        }
    }

    @Test
    void cocoBoxesImportAsImageAnnotationsAndExportAgainAsValidCoco() throws Exception {
        Path out = tmp.resolve("coco");
        try (ProjectStore project = KittiImporter.createProject(KittiRoundTripTest.DATA, tmp.resolve("p"),
                ExportProgress.NONE)) {
            DatasetExport.run(new CocoExporter(), ExportSource.of(project, new CornerProjector()), out,
                    ExportProgress.NONE);
        }
        try (ProjectStore second = KittiImporter.createProject(KittiRoundTripTest.DATA, tmp.resolve("q"),
                ExportProgress.NONE)) {
            int before = second.annotations().allImageAnnotations().size();
            assertEquals(7, CocoImporter.importBoxes(out.resolve(CocoExporter.FILE), second.annotations()));
            List<ImageAnnotation> boxes = second.annotations().allImageAnnotations();
            assertEquals(before + 7, boxes.size());
            assertTrue(boxes.stream().anyMatch(b -> b.className().equals("Truck") && b.frameId().equals("000001")));
            Path again = tmp.resolve("again");
            DatasetExport.run(new CocoExporter(), ExportSource.of(second, new CornerProjector()), again,
                    ExportProgress.NONE);
            JsonNode coco = JSON.readTree(again.resolve(CocoExporter.FILE).toFile());
            assertEquals(List.of(), CocoValidator.problems(coco));
            assertEquals(14, coco.get("annotations").size(), "7 projected cuboids + 7 imported 2D boxes");
        }
    }
}
