package dev.fuselage.ai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.testkit.MutationFuzzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict descriptor parsing: round trip, defaults, and one clear error per kind of mistake. */
class ModelDescriptorJsonTest {
    private static final String MINIMAL = """
            {"name": "tiny", "task": "detect2d",
             "input": {"name": "images", "width": 64, "height": 32, "channels": "RGB"},
             "output": {"name": "out", "decoding": "yolox", "strides": [8, 16]},
             "labels": ["car", "person"], "classes": {"car": "Car"}}
            """;

    @Test
    void writingThenReadingGivesAnEqualDescriptor(@TempDir Path dir) throws Exception {
        ModelDescriptor yolox = YoloxCoco.descriptor("YOLOX-Nano", 416).withModel("yolox_nano.onnx");
        Path file = dir.resolve("yolox.json");
        ModelDescriptorJson.write(yolox, file);
        assertEquals(yolox, ModelDescriptorJson.read(file));
        assertTrue(Files.readString(file).contains("\"format\" : \"fuselage-model\""));
    }

    @Test
    void leftOutKeysTakeTheirDocumentedDefaults() throws Exception {
        ModelDescriptor d = ModelDescriptorJson.fromString(MINIMAL);
        assertEquals(1.0, d.input().scale());
        assertEquals(114, d.input().pad());
        assertEquals(InputSpec.Resize.LETTERBOX, d.input().resize());
        assertEquals(0.3, d.output().scoreThreshold());
        assertEquals(0.45, d.output().nmsIou());
        assertEquals(Optional.of("Car"), d.ontologyClass(0));
        assertEquals(Optional.empty(), d.ontologyClass(1));
        assertEquals(8 * 4 + 4 * 2, d.output().rows(64, 32));
    }

    @Test
    void mistakesAreNamedWithTheirPlace() {
        assertError(MINIMAL.replace("\"channels\"", "\"colour\""), "<input>: input: unknown key 'colour'");
        assertError(MINIMAL.replace("\"RGB\"", "\"GBR\""),
                "<input>: input: 'channels' must be \"RGB\" or \"BGR\", not \"GBR\"");
        assertError(MINIMAL.replace("\"strides\": [8, 16]", "\"strides\": [8, 1.5]"),
                "<input>: output: 'strides' must be integers, not 1.5");
        assertError(MINIMAL.replace("\"yolox\"", "\"ssd\""),
                "<input>: output: unknown 'decoding' \"ssd\" (this build knows \"yolox\")");
        assertError(MINIMAL.replace("{\"car\": \"Car\"}", "{\"bus\": \"Truck\"}"),
                "<input>: 'classes' maps \"bus\", which is not in 'labels'");
        assertError(MINIMAL.replace("detect2d", "detect3d"),
                "<input>: task \"detect3d\" is not supported by this build (it runs detect2d models)");
        assertError(MINIMAL.replace("detect2d", "classify"),
                "<input>: unknown 'task' \"classify\" (expected detect2d, detect3d or segment3d)");
        assertError(MINIMAL.replace("\"name\": \"tiny\", ", ""), "<input>: the document: missing 'name'");
        assertError(MINIMAL.replace("\"task\"", "\"name\": \"again\", \"task\""), "<input>: malformed JSON");
        assertError(MINIMAL + "{}", "<input>: malformed JSON");
        assertError(MINIMAL.replace("\"width\": 64", "\"width\": 0"),
                "<input>: input: input size must be positive: 0 x 32");
    }

    @Test
    void aFileErrorNamesTheFile(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\"name\": ");
        ModelException e = assertThrows(ModelException.class, () -> ModelDescriptorJson.read(bad));
        assertTrue(e.getMessage().startsWith("broken.json: malformed JSON at line 1"), e.getMessage());
        assertEquals(bad, e.file());
    }

    /** Mutated descriptors are either read or refused with a ModelException, never anything else. */
    @Test
    void fuzzedDescriptorsFailOnlyWithModelExceptions(@TempDir Path dir) throws Exception {
        List<byte[]> seeds = List.of(
                ModelDescriptorJson.toString(YoloxCoco.descriptor("YOLOX", 416)).getBytes(StandardCharsets.UTF_8),
                MINIMAL.getBytes(StandardCharsets.UTF_8));
        new MutationFuzzer(seeds, 12).run(MutationFuzzer.iterations(2000), dir, "fuzz.json",
                ModelDescriptorJson::read, ModelException.class);
    }

    private static void assertError(String json, String start) {
        ModelException e = assertThrows(ModelException.class, () -> ModelDescriptorJson.fromString(json));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
