package dev.fuselage.render.gl;

/** No OpenGL context could be created; the message says what was tried and why each attempt failed. */
public final class GlUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GlUnavailableException(String message) {
        super(message);
    }

    public GlUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
