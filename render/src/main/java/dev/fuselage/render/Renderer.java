package dev.fuselage.render;

import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.pick.Picker;
import dev.fuselage.render.scene.Scene;
import java.util.concurrent.CompletableFuture;

/**
 * Draws a {@link Scene} through a {@link RenderCamera} into {@link FrameImage}s. Implementations own one render
 * thread; all drawing happens there, and the caller's thread is never blocked by {@link #requestFrame}.
 *
 * <p>Frames are drawn on demand: when neither the scene's version, the camera nor the interactive flag changed
 * since the last frame, the last frame is returned again without drawing. While {@code interactive} is true
 * (the camera is being dragged) clouds above the scene's point budget are drawn through their level-of-detail
 * index; a request with {@code interactive = false} refines to every point.
 */
public interface Renderer extends AutoCloseable {
    /** Which backend this is. */
    Backend backend();

    /** A one-line description, e.g. {@code "OpenGL 4.5 (Mesa) llvmpipe"} or {@code "CPU splatter, 2 threads"}. */
    String description();

    /** The scene this renderer draws; edit it from any thread. */
    Scene scene();

    /**
     * Asks for a frame. Returns at once; the future completes on the render thread. Requests that pile up while a
     * frame is drawing are merged: they all complete with one frame drawn for the latest camera.
     */
    CompletableFuture<FrameImage> requestFrame(RenderCamera camera, boolean interactive);

    /**
     * Sets the frame-time target (milliseconds): moving frames then draw the point budget that keeps it, adapted
     * from the frames just drawn, and {@link #requestFrame} with {@code interactive = false} draws the still frame
     * progressively, one step of about the target per request, until {@link FrameImage#complete()}; ask again
     * while it is not. NaN or a value not positive turns it off: the scene's fixed budget while moving and whole
     * still frames (the default). Any thread.
     */
    void setFrameTarget(double millis);

    /** The frame-time target in milliseconds, NaN when off. */
    double frameTarget();

    /**
     * Draws (if anything changed) and waits for the frame: for headless use and tests. A still frame
     * ({@code interactive = false}) is always drawn at full detail in one go.
     */
    FrameImage renderNow(RenderCamera camera, boolean interactive);

    /**
     * The point and the box under a window position (pixels from the top-left, as in {@link FrameImage}): the
     * nearest visible point whose square covers the pixel, else the point nearest in pixels within
     * {@code radiusPx}; and the nearest box the pick ray enters. Works on the full clouds, not the LOD sample.
     */
    default PickResult pick(RenderCamera camera, double x, double y, int radiusPx) {
        return Picker.pick(scene().snapshot(), camera, x, y, radiusPx);
    }

    /** Stops the render thread and frees everything it allocated (GPU objects included). */
    @Override
    void close();
}
