package dev.fuselage.render;

import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.gl.GlProbe;
import dev.fuselage.render.gl.GlRenderer;
import dev.fuselage.render.gl.GlUnavailableException;
import dev.fuselage.render.scene.Scene;

/**
 * Creates renderers from the user's {@link BackendChoice}. {@code AUTO} probes OpenGL once per process and takes
 * it only when a hardware GPU renders it; software GL (llvmpipe, softpipe, SwiftShader) is slower than the CPU
 * splatter, so then — and when there is no GL at all — it takes the CPU backend.
 */
public final class Renderers {
    private Renderers() {
    }

    /** A renderer over a new, empty scene. */
    public static Renderer create(BackendChoice choice) {
        return create(choice, new Scene());
    }

    /**
     * A renderer over an existing scene (several renderers may share one).
     *
     * @throws GlUnavailableException for {@code GL} when no context can be created
     */
    public static Renderer create(BackendChoice choice, Scene scene) {
        return switch (choice) {
            case CPU -> new CpuRenderer(scene);
            case GL -> new GlRenderer(scene);
            case AUTO -> autoBackend() == Backend.GL ? new GlRenderer(scene) : new CpuRenderer(scene);
        };
    }

    /** The backend {@code AUTO} picks here. */
    public static Backend autoBackend() {
        GlProbe.Result probe = GlProbe.probe();
        return probe.available() && !probe.info().software() ? Backend.GL : Backend.CPU;
    }

    /** Why {@code AUTO} picks what it picks, for logs and the about box. */
    public static String explainAuto() {
        GlProbe.Result probe = GlProbe.probe();
        if (!probe.available()) {
            return "CPU splatter: " + probe.failure();
        }
        return (probe.info().software() ? "CPU splatter: OpenGL is software-rendered (" : "OpenGL: hardware (")
                + probe.info() + ")";
    }
}
