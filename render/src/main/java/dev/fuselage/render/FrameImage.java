package dev.fuselage.render;

import dev.fuselage.render.camera.RenderCamera;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * One rendered frame: {@code width x height} pixels, rows top to bottom, as a direct native-order
 * {@link IntBuffer} of INT_ARGB_PRE values (every pixel is opaque, so premultiplied and straight ARGB coincide).
 * The same memory seen as bytes ({@link #bytes()}) is BGRA_PRE on little-endian machines. This is the layout
 * JavaFX's {@code PixelBuffer} with {@code PixelFormat.getIntArgbPreInstance()} reads, so the app can wrap the
 * buffer without a per-pixel copy.
 *
 * <p><b>Double buffering.</b> A renderer owns two such buffers per viewport size and alternates between them: the
 * buffer of frame N is written again when frame N+2 is drawn. Wrap each distinct {@link #pixels()} buffer in a
 * {@code PixelBuffer} once and show whichever the latest frame names; finish handing frame N to the screen before
 * requesting frame N+2.
 */
public final class FrameImage {
    private final int width;
    private final int height;
    private final IntBuffer pixels;
    private final ByteBuffer bytes;
    private final long frameNumber;
    private final long sceneVersion;
    private final RenderCamera camera;
    private final long pointsDrawn;
    private final long pointsVisible;
    private final FramePlan plan;
    private final boolean complete;
    private final long renderNanos;
    private final long finishedNanos = System.nanoTime();

    FrameImage(ByteBuffer bytes, int width, int height, long frameNumber, long sceneVersion, RenderCamera camera,
               long pointsDrawn, long pointsVisible, FramePlan plan, boolean complete, long renderNanos) {
        this.width = width;
        this.height = height;
        this.bytes = bytes;
        this.pixels = bytes.duplicate().order(bytes.order()).asIntBuffer();
        this.frameNumber = frameNumber;
        this.sceneVersion = sceneVersion;
        this.camera = camera;
        this.pointsDrawn = pointsDrawn;
        this.pointsVisible = pointsVisible;
        this.plan = plan;
        this.complete = complete;
        this.renderNanos = renderNanos;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, ARGB premultiplied, row-major from the top-left; a view, position 0. Do not write. */
    public IntBuffer pixels() {
        return pixels.duplicate();
    }

    /**
     * Identity of the renderer-owned memory behind this frame: equal (same object) for frames drawn into the same
     * buffer, so a UI can wrap each buffer once (e.g. in a JavaFX {@code PixelBuffer}) and reuse the wrapper.
     */
    public Object bufferKey() {
        return bytes;
    }

    /** The same memory as bytes (B, G, R, A per pixel on little-endian machines). */
    public ByteBuffer bytes() {
        return bytes.duplicate().order(bytes.order());
    }

    /** ARGB of one pixel (x from the left, y from the top). */
    public int argb(int x, int y) {
        return pixels.get(y * width + x);
    }

    /** A copy of all pixels as an ARGB array. */
    public int[] toArgbArray() {
        int[] out = new int[width * height];
        pixels.duplicate().get(out);
        return out;
    }

    /** Increases by one for every frame a renderer draws. */
    public long frameNumber() {
        return frameNumber;
    }

    /** Scene version the frame shows. */
    public long sceneVersion() {
        return sceneVersion;
    }

    /** The camera it was drawn with. */
    public RenderCamera camera() {
        return camera;
    }

    /**
     * Points in the image (after culling and level of detail; for a step of a progressive still frame, all steps
     * so far).
     */
    public long pointsDrawn() {
        return pointsDrawn;
    }

    /** Points in the chunks that meet the view frustum: what a full-detail frame draws. */
    public long pointsVisible() {
        return pointsVisible;
    }

    /** What this frame was asked to draw: its kind and point budget. */
    public FramePlan plan() {
        return plan;
    }

    /**
     * True when this is a still frame at full detail (every visible point drawn); false for moving frames and for
     * the steps of a still frame that is still filling in.
     */
    public boolean complete() {
        return complete;
    }

    /** Draw plus hand-off time on the render thread (for a refinement step: that step alone). */
    public double renderMillis() {
        return renderNanos / 1e6;
    }

    /**
     * {@link System#nanoTime()} when the frame was finished on the render thread: against the time it reaches the
     * screen it gives the hand-off delay (same process only).
     */
    public long finishedNanos() {
        return finishedNanos;
    }

    /** A copy as a {@link BufferedImage} (TYPE_INT_ARGB). */
    public BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, width, height, toArgbArray(), 0, width);
        return img;
    }

    /** Writes a PNG (for the command line and tests). */
    public void writePng(Path file) {
        try {
            if (!ImageIO.write(toBufferedImage(), "png", file.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "FrameImage[#" + frameNumber + ", " + width + "x" + height + ", " + plan.kind() + ", " + pointsDrawn
                + " of " + pointsVisible + " points" + (complete ? ", complete, " : ", ")
                + String.format(java.util.Locale.ROOT, "%.2f ms]", renderMillis());
    }
}
