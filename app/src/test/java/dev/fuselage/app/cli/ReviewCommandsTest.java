package dev.fuselage.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fuselage qa}, {@code compare}, {@code pack} and {@code unpack}: flags, JSON keys and exit codes. */
class ReviewCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void qaPrintsFindingsAsJsonAndExitsZero() throws Exception {
        Path project = importKitti("P");
        // a 1-point minimum makes no box empty; a 400-point one makes the far ones so: findings, still exit 0
        Files.writeString(project.resolve("qa-settings.json"), "{\"minPoints\": 400}");
        CommandLineTest.Result r = CommandLineTest.run("qa", "--project", project.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = JSON.readTree(r.out());
        assertTrue(list.isArray() && list.size() > 0, r.out());
        List<String> kinds = new ArrayList<>();
        for (JsonNode f : list) {
            List<String> keys = new ArrayList<>();
            f.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("kind", "severity", "frame", "object", "message"), keys);
            assertTrue(Set.of("error", "warning", "info").contains(f.get("severity").asText()));
            kinds.add(f.get("kind").asText());
        }
        assertTrue(kinds.contains("empty-box"), r.out());

        CommandLineTest.Result some = CommandLineTest.run("qa", "--project", project.toString(), "--frames",
                "000001..000001", "--json");
        assertEquals(0, some.code(), some.err());
        for (JsonNode f : JSON.readTree(some.out())) {
            assertEquals("000001", f.get("frame").asText());
        }
        CommandLineTest.Result bad = CommandLineTest.run("qa", "--project", project.toString(), "--frames", "7..x");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("frame '7' is neither"), bad.err());

        Files.writeString(project.resolve("qa-settings.json"), "{\"minPoint\": 4}");
        CommandLineTest.Result typo = CommandLineTest.run("qa", "--project", project.toString());
        assertEquals(1, typo.code());
        assertTrue(typo.err().contains("qa-settings.json") && typo.err().contains("unknown setting 'minPoint'"),
                typo.err());
    }

    @Test
    void compareAgainstProjectAndKittiFolder() throws Exception {
        Path a = importKitti("A");
        Path b = importKitti("B");
        for (String against : List.of(b.toString(), TestData.file("kitti/object/training").toString())) {
            CommandLineTest.Result r = CommandLineTest.run("compare", "--project", a.toString(), "--against", against,
                    "--iou", "0.5", "--json");
            assertEquals(0, r.code(), r.err());
            JsonNode root = JSON.readTree(r.out());
            assertEquals(1.0, root.at("/overall/precision").asDouble(), 0);
            assertEquals(1.0, root.at("/overall/recall").asDouble(), 0);
            assertEquals(1.0, root.at("/overall/mean_iou").asDouble(), 1e-9);
            assertEquals(1.0, root.at("/classes/Car/recall").asDouble(), 0);
            assertEquals(3, root.at("/confusion/Car/Car").asInt());
            assertTrue(root.get("unmatched").isArray() && root.get("unmatched").isEmpty());
        }
        CommandLineTest.Result text = CommandLineTest.run("compare", "--project", a.toString(), "--against",
                b.toString());
        assertTrue(text.out().startsWith("overall"), text.out());
        CommandLineTest.Result nowhere = CommandLineTest.run("compare", "--project", a.toString(), "--against",
                tmp.resolve("nothing").toString());
        assertEquals(1, nowhere.code());
        assertTrue(nowhere.err().contains("not a KITTI label folder"), nowhere.err());
    }

    @Test
    void packAndUnpack() throws Exception {
        Path project = importKitti("P");
        Path zip = tmp.resolve("P.zip");
        CommandLineTest.Result r = CommandLineTest.run("pack", "--project", project.toString(), "--out",
                zip.toString(), "--with-data");
        assertEquals(0, r.code(), r.err());
        CommandLineTest.Result u = CommandLineTest.run("unpack", zip.toString(), "--out",
                tmp.resolve("there").toString());
        assertEquals(0, u.code(), u.err());
        assertTrue(u.out().contains("4 frames"), u.out());
        assertTrue(Files.isRegularFile(tmp.resolve("there/data/1-training/velodyne/000003.bin")));
    }

    private Path importKitti(String name) {
        Path project = tmp.resolve(name);
        CommandLineTest.Result r = CommandLineTest.run("import", "kitti",
                TestData.file("kitti/object/training").toString(), "--project", project.toString());
        assertEquals(0, r.code(), r.err());
        return project;
    }
}
