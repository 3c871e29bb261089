package dev.fuselage.core.select;

/**
 * Which points under a screen region a selection takes: all of them ("through"), or only the visible surface.
 *
 * <p>Visible surface: the screen is cut into square cells of {@code cellPx} pixels (about the drawn point size); a
 * point is visible when its depth is at most the nearest depth in its cell plus {@code toleranceMetres}. Larger
 * cells hide more of what shows through gaps between near points; the tolerance keeps a surface seen at a grazing
 * angle (a road) whole.
 *
 * @param surfaceOnly     false: every point under the region
 * @param cellPx          depth cell size in pixels (>= 1), used when {@code surfaceOnly}
 * @param toleranceMetres how far behind the nearest point of its cell a point still counts as visible
 */
public record Visibility(boolean surfaceOnly, int cellPx, float toleranceMetres) {
    /** Every point under the region, whatever is in front of it. */
    public static final Visibility THROUGH = new Visibility(false, 1, 0);

    public Visibility {
        if (cellPx < 1 || !(toleranceMetres >= 0)) {
            throw new IllegalArgumentException("need cellPx >= 1 and toleranceMetres >= 0: " + cellPx + ", "
                    + toleranceMetres);
        }
    }

    /** Only the visible surface, with depth cells of {@code cellPx} pixels and the given tolerance. */
    public static Visibility surface(int cellPx, float toleranceMetres) {
        return new Visibility(true, cellPx, toleranceMetres);
    }
}
