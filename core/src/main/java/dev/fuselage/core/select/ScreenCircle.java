package dev.fuselage.core.select;

/**
 * One brush dab: positions within {@code radius} pixels of the centre. The radius is in screen pixels, so the
 * brush covers the same screen area however far the camera is.
 *
 * @param cx     centre x
 * @param cy     centre y
 * @param radius radius in pixels
 */
public record ScreenCircle(float cx, float cy, float radius) implements ScreenRegion {
    public ScreenCircle {
        if (!(radius >= 0)) {
            throw new IllegalArgumentException("brush radius must be >= 0: " + radius);
        }
    }

    @Override
    public boolean contains(float x, float y) {
        float dx = x - cx, dy = y - cy;
        return dx * dx + dy * dy <= radius * radius;
    }

    @Override
    public float minX() {
        return cx - radius;
    }

    @Override
    public float maxX() {
        return cx + radius;
    }

    @Override
    public float minY() {
        return cy - radius;
    }

    @Override
    public float maxY() {
        return cy + radius;
    }
}
