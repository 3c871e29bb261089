package dev.fuselage.project.dataset;

import java.util.Objects;

/**
 * A cuboid as one camera sees it: the derived 2D box (bounds of the visible projected hull, clipped to the image),
 * the hull itself as a polygon clipped to the image, and how much of it lies off the image.
 *
 * @param left       left edge, pixels
 * @param top        top edge, pixels
 * @param right      right edge, pixels
 * @param bottom     bottom edge, pixels
 * @param truncation fraction of the unclipped hull's bounding box that lies off the image, in [0, 1]
 * @param depth      camera depth of the box centre, metres (orders boxes for occlusion)
 * @param hull       convex polygon {@code x0, y0, x1, y1, ...} counter-clockwise in image coordinates, inside the
 *                   image
 */
public record ProjectedBox(double left, double top, double right, double bottom, double truncation, double depth,
                           double[] hull) {
    public ProjectedBox {
        Objects.requireNonNull(hull, "hull");
        if (hull.length % 2 != 0) {
            throw new IllegalArgumentException("hull needs x, y pairs, got " + hull.length + " values");
        }
        hull = hull.clone();
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    /** The hull polygon (a copy). */
    @Override
    public double[] hull() {
        return hull.clone();
    }

    /** Area of the hull polygon (shoelace formula), square pixels. */
    public double hullArea() {
        double a = 0;
        int n = hull.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a += hull[2 * i] * hull[2 * j + 1] - hull[2 * j] * hull[2 * i + 1];
        }
        return Math.abs(a) / 2;
    }
}
