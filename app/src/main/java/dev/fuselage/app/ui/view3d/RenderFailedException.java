package dev.fuselage.app.ui.view3d;

/**
 * A frame the renderer could not draw. The 3D view hands it to the JavaFX thread's uncaught-exception handler
 * (the app's error reporter) once, then keeps its last frame and tries again at the next redraw.
 */
public final class RenderFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param renderer the renderer's description
     * @param cause    what the render thread threw
     */
    public RenderFailedException(String renderer, Throwable cause) {
        super("rendering failed on " + renderer, cause);
    }
}
