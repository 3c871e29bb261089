package dev.fuselage.render.gl;

import static org.lwjgl.opengl.GL11.GL_RENDERER;
import static org.lwjgl.opengl.GL11.GL_VENDOR;
import static org.lwjgl.opengl.GL11.GL_VERSION;
import static org.lwjgl.opengl.GL11.glGetString;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Creates a throw-away context once per process to learn whether OpenGL works and what renders it; the
 * {@code auto} backend choice uses the answer.
 */
public final class GlProbe {
    private static Result result;

    /** The probe's answer: {@code info} when a context could be made, else {@code failure} says why. */
    public record Result(GlInfo info, String failure) {
        public boolean available() {
            return info != null;
        }
    }

    private GlProbe() {
    }

    /** Probes on first call (on a short-lived thread, so the caller's thread never gets a context). */
    public static synchronized Result probe() {
        if (result == null) {
            AtomicReference<Result> out = new AtomicReference<>();
            Thread t = new Thread(() -> out.set(probeHere()), "fuselage-gl-probe");
            t.setDaemon(true);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(null, "interrupted while probing OpenGL");
            }
            result = out.get() != null ? out.get() : new Result(null, "OpenGL probe thread died");
        }
        return result;
    }

    private static Result probeHere() {
        try (GlContext ctx = GlContext.createCurrent()) {
            return new Result(query(ctx), null);
        } catch (GlUnavailableException | LinkageError | IllegalStateException e) {
            return new Result(null, String.valueOf(e.getMessage()));
        }
    }

    /** Reads the context's strings; call on the context's thread. */
    static GlInfo query(GlContext ctx) {
        return new GlInfo(String.valueOf(glGetString(GL_VENDOR)), String.valueOf(glGetString(GL_RENDERER)),
                String.valueOf(glGetString(GL_VERSION)), ctx.kind());
    }
}
