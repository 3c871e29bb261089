package dev.fuselage.app.ui.view3d;

import dev.fuselage.render.FrameImage;
import java.nio.IntBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The bridge from renderer pixels to JavaFX: wraps each distinct frame buffer the renderer hands out (it
 * double-buffers) in a {@link PixelBuffer} once, and shows the latest frame by swapping the image view's image
 * and marking the buffer dirty — no per-pixel copy in Java. JavaFX thread only.
 */
final class FramePresenter {
    private final ImageView view;
    private final Map<Object, WrappedBuffer> wrapped = new IdentityHashMap<>();
    private FrameImage shown;

    private record WrappedBuffer(PixelBuffer<IntBuffer> buffer, WritableImage image) {
    }

    FramePresenter(ImageView view) {
        this.view = view;
    }

    /** The frame currently on screen, or null. */
    FrameImage shown() {
        return shown;
    }

    /** Shows a frame; must be called on the JavaFX thread. */
    void show(FrameImage frame) {
        Object key = frame.bufferKey();
        WrappedBuffer w = wrapped.get(key);
        if (w == null || w.buffer().getWidth() != frame.width() || w.buffer().getHeight() != frame.height()) {
            if (wrapped.size() > 8) {
                wrapped.clear(); // viewport resized many times: drop wrappers of buffers the renderer freed
            }
            PixelBuffer<IntBuffer> pb = new PixelBuffer<>(frame.width(), frame.height(), frame.pixels(),
                    PixelFormat.getIntArgbPreInstance());
            w = new WrappedBuffer(pb, new WritableImage(pb));
            wrapped.put(key, w);
        }
        w.buffer().updateBuffer(b -> null); // whole buffer changed: Prism re-uploads it on the next pulse
        view.setImage(w.image());
        shown = frame;
    }
}
