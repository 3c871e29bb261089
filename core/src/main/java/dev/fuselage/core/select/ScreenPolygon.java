package dev.fuselage.core.select;

import java.util.Arrays;

/**
 * A closed polygon on screen: a lasso (the mouse path) or a clicked polygon. Inside is decided by the even-odd
 * rule, so a self-crossing lasso leaves its doubly enclosed parts out, as a drawing program does.
 *
 * <p>The test for one position looks only at the edges that cross its pixel row ({@code floor(y)}), found in a
 * per-row index built once; a lasso of hundreds of vertices therefore costs a handful of edge tests per point.
 * Most positions do not even need those: a coverage map of the bounding box, built once, knows for every pixel that
 * no edge touches whether it lies wholly inside or outside (the even-odd parity cannot change within it), so only
 * positions in pixels along the outline run the edge tests. Both give the same answers.
 */
public final class ScreenPolygon implements ScreenRegion {
    private final float[] xs;
    private final float[] ys;
    private final float minX;
    private final float maxX;
    private final float minY;
    private final float maxY;
    private final int firstRow;
    /** Edges crossing row {@code firstRow + r} are {@code rowEdges[rowStart[r] .. rowStart[r + 1])}. */
    private final int[] rowStart;
    private final int[] rowEdges;
    /** Coverage of the bounding box's pixels ({@link #INSIDE}, {@link #OUTSIDE}, {@link #OUTLINE}); null if too big. */
    private final byte[] coverage;
    private final int firstColumn;
    private final int columns;

    private static final byte INSIDE = 1;
    private static final byte OUTSIDE = 2;
    private static final byte OUTLINE = 3;
    /** Largest bounding box, in pixels, that gets a coverage map (16 MB); larger ones test every edge. */
    private static final long MAX_COVERAGE_PIXELS = 1L << 24;
    /**
     * Pixels within this distance of an edge (besides those it crosses) count as outline: far more than the
     * rounding of {@link #crosses}, so a pixel marked inside or outside is that for the exact test too.
     */
    private static final double OUTLINE_MARGIN_PX = 1e-3;

