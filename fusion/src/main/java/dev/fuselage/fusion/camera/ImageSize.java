package dev.fuselage.fusion.camera;

/** Image size in pixels; both sides at least 1. */
public record ImageSize(int width, int height) {
    public ImageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive: " + width + " x " + height);
        }
    }

    /** Whether a pixel position lies on the image, [0, width] × [0, height]. */
    public boolean contains(double u, double v) {
        return u >= 0 && u <= width && v >= 0 && v <= height;
    }
}
