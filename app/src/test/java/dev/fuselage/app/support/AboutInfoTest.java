package dev.fuselage.app.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.Scene;
import org.junit.jupiter.api.Test;

/** Help > About's facts. */
class AboutInfoTest {
    @Test
    void namesTheVersionsAndTheCpuRenderer() {
        try (CpuRenderer cpu = new CpuRenderer(new Scene())) {
            AboutInfo info = AboutInfo.collect(cpu);
            assertTrue(info.fuselage().matches("\\d+\\.\\d+\\.\\d+.*"), "Maven filled in the version: "
                    + info.fuselage());
            assertEquals(Runtime.version().toString().split("\\+")[0].split("-")[0],
                    info.java().split(" ")[0].split("-")[0]);
            assertEquals("CPU renderer", info.renderer());
            assertTrue(info.text().contains("ONNX Runtime: " + info.onnxRuntime()));
        }
    }

    @Test
    void anAbsentOnnxRuntimeIsNotInstalled() {
        assertEquals(AboutInfo.NOT_INSTALLED, AboutInfo.onnxRuntimeVersion("ai.onnxruntime.NoSuchEnvironment"));
        boolean present;
        try {
            Class.forName(AboutInfo.ONNX_ENVIRONMENT);
            present = true;
        } catch (ClassNotFoundException e) {
            present = false;
        }
        String actual = AboutInfo.onnxRuntimeVersion(AboutInfo.ONNX_ENVIRONMENT);
        if (present) {
            assertTrue(actual.matches("\\d+\\.\\d+\\.\\d+.*"), actual);
        } else {
            assertEquals(AboutInfo.NOT_INSTALLED, actual);
        }
        assertFalse(actual.isBlank());
    }
}
