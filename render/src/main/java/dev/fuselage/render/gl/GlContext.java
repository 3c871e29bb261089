package dev.fuselage.render.gl;

import java.util.ArrayList;
import java.util.List;

/**
 * An OpenGL 3.3 core context current on the thread that created it. Rendering goes to an FBO, so the context
 * needs no visible surface.
 */
public interface GlContext extends AutoCloseable {
    /** How the context was made, e.g. {@code "EGL surfaceless"}. */
    String kind();

    /** Releases and destroys the context; call on the owning thread. */
    @Override
    void close();

    /**
     * Creates a context and makes it current on the calling thread: a hidden GLFW window when a display is
     * available (DISPLAY or WAYLAND_DISPLAY set), else — or if that fails — Mesa's surfaceless EGL platform.
     *
     * @throws GlUnavailableException with every attempt's reason when nothing works
     */
    static GlContext createCurrent() {
        List<String> failures = new ArrayList<>();
        String display = System.getenv("DISPLAY"), wayland = System.getenv("WAYLAND_DISPLAY");
        if ((display != null && !display.isEmpty()) || (wayland != null && !wayland.isEmpty())) {
            try {
                return GlfwHiddenContext.create();
            } catch (GlUnavailableException | LinkageError e) {
                failures.add("GLFW hidden window: " + e.getMessage());
            }
        } else {
            failures.add("GLFW hidden window: skipped, no DISPLAY or WAYLAND_DISPLAY");
        }
        try {
            return EglSurfacelessContext.create();
        } catch (GlUnavailableException | LinkageError e) {
            failures.add("EGL surfaceless: " + e.getMessage());
        }
        throw new GlUnavailableException("no OpenGL context: " + String.join("; ", failures));
    }
}
