package dev.fuselage.ai.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.ai.geometry.BevIou;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.ontology.Presets;
import dev.fuselage.testkit.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 3 of issue 12 on a second sensor, the SUSTechPOINTS example scenes (a Hesai scan, labels in the lidar
 * frame): one click on each labeled car with ≥ 50 points. Not every car reaches BEV IoU 0.6 here (18 of 21 at the
 * time of writing: a van-sized "Car" 4.9 m long seen only from behind, a corner seen with a few dozen points at
 * 19 m, a 45 m car with 58 points), so this test holds the share of cars that do at ≥ 0.8 and prints each.
 */
class SustechOneClickTest {
    @Test
    void clickOnEachLabeledCarFitsItsBox() throws Exception {
        List<String> report = new ArrayList<>();
        int cars = 0, good = 0;
        for (String id : List.of("000950", "000965", "000970")) {
            PointCloud cloud = PointCloudIO.read(TestData.file("sustech/lidar/" + id + ".pcd"));
            JsonNode labels = new ObjectMapper().readTree(TestData.file("sustech/label/" + id + ".json").toFile());
            OneClickFit fit = new OneClickFit(cloud);
            for (JsonNode o : labels) {
                if (!o.get("obj_type").asText().equals("Car")) {
                    continue;
                }
                JsonNode psr = o.get("psr");
                Cuboid box = Cuboid.upright(psr.get("position").get("x").asDouble(),
                        psr.get("position").get("y").asDouble(), psr.get("position").get("z").asDouble(),
                        psr.get("scale").get("x").asDouble(), psr.get("scale").get("y").asDouble(),
                        psr.get("scale").get("z").asDouble(), psr.get("rotation").get("z").asDouble());
                int points = 0;
                for (int i = 0; i < cloud.size(); i++) {
                    if (box.contains(cloud.x()[i], cloud.y()[i], cloud.z()[i])) {
                        points++;
                    }
                }
                if (points < 50) {
                    continue;
                }
                cars++;
                int click = OneClickFitTest.clickPoint(cloud, box);
                double iou = fit.fitAtPoint(click, Presets.kitti().get("Car").sizePrior())
                        .map(c -> BevIou.of(c, box)).orElse(0.0);
                if (iou >= 0.6) {
                    good++;
                }
                report.add(String.format(Locale.ROOT, "%s car %s at %.1f m, %d points: %.2f", id,
                        o.get("obj_id").asText(), Math.hypot(box.cx(), box.cy()), points, iou));
            }
        }
        report.forEach(r -> System.out.println("one-click sustech " + r));
        System.out.println("one-click sustech: " + good + "/" + cars + " cars with BEV IoU >= 0.6");
        assertTrue(cars >= 10, "labeled cars with >= 50 points: " + cars);
        assertTrue(good >= 0.8 * cars, good + " of " + cars + " cars fitted with BEV IoU >= 0.6: " + report);
    }
}