    /**
     * A polygon through the vertices {@code (xs[i], ys[i])}, closed from the last back to the first.
     *
     * @throws IllegalArgumentException for fewer than 3 vertices, arrays of different length or non-finite values
     */
    public ScreenPolygon(float[] xs, float[] ys) {
        if (xs.length != ys.length || xs.length < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices with x and y each: "
                    + xs.length + " x, " + ys.length + " y");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        float x0 = Float.POSITIVE_INFINITY, x1 = Float.NEGATIVE_INFINITY;
        float y0 = Float.POSITIVE_INFINITY, y1 = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            if (!Float.isFinite(xs[i]) || !Float.isFinite(ys[i])) {
                throw new IllegalArgumentException("polygon vertex " + i + " is not finite");
            }
            x0 = Math.min(x0, xs[i]);
            x1 = Math.max(x1, xs[i]);
            y0 = Math.min(y0, ys[i]);
            y1 = Math.max(y1, ys[i]);
        }
        minX = x0;
        maxX = x1;
        minY = y0;
        maxY = y1;
        firstRow = (int) Math.floor(y0);
        int rows = (int) Math.floor(y1) - firstRow + 1;
        int[] counts = new int[rows + 1];
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            int r0 = (int) Math.floor(Math.min(ys[i], ys[j])) - firstRow;
            int r1 = (int) Math.floor(Math.max(ys[i], ys[j])) - firstRow;
            for (int r = r0; r <= r1; r++) {
                counts[r + 1]++;
            }
        }
        for (int r = 0; r < rows; r++) {
            counts[r + 1] += counts[r];
        }
        rowStart = counts.clone();
        rowEdges = new int[counts[rows]];
        int[] fill = Arrays.copyOf(counts, rows);
        for (int i = 0, j = n - 1; i < n; j = i++) {
            int r0 = (int) Math.floor(Math.min(ys[i], ys[j])) - firstRow;
            int r1 = (int) Math.floor(Math.max(ys[i], ys[j])) - firstRow;
            for (int r = r0; r <= r1; r++) {
                rowEdges[fill[r]++] = i;
            }
        }
        firstColumn = (int) Math.floor(x0);
        columns = (int) Math.floor(x1) - firstColumn + 1;
        coverage = (long) columns * rows <= MAX_COVERAGE_PIXELS ? coverage(rows) : null;
    }

    /**
     * Marks the pixels each edge passes through (within its pixel row, widened by {@link #OUTLINE_MARGIN_PX}) as
     * outline, then gives each run of pixels between outline pixels the exact answer at its first pixel's centre.
     */
    private byte[] coverage(int rows) {
        byte[] map = new byte[columns * rows];
        int n = xs.length;
        for (int r = 0; r < rows; r++) {
            int row = r * columns;
            double top = firstRow + r, bottom = top + 1;
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                int i = rowEdges[k];
                int j = i == 0 ? n - 1 : i - 1;
                double xa, xb;
                if (ys[i] == ys[j]) {
                    xa = xs[i];
                    xb = xs[j];
                } else { // the edge's x where it enters and leaves this row
                    double ya = Math.max(top, Math.min(ys[i], ys[j])), yb = Math.min(bottom, Math.max(ys[i], ys[j]));
                    double slope = ((double) xs[j] - xs[i]) / ((double) ys[j] - ys[i]);
                    xa = xs[i] + (ya - ys[i]) * slope;
                    xb = xs[i] + (yb - ys[i]) * slope;
                }
                int c0 = Math.max(0, (int) Math.floor(Math.min(xa, xb) - OUTLINE_MARGIN_PX) - firstColumn);
                int c1 = Math.min(columns - 1, (int) Math.floor(Math.max(xa, xb) + OUTLINE_MARGIN_PX) - firstColumn);
                for (int c = c0; c <= c1; c++) {
                    map[row + c] = OUTLINE;
                }
            }
            byte run = OUTLINE;
            for (int c = 0; c < columns; c++) {
                if (map[row + c] == OUTLINE) {
                    run = OUTLINE;
                    continue;
                }
                if (run == OUTLINE) {
                    run = edgeTest(firstColumn + c + 0.5f, (float) (top + 0.5)) ? INSIDE : OUTSIDE;
                }
                map[row + c] = run;
            }
        }
        return map;
    }

    /** Number of vertices. */
    public int size() {
        return xs.length;
    }

    @Override
    public boolean contains(float x, float y) {
        if (!(y >= minY && y <= maxY && x >= minX && x <= maxX)) {
            return false;
        }
        if (coverage != null) {
            byte c = coverage[((int) Math.floor(y) - firstRow) * columns + (int) Math.floor(x) - firstColumn];
            if (c != OUTLINE) {
                return c == INSIDE;
            }
        }
        return edgeTest(x, y);
    }

    /** The even-odd test over the edges crossing the pixel row of {@code (x, y)}, which must be in the bounds. */
    private boolean edgeTest(float x, float y) {
        int r = (int) Math.floor(y) - firstRow;
        boolean inside = false;
        int n = xs.length;
        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
            int i = rowEdges[k];
            int j = i == 0 ? n - 1 : i - 1;
            if (crosses(xs[i], ys[i], xs[j], ys[j], x, y)) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Whether the ray from {@code (x, y)} towards +x crosses edge {@code (xi, yi)–(xj, yj)} (even-odd rule). */
    static boolean crosses(float xi, float yi, float xj, float yj, float x, float y) {
        return (yi > y) != (yj > y) && x < ((double) xj - xi) * ((double) y - yi) / ((double) yj - yi) + xi;
    }

    @Override
    public float minX() {
        return minX;
    }

    @Override
    public float maxX() {
        return maxX;
    }

    @Override
    public float minY() {
        return minY;
    }

    @Override
    public float maxY() {
        return maxY;
    }
}
