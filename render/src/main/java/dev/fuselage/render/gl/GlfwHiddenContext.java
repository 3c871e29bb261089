package dev.fuselage.render.gl;

import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_VERSION_MAJOR;
import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_VERSION_MINOR;
import static org.lwjgl.glfw.GLFW.GLFW_FALSE;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_CORE_PROFILE;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_PROFILE;
import static org.lwjgl.glfw.GLFW.GLFW_VISIBLE;
import static org.lwjgl.glfw.GLFW.glfwCreateWindow;
import static org.lwjgl.glfw.GLFW.glfwDefaultWindowHints;
import static org.lwjgl.glfw.GLFW.glfwDestroyWindow;
import static org.lwjgl.glfw.GLFW.glfwInit;
import static org.lwjgl.glfw.GLFW.glfwMakeContextCurrent;
import static org.lwjgl.glfw.GLFW.glfwSetErrorCallback;
import static org.lwjgl.glfw.GLFW.glfwWindowHint;

import org.lwjgl.glfw.GLFWErrorCallback;
import org.lwjgl.opengl.GL;

/**
 * A context from an invisible 1x1 GLFW window: the usual way on a desktop with X11 or Wayland, where it picks
 * the real GPU driver. Drawing goes to an FBO, so the window is never shown.
 */
public final class GlfwHiddenContext implements GlContext {
    private static final Object LOCK = new Object();
    private static boolean initialized;
    private final long window;

    private GlfwHiddenContext(long window) {
        this.window = window;
    }

    /** Creates the window and makes its context current on the calling thread. */
    public static GlfwHiddenContext create() {
        StringBuilder errors = new StringBuilder();
        long window;
        synchronized (LOCK) {
            GLFWErrorCallback previous = glfwSetErrorCallback((code, description) ->
                    errors.append(GLFWErrorCallback.getDescription(description)).append(' '));
            try {
                if (!initialized && !glfwInit()) {
                    throw new GlUnavailableException("glfwInit failed: " + errors.toString().trim());
                }
                initialized = true;
                glfwDefaultWindowHints();
                glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
                glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
                glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
                glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
                window = glfwCreateWindow(1, 1, "fuselage-gl", 0, 0);
                if (window == 0) {
                    throw new GlUnavailableException("no 3.3 core window: " + errors.toString().trim());
                }
            } finally {
                GLFWErrorCallback cb = glfwSetErrorCallback(previous);
                if (cb != null) {
                    cb.free();
                }
            }
        }
        glfwMakeContextCurrent(window);
        GL.createCapabilities();
        return new GlfwHiddenContext(window);
    }

    @Override
    public String kind() {
        return "GLFW hidden window";
    }

    @Override
    public void close() {
        GL.setCapabilities(null);
        glfwMakeContextCurrent(0);
        synchronized (LOCK) {
            glfwDestroyWindow(window);
        }
    }
}
