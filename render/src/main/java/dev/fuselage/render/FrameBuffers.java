package dev.fuselage.render;

import dev.fuselage.render.camera.RenderCamera;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * The two output buffers a renderer alternates between (see {@link FrameImage}), reallocated only when the
 * viewport size changes. Used by the backends on their render thread.
 */
public final class FrameBuffers {
    private final ByteBuffer[] slots = new ByteBuffer[2];
    private int width;
    private int height;
    private int next;
    private long frameNumber;

    /** The buffer to draw the next frame into, as ints; call {@link #publish} when it is complete. */
    public IntBuffer acquire(int w, int h) {
        if (w != width || h != height) {
            width = w;
            height = h;
            slots[0] = ByteBuffer.allocateDirect(w * h * 4).order(ByteOrder.nativeOrder());
            slots[1] = ByteBuffer.allocateDirect(w * h * 4).order(ByteOrder.nativeOrder());
        }
        return slots[next].duplicate().order(ByteOrder.nativeOrder()).asIntBuffer();
    }

    /** The same buffer as {@link #acquire} returned, as bytes. */
    public ByteBuffer acquiredBytes() {
        return slots[next].duplicate().order(ByteOrder.nativeOrder());
    }

    /**
     * Hands the acquired buffer out as a frame and flips to the other one.
     *
     * @param pointsDrawn   points in the image
     * @param pointsVisible points a full-detail frame of this view draws
     * @param plan          what the frame was asked to draw
     * @param complete      true for a still frame at full detail
     */
    public FrameImage publish(long sceneVersion, RenderCamera camera, long pointsDrawn, long pointsVisible,
                              FramePlan plan, boolean complete, long startNanos) {
        FrameImage f = new FrameImage(slots[next], width, height, ++frameNumber, sceneVersion, camera, pointsDrawn,
                pointsVisible, plan, complete, System.nanoTime() - startNanos);
        next ^= 1;
        return f;
    }
}
