package dev.fuselage.render.gl;

import java.util.Locale;

/**
 * What an OpenGL context reports about itself.
 *
 * @param vendor   GL_VENDOR
 * @param renderer GL_RENDERER, e.g. {@code "llvmpipe (LLVM 15.0.6, 256 bits)"}
 * @param version  GL_VERSION
 * @param context  how the context was created
 */
public record GlInfo(String vendor, String renderer, String version, String context) {
    /** True for software rasterizers (llvmpipe, softpipe, SwiftShader, ...), which the CPU splatter outruns. */
    public boolean software() {
        String r = renderer.toLowerCase(Locale.ROOT);
        return r.contains("llvmpipe") || r.contains("softpipe") || r.contains("swiftshader")
                || r.contains("software") || r.contains("swrast");
    }

    @Override
    public String toString() {
        return "OpenGL " + version + " on " + renderer + " (" + vendor + ", " + context + ")";
    }
}
