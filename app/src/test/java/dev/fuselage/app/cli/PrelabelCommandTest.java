package dev.fuselage.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fuselage prelabel} on the shared KITTI training frames, then exports with and without pre-labels. */
class PrelabelCommandTest {
    private static final Path KITTI = TestData.file("kitti/object/training");
    private static final Path YOLOX = TestData.file("models/yolox_nano_coco.onnx");

    @TempDir
    Path tmp;

    @Test
    void geometricAndYoloxPreLabelsAreAddedAndExported() throws Exception {
        Path project = tmp.resolve("P");
        assertEquals(0, CommandLineTest.run("import", "kitti", KITTI.toString(), "--project", project.toString())
                .code());

        CommandLineTest.Result geo = CommandLineTest.run("prelabel", "--project", project.toString(), "--method",
                "geometric", "--frames", "000000..000001", "--json");
        assertEquals(0, geo.code(), geo.err());
        JsonNode g = JsonMapper.builder().build().readTree(geo.out());
        assertEquals("geometric", g.path("method").asText());
        assertEquals(2, g.path("frames").size());
        assertEquals("000000", g.path("frames").path(0).path("frame").asText());
        int added = 0;
        for (JsonNode f : g.path("frames")) {
            added += f.path("added").size();
            JsonNode first = f.path("added").path(0);
            assertTrue(first.path("score").isNumber() && first.path("box").path("cx").isNumber(), first.toString());
        }
        assertEquals(added, g.path("added").asInt());
        assertTrue(added > 0);
        assertTrue(geo.err().contains("[1/2] 000000: ") && geo.err().contains("[2/2] 000001: "), geo.err());

        CommandLineTest.Result yolox = CommandLineTest.run("prelabel", "--project", project.toString(), "--method",
                "yolox", "--model", YOLOX.toString(), "--frames", "000001", "--json");
        assertEquals(0, yolox.code(), yolox.err());
        JsonNode y = JsonMapper.builder().build().readTree(yolox.out());
        JsonNode frame = y.path("frames").path(0);
        assertEquals("000001", frame.path("frame").asText());
        assertEquals(g.path("frames").path(1).path("added").size(), frame.path("replaced").asInt(),
                "pre-labeling a frame again replaces its open pre-labels");
        assertTrue(frame.path("duplicates").asInt() >= 1, "the labeled car is not proposed again: " + frame);

        Path all = tmp.resolve("all");
        Path confirmed = tmp.resolve("confirmed");
        assertEquals(0, CommandLineTest.run("export", "kitti", "--project", project.toString(), "--out",
                all.toString(), "--quiet").code());
        assertEquals(0, CommandLineTest.run("export", "kitti", "--project", project.toString(), "--out",
                confirmed.toString(), "--quiet", "--confirmed-only").code());
        List<String> original = Files.readAllLines(KITTI.resolve("label_2/000000.txt"));
        List<String> withPreLabels = Files.readAllLines(all.resolve("label_2/000000.txt"));
        assertTrue(withPreLabels.stream().anyMatch(l -> l.split(" ").length == 16), "scores as the 16th column");
        assertEquals(original.size(), Files.readAllLines(confirmed.resolve("label_2/000000.txt")).size(),
                "--confirmed-only leaves the open pre-labels out");
        assertFalse(Files.readAllLines(confirmed.resolve("label_2/000000.txt")).stream()
                .anyMatch(l -> l.split(" ").length == 16));
    }

    @Test
    void yoloxWithoutAModelSaysWhereItLooked() throws Exception {
        Path project = tmp.resolve("P");
        assertEquals(0, CommandLineTest.run("import", "kitti", KITTI.toString(), "--project", project.toString())
                .code());
        Path models = Files.createDirectories(tmp.resolve("models"));
        CommandLineTest.Result r = CommandLineTest.run("prelabel", "--project", project.toString(), "--method",
                "yolox", "--model-dir", models.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no usable detect2d model here; add one with 'fuselage model add "
                + "yolox_nano.onnx' or give --model"), r.err());
        CommandLineTest.Result bad = CommandLineTest.run("prelabel", "--project", project.toString(), "--method",
                "magic");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown method 'magic'; yolox or geometric"), bad.err());
    }
}
