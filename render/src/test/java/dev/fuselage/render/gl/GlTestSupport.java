package dev.fuselage.render.gl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fuselage.render.scene.Scene;

/** Opens a GL renderer or skips the test — only when no context can be created at all, saying why. */
public final class GlTestSupport {
    private GlTestSupport() {
    }

    public static GlRenderer open(Scene scene) {
        GlProbe.Result probe = GlProbe.probe();
        if (!probe.available()) {
            System.out.println("SKIPPING GL test: " + probe.failure());
        }
        assumeTrue(probe.available(), () -> "no OpenGL context: " + probe.failure());
        return new GlRenderer(scene);
    }
}
