package dev.fuselage.render.gl;

import static org.lwjgl.opengl.GL15.glDeleteBuffers;
import static org.lwjgl.opengl.GL15.glGenBuffers;
import static org.lwjgl.opengl.GL20.glDeleteProgram;
import static org.lwjgl.opengl.GL30.glDeleteFramebuffers;
import static org.lwjgl.opengl.GL30.glDeleteRenderbuffers;
import static org.lwjgl.opengl.GL30.glDeleteVertexArrays;
import static org.lwjgl.opengl.GL30.glGenFramebuffers;
import static org.lwjgl.opengl.GL30.glGenRenderbuffers;
import static org.lwjgl.opengl.GL30.glGenVertexArrays;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates and deletes GL objects and counts the live ones, so tests can prove nothing leaks across frames. Every
 * method that touches GL checks it runs on the render thread ({@link GlThread}).
 */
public final class GlResources {
    private final GlThread glThread;
    private final AtomicInteger live = new AtomicInteger();

    GlResources(GlThread glThread) {
        this.glThread = glThread;
    }

    /** Live buffers, vertex arrays, renderbuffers, framebuffers and programs together (any thread). */
    public int liveHandles() {
        return live.get();
    }

    public int genBuffer() {
        glThread.check();
        live.incrementAndGet();
        return glGenBuffers();
    }

    public void deleteBuffer(int id) {
        glThread.check();
        glDeleteBuffers(id);
        live.decrementAndGet();
    }

    public int genVertexArray() {
        glThread.check();
        live.incrementAndGet();
        return glGenVertexArrays();
    }

    public void deleteVertexArray(int id) {
        glThread.check();
        glDeleteVertexArrays(id);
        live.decrementAndGet();
    }

    public int genRenderbuffer() {
        glThread.check();
        live.incrementAndGet();
        return glGenRenderbuffers();
    }

    public void deleteRenderbuffer(int id) {
        glThread.check();
        glDeleteRenderbuffers(id);
        live.decrementAndGet();
    }

    public int genFramebuffer() {
        glThread.check();
        live.incrementAndGet();
        return glGenFramebuffers();
    }

    public void deleteFramebuffer(int id) {
        glThread.check();
        glDeleteFramebuffers(id);
        live.decrementAndGet();
    }

    /** Counts a program made by {@link GlProgram}. */
    void programCreated() {
        glThread.check();
        live.incrementAndGet();
    }

    public void deleteProgram(int id) {
        glThread.check();
        glDeleteProgram(id);
        live.decrementAndGet();
    }
}
