package dev.fuselage.render.gl;

/**
 * Remembers the one thread that owns a GL context and checks that GL-touching code runs on it. The check is on
 * when assertions are enabled ({@code -ea}, as in every test run) or when the system property
 * {@code fuselage.gl.checkThread} is {@code true}; it throws {@link IllegalStateException} naming both threads, so
 * a GL call from the wrong thread fails loudly instead of crashing the JVM or drawing nothing.
 */
public final class GlThread {
    /** Whether {@link #check()} checks. */
    public static final boolean CHECKS = GlThread.class.desiredAssertionStatus()
            || Boolean.getBoolean("fuselage.gl.checkThread");
    private final Thread owner;

    /** Binds to the calling thread, which must be the one that made the context current. */
    public GlThread() {
        this.owner = Thread.currentThread();
    }

    public Thread owner() {
        return owner;
    }

    /** Throws when called from any thread but the owner (if checks are on). */
    public void check() {
        if (CHECKS && Thread.currentThread() != owner) {
            throw new IllegalStateException("GL call on thread '" + Thread.currentThread().getName()
                    + "'; only the render thread '" + owner.getName() + "' may touch the GL context");
        }
    }
}
