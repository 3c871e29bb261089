package dev.fuselage.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.ai.model.ModelDescriptorJson;
import dev.fuselage.ai.model.YoloxCoco;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fuselage model add} / {@code fuselage model list} on the real YOLOX-Nano export. */
class ModelCommandTest {
    private static final Path YOLOX = TestData.file("models/yolox_nano_coco.onnx");

    @Test
    void addsYoloxWithoutADescriptorAndListsIt(@TempDir Path dir) throws Exception {
        Path models = dir.resolve("models");
        CommandLineTest.Result empty = CommandLineTest.run("model", "list", "--dir", models.toString());
        assertEquals(0, empty.code(), empty.err());
        assertTrue(empty.out().startsWith("no models in "), empty.out());

        CommandLineTest.Result add = CommandLineTest.run("model", "add", YOLOX.toString(), "--dir", models.toString());
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().startsWith("added yolox_nano_coco (yolox_nano_coco, detect2d"), add.out());
        assertTrue(Files.isRegularFile(models.resolve("yolox_nano_coco.onnx")));
        assertEquals(Files.size(YOLOX), Files.size(models.resolve("yolox_nano_coco.onnx")));

        CommandLineTest.Result list = CommandLineTest.run("model", "list", "--json", "--dir", models.toString());
        assertEquals(0, list.code(), list.err());
        JsonNode json = new ObjectMapper().readTree(list.out());
        assertEquals(1, json.size());
        JsonNode m = json.get(0);
        assertEquals("yolox_nano_coco", m.get("name").asText());
        assertEquals("detect2d", m.get("task").asText());
        assertEquals("Car", m.get("classes").get("car").asText());
        assertTrue(m.get("usable").asBoolean());
        assertFalse(m.has("problem"));
    }

    @Test
    void aDescriptorThatDoesNotFitTheModelIsRefusedAndNothingIsInstalled(@TempDir Path dir) throws Exception {
        // a 640 px descriptor for the 416 px model: the shapes disagree
        Path wrong = dir.resolve("wrong.json");
        ModelDescriptorJson.write(YoloxCoco.descriptor("YOLOX-S", 640), wrong);
        Path models = dir.resolve("models");
        CommandLineTest.Result r = CommandLineTest.run("model", "add", YOLOX.toString(), "--descriptor",
                wrong.toString(), "--dir", models.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("yolox_nano_coco.onnx: input 'images' has shape [1, 3, 416, 416], the "
                + "descriptor needs [1, 3, 640, 640]"), r.err());
        assertFalse(Files.exists(models.resolve("yolox_nano_coco.onnx")));
    }

    @Test
    void aBrokenDescriptorNamesItsFileAndPlace(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), ModelDescriptorJson.toString(
                YoloxCoco.descriptor("x", 416)).replace("\"decoding\"", "\"decode\""));
        CommandLineTest.Result r = CommandLineTest.run("model", "add", YOLOX.toString(), "--descriptor",
                bad.toString(), "--dir", dir.resolve("models").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("bad.json: output: unknown key 'decode'"), r.err());
    }
}
