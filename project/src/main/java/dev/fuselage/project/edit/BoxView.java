package dev.fuselage.project.edit;

/**
 * The three orthogonal views of a box, each a plane of the box's own frame with screen axes {@code u} (right) and
 * {@code v} (up). Views look at the box from outside: from above, from its right side and from behind.
 */
public enum BoxView {
    /** From above: u = heading (local x), v = local y (left). */
    TOP,
    /** From the right side: u = heading (local x), v = z. */
    SIDE,
    /** From behind, looking along the heading: u = right (−local y), v = z. */
    REAR;

    /** Local x, y, z of a point at (u, v) of this view (the axis the view looks along left at 0). */
    public double[] toLocal(double u, double v) {
        return switch (this) {
            case TOP -> new double[] {u, v, 0};
            case SIDE -> new double[] {u, 0, v};
            case REAR -> new double[] {0, -u, v};
        };
    }

    /** Screen u of a local point. */
    public double u(double lx, double ly, double lz) {
        return this == REAR ? -ly : lx;
    }

    /** Screen v of a local point. */
    public double v(double lx, double ly, double lz) {
        return this == TOP ? ly : lz;
    }

    /** The box's extent along u: length, length or width. */
    public double sizeU(double length, double width, double height) {
        return this == REAR ? width : length;
    }

    /** The box's extent along v: width, height or height. */
    public double sizeV(double length, double width, double height) {
        return this == TOP ? width : height;
    }

    /** Title shown on the view. */
    public String title() {
        return switch (this) {
            case TOP -> "Top";
            case SIDE -> "Side";
            case REAR -> "Rear";
        };
    }
}
