package dev.fuselage.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.core.geometry.Box2D;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #5's command line: derived 2D boxes of KITTI labels, in file order, DontCare and hidden boxes left out. */
class ProjectCuboidsCommandTest {
    private static final Path TRAINING = TestData.file("kitti/object/training");

    @Test
    void derivedBoxesAgreeWithTheLabelsOnEveryFrame() throws Exception {
        List<Double> ious = new ArrayList<>();
        for (String frame : new String[] {"000000", "000001", "000002", "000003"}) {
            Path labels = TRAINING.resolve("label_2/" + frame + ".txt");
            JsonNode out = json("--calib", TRAINING.resolve("calib/" + frame + ".txt").toString(),
                    "--labels", labels.toString(), "--image", TRAINING.resolve("image_2/" + frame + ".png").toString(),
                    "--json");
            List<KittiLabel> lines = KittiLabelIO.read(labels);
            int expected = (int) lines.stream().filter(l -> !l.isDontCare()).count();
            assertEquals(expected, out.size(), frame + ": one entry per labelled object");
            int previous = -1;
            for (JsonNode e : out) {
                int line = e.get("line").asInt();
                assertTrue(line > previous, "file order");
                previous = line;
                KittiLabel l = lines.get(line);
                assertEquals(l.type(), e.get("type").asText());
                JsonNode b = e.get("box2d");
                double iou = new Box2D(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(),
                        b.get(3).asDouble()).iou(new Box2D(l.left(), l.top(), l.right(), l.bottom()));
                assertTrue(iou >= 0.85, frame + " line " + line + " IoU " + iou);
                ious.add(iou);
            }
        }
        double mean = ious.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        assertTrue(mean >= 0.93, "mean IoU " + mean);
    }

    @Test
    void boxesBehindTheCameraAndDontCareAreLeftOut(@TempDir Path dir) throws Exception {
        Path labels = Files.writeString(dir.resolve("labels.txt"), String.join("\n",
                "DontCare -1 -1 -10 503.89 169.71 590.61 190.13 -1 -1 -1 -1000 -1000 -1000 -10",
                "Car 0.00 0 0.00 0 0 0 0 1.50 1.60 3.90 2.00 1.60 -12.00 0.00",
                "Car 0.00 0 0.00 0 0 0 0 1.50 1.60 3.90 1.00 1.60 0.50 1.57",
                "Pedestrian 0.00 0 0.00 0 0 0 0 1.70 0.60 0.80 1.00 1.60 10.00 0.00") + "\n");
        JsonNode out = json("--calib", TRAINING.resolve("calib/000001.txt").toString(), "--labels", labels.toString(),
                "--image", TRAINING.resolve("image_2/000001.png").toString(), "--json");
        // line 1 is wholly behind the camera; line 2 straddles it (clipped at the near plane); line 3 is ahead
        assertEquals(2, out.size(), out.toString());
        assertEquals(2, out.get(0).get("line").asInt());
        assertEquals(3, out.get(1).get("line").asInt());
        JsonNode straddling = out.get(0).get("box2d");
        assertTrue(straddling.get(0).asDouble() >= 0 && straddling.get(2).asDouble() <= 1242,
                "clipped to the image: " + straddling);
    }

    private static JsonNode json(String... args) throws Exception {
        String[] full = new String[args.length + 1];
        full[0] = "project-cuboids";
        System.arraycopy(args, 0, full, 1, args.length);
        CommandLineTest.Result r = CommandLineTest.run(full);
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }
}
