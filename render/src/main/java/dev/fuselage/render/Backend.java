package dev.fuselage.render;

/** The two implementations of {@link Renderer}. */
public enum Backend {
    /** OpenGL through LWJGL, one context on its own thread. */
    GL,
    /** Multi-threaded Java point splatting into a packed depth|colour buffer. */
    CPU
}
