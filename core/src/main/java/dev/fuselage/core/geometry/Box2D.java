package dev.fuselage.core.geometry;

/**
 * An axis-aligned image rectangle in pixels, KITTI-style corners: {@code left <= right}, {@code top <= bottom},
 * with y growing downwards.
 */
public record Box2D(double left, double top, double right, double bottom) {
    public Box2D {
        if (!(left <= right && top <= bottom)) {
            throw new IllegalArgumentException("degenerate box: " + left + "," + top + "," + right + "," + bottom);
        }
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    public double area() {
        return width() * height();
    }

    /** Intersection over union with another box; 0 when they do not overlap. */
    public double iou(Box2D o) {
        double iw = Math.min(right, o.right) - Math.max(left, o.left);
        double ih = Math.min(bottom, o.bottom) - Math.max(top, o.top);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        return inter / (area() + o.area() - inter);
    }
}
