package dev.fuselage.project.dataset;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pre-labels in exports: included with their scores by default, left out with confirmed-only unless accepted. */
class PreLabelExportTest {
    @TempDir
    Path tmp;

    @Test
    void kittiWritesScoresAndConfirmedOnlyLeavesOpenPreLabelsOut() throws Exception {
        try (ProjectStore p = KittiImporter.createProject(KittiRoundTripTest.DATA, tmp.resolve("p"),
                ExportProgress.NONE)) {
            // two cars in front of the sensor, in camera 2's view: one proposal still open, one accepted
            p.annotations().putObject(preLabel(new Cuboid(12, 2, -1, 4, 1.8, 1.5, 0, 0, 0), 0.8125, false));
            p.annotations().putObject(preLabel(new Cuboid(20, -3, -1, 4, 1.8, 1.5, 0, 0, 0), 0.4375, true));
            DatasetJobs.export(p, "kitti", tmp.resolve("all"), ExportProgress.NONE);
            DatasetJobs.export(p, "kitti", tmp.resolve("confirmed"), true, ExportProgress.NONE);
            DatasetJobs.export(p, "json", tmp.resolve("json"), true, ExportProgress.NONE);
        }
        List<String> all = Files.readAllLines(tmp.resolve("all/label_2/000001.txt"));
        List<String> confirmed = Files.readAllLines(tmp.resolve("confirmed/label_2/000001.txt"));
        List<String> original = Files.readAllLines(KittiRoundTripTest.DATA.resolve("label_2/000001.txt"));
        assertEquals(original.size() + 2, all.size());
        assertEquals(List.of("0.8125", "0.4375"), all.stream().filter(l -> l.split(" ").length == 16)
                .map(l -> l.split(" ")[15]).sorted((a, b) -> b.compareTo(a)).toList(),
                "both pre-labels carry their score as the 16th column; the imported labels have 15");
        assertEquals(original.size() + 1, confirmed.size(), "only the accepted pre-label stays");
        assertTrue(confirmed.stream().anyMatch(l -> l.endsWith(" 0.4375")), String.join("\n", confirmed));
        assertFalse(confirmed.stream().anyMatch(l -> l.endsWith(" 0.8125")), String.join("\n", confirmed));
        String json = Files.readString(tmp.resolve("json/fuselage-project.json"));
        assertTrue(json.contains("\"score\" : 0.4375"), "the accepted pre-label keeps its score");
        assertFalse(json.contains("0.8125"), "the open one is left out");
    }

    private static ObjectAnnotation preLabel(Cuboid box, double score, boolean confirmed) {
        return new ObjectAnnotation(ObjectId.random(), "000001", TrackId.of(900 + (confirmed ? 1 : 0)), "Car",
                Map.of(), box, Source.PRE_LABEL, confirmed, OptionalDouble.of(score));
    }
}
