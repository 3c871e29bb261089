package dev.fuselage.app.support;

import dev.fuselage.render.Renderer;
import dev.fuselage.render.gl.GlRenderer;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * What Help &gt; About shows: the versions of Fuselage, Java and JavaFX, the OpenGL renderer string (or "CPU
 * renderer") and the ONNX Runtime version ("not installed" when no ONNX Runtime is on the class path).
 *
 * @param fuselage    Fuselage's version
 * @param java        Java's version, vendor and VM
 * @param javafx      JavaFX's runtime version ("not loaded" outside the desktop app)
 * @param renderer    GL_RENDERER of the window's OpenGL context, or "CPU renderer"
 * @param onnxRuntime ONNX Runtime's version, or why there is none
 */
public record AboutInfo(String fuselage, String java, String javafx, String renderer, String onnxRuntime) {
    /** Marks an absent ONNX Runtime. */
    public static final String NOT_INSTALLED = "not installed";
    static final String ONNX_ENVIRONMENT = "ai.onnxruntime.OrtEnvironment";

    /**
     * Collects the facts for a window drawn by {@code renderer}. Looking up ONNX Runtime loads its native library
     * the first time: call this off the JavaFX thread.
     */
    public static AboutInfo collect(Renderer renderer) {
        return new AboutInfo(BuildInfo.version(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")",
                System.getProperty("javafx.runtime.version", "not loaded"),
                rendererName(renderer), onnxRuntimeVersion(ONNX_ENVIRONMENT));
    }

    /** The label and value pairs, in the order shown and copied. */
    public List<String[]> rows() {
        return List.of(new String[] {"Fuselage", fuselage}, new String[] {"Java", java},
                new String[] {"JavaFX", javafx}, new String[] {"Renderer", renderer},
                new String[] {"ONNX Runtime", onnxRuntime});
    }

    /** The rows as plain text, one per line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        rows().forEach(r -> sb.append(r[0]).append(": ").append(r[1]).append('\n'));
        return sb.toString();
    }

    static String rendererName(Renderer renderer) {
        if (renderer instanceof GlRenderer gl) {
            return gl.info().renderer();
        }
        return "CPU renderer";
    }

    /**
     * The version ONNX Runtime reports, found by reflection: the app does not depend on it, the AI features do,
     * and a build without them must still answer honestly.
     */
    static String onnxRuntimeVersion(String environmentClass) {
        Class<?> env;
        try {
            env = Class.forName(environmentClass);
        } catch (ClassNotFoundException | LinkageError e) {
            return NOT_INSTALLED;
        }
        try {
            Object instance = env.getMethod("getEnvironment").invoke(null);
            return String.valueOf(env.getMethod("getVersion").invoke(instance));
        } catch (InvocationTargetException e) {
            return "installed, but it failed to load: " + e.getCause();
        } catch (ReflectiveOperationException | LinkageError e) {
            return "installed, version unknown (" + e + ")";
        }
    }
}
