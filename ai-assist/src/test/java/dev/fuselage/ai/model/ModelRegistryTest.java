package dev.fuselage.ai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model folder and the runtime's session reuse, on the real YOLOX-Nano export. */
class ModelRegistryTest {
    private static final Path YOLOX = TestData.file("models/yolox_nano_coco.onnx");

    @Test
    void addInfersTheYoloxDescriptorAndListReadsItBack(@TempDir Path dir) throws Exception {
        ModelRegistry registry = new ModelRegistry(dir.resolve("models"));
        assertEquals(List.of(), registry.list());
        try (ModelRuntime runtime = new ModelRuntime(1)) {
            InstalledModel added = registry.add(YOLOX, Optional.empty(), runtime);
            assertTrue(added.usable());
            List<InstalledModel> listed = registry.list();
            assertEquals(1, listed.size());
            InstalledModel m = listed.get(0);
            assertEquals("yolox_nano_coco", m.name());
            assertEquals(added.descriptor(), m.descriptor());
            assertEquals(Optional.of("yolox_nano_coco.onnx"), m.descriptor().get().model());
            assertEquals(416, m.descriptor().get().input().width());
            // the installed copy opens like the original
            runtime.model(m.onnx(), m.descriptor().get());
        }
    }

    @Test
    void sessionsAreOpenedOnceAndReused() throws Exception {
        try (ModelRuntime runtime = new ModelRuntime(1)) {
            ModelDescriptor d = runtime.inferDescriptor(YOLOX);
            assertSame(runtime.model(YOLOX, d), runtime.model(YOLOX, d));
        }
    }

    @Test
    void brokenEntriesAreListedWithTheirProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("half.json"), "{");
        ModelDescriptorJson.write(YoloxCoco.descriptor("gone", 416).withModel("gone.onnx"), dir.resolve("gone.json"));
        List<InstalledModel> listed = new ModelRegistry(dir).list();
        assertEquals(2, listed.size());
        assertEquals("gone", listed.get(0).name());
        assertEquals(Optional.of("gone.onnx: no such file"), listed.get(0).problem());
        assertFalse(listed.get(1).usable());
        assertTrue(listed.get(1).problem().orElseThrow().startsWith("half.json: malformed JSON"));
    }

    @Test
    void aFileThatIsNoModelIsRefused(@TempDir Path dir) throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.onnx"), "not a model");
        try (ModelRuntime runtime = new ModelRuntime(1)) {
            ModelException e = assertThrows(ModelException.class,
                    () -> new ModelRegistry(dir.resolve("m")).add(fake, Optional.empty(), runtime));
            assertTrue(e.getMessage().startsWith("fake.onnx: not a usable ONNX model"), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("m").resolve("fake.onnx")));
    }
}
