package dev.fuselage.core.select;

/**
 * A rectangle drag: positions with {@code x0 <= x <= x1} and {@code y0 <= y <= y1}, whichever corner the drag
 * started at.
 *
 * @param x0 left edge
 * @param y0 top edge
 * @param x1 right edge
 * @param y1 bottom edge
 */
public record ScreenRect(float x0, float y0, float x1, float y1) implements ScreenRegion {

    /** The rectangle spanned by two drag corners. */
    public static ScreenRect spanning(float ax, float ay, float bx, float by) {
        return new ScreenRect(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }

    @Override
    public boolean contains(float x, float y) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }

    @Override
    public float minX() {
        return x0;
    }

    @Override
    public float maxX() {
        return x1;
    }

    @Override
    public float minY() {
        return y0;
    }

    @Override
    public float maxY() {
        return y1;
    }
}
