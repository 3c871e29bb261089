package dev.fuselage.render.scene;

import java.util.Objects;

/**
 * How every cloud's points look: colour mode, point size, filter and highlight colour.
 *
 * @param mode           colour mode
 * @param singleColor    ARGB for {@link ColorMode#SINGLE} and for modes whose column is missing
 * @param pointSize      side of the square each point covers, in pixels (1..64)
 * @param heightMin      lower end of the HEIGHT ramp in world z, or NaN for the cloud's minimum
 * @param heightMax      upper end, or NaN for the cloud's maximum
 * @param palette        semantic class colours
 * @param filter         points to dim or hide
 * @param highlightColor ARGB of selected (highlighted) points
 */
public record PointStyle(ColorMode mode, int singleColor, int pointSize, double heightMin, double heightMax,
                         ClassPalette palette, PointFilter filter, int highlightColor) {
    /** Height colouring, 1 px points, no filter, yellow highlight. */
    public static final PointStyle DEFAULT = new PointStyle(ColorMode.HEIGHT, 0xFFE0E0E0, 1, Double.NaN,
            Double.NaN, ClassPalette.hashed(), PointFilter.NONE, 0xFFFFEE00);

    public PointStyle {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(filter, "filter");
        if (pointSize < 1 || pointSize > 64) {
            throw new IllegalArgumentException("point size must be 1..64 px: " + pointSize);
        }
    }

    public PointStyle withMode(ColorMode m) {
        return new PointStyle(m, singleColor, pointSize, heightMin, heightMax, palette, filter, highlightColor);
    }

    public PointStyle withPointSize(int px) {
        return new PointStyle(mode, singleColor, px, heightMin, heightMax, palette, filter, highlightColor);
    }

    public PointStyle withSingleColor(int argb) {
        return new PointStyle(mode, argb, pointSize, heightMin, heightMax, palette, filter, highlightColor);
    }

    public PointStyle withFilter(PointFilter f) {
        return new PointStyle(mode, singleColor, pointSize, heightMin, heightMax, palette, f, highlightColor);
    }

    public PointStyle withPalette(ClassPalette p) {
        return new PointStyle(mode, singleColor, pointSize, heightMin, heightMax, p, filter, highlightColor);
    }

    public PointStyle withHeightRange(double min, double max) {
        return new PointStyle(mode, singleColor, pointSize, min, max, palette, filter, highlightColor);
    }
}
