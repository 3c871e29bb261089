package dev.fuselage.core.select;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A point set projected through one {@link ScreenCamera}: window position and depth of every point, plus a grid
 * index of the screen so a region visits only the points under its bounds. Built once per camera pose and reused
 * by every brush dab until the camera moves; the depth cells for {@link Visibility#surfaceOnly()} are built on
 * first use.
 *
 * <p>Only points on screen ({@code 0 <= x < width}, {@code 0 <= y < height}) and inside the depth range are
 * selectable; the others have {@code NaN} coordinates.
 */
public final class ScreenPoints {
    /** Grid cell size of the index, in pixels. */
    static final int GRID_PX = 16;
    private static final int PARALLEL_THRESHOLD = 200_000;
    private static final int CHUNK = 65_536;

    private final ScreenCamera camera;
    private final int count;
    private final float[] sx;
    private final float[] sy;
    private final float[] depth;
    private final int gridW;
    private final int gridH;
    private int[] cellStart;
    private int[] cellPoints;
    private int depthCellPx = -1;
    private float[] cellDepth;

    private ScreenPoints(ScreenCamera camera, int count, float[] sx, float[] sy, float[] depth) {
        this.camera = camera;
        this.count = count;
        this.sx = sx;
        this.sy = sy;
        this.depth = depth;
        this.gridW = (camera.width() + GRID_PX - 1) / GRID_PX;
        this.gridH = (camera.height() + GRID_PX - 1) / GRID_PX;
    }

    /** Builds the screen grid index on first use (a one-shot lasso never needs it). */
    private synchronized void ensureIndex() {
        if (cellStart != null) {
            return;
        }
        int cells = gridW * gridH;
        int[] start = new int[cells + 1];
        for (int i = 0; i < count; i++) {
            if (sx[i] == sx[i]) {
                start[cellOf(sx[i], sy[i]) + 1]++;
            }
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, cells);
        int[] points = new int[start[cells]];
        for (int i = 0; i < count; i++) {
            if (sx[i] == sx[i]) {
                points[fill[cellOf(sx[i], sy[i])]++] = i;
            }
        }
        cellStart = start;
        cellPoints = points;
    }

    /**
     * Projects points {@code 0..count-1} given as {@code origin + (x[i], y[i], z[i])} (the cloud's float offsets
     * from its double origin). Large sets are projected on several threads.
     *
     * @param drawn the points on view (null: all); hidden points neither get selected nor hide others
     */
    public static ScreenPoints project(float[] x, float[] y, float[] z, int count, double originX, double originY,
                                       double originZ, ScreenCamera camera, IntPredicate drawn) {
        float[] sx = new float[count];
        float[] sy = new float[count];
        float[] depth = new float[count];
        int chunks = (count + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        (count >= PARALLEL_THRESHOLD ? range.parallel() : range).forEach(c -> {
            float[] out = new float[3];
            int end = Math.min(count, (c + 1) * CHUNK);
            int w = camera.width(), h = camera.height();
            for (int i = c * CHUNK; i < end; i++) {
                if ((drawn == null || drawn.test(i)) && camera.project(originX + x[i], originY + y[i], originZ + z[i], out)
                        && out[0] >= 0 && out[0] < w && out[1] >= 0 && out[1] < h) {
                    sx[i] = out[0];
                    sy[i] = out[1];
                    depth[i] = out[2];
                } else {
                    sx[i] = Float.NaN;
                    sy[i] = Float.NaN;
                    depth[i] = Float.NaN;
                }
            }
        });
        return new ScreenPoints(camera, count, sx, sy, depth);
    }

    public ScreenCamera camera() {
        return camera;
    }

    public int count() {
        return count;
    }

    /** Window x of point {@code i}, NaN when it is not selectable. */
    public float x(int i) {
        return sx[i];
    }

    /** Window y of point {@code i}, NaN when it is not selectable. */
    public float y(int i) {
        return sy[i];
    }

    /** Depth of point {@code i} in metres, NaN when it is not selectable. */
    public float depth(int i) {
        return depth[i];
    }

    /**
     * The points inside {@code region} that {@code visibility} lets through, ascending. {@code mask}, when not
     * null, limits the candidates (e.g. classes hidden from view are not selectable).
     */
    public int[] select(ScreenRegion region, Visibility visibility, IntPredicate mask) {
        ensureIndex();
        float[] cells = visibility.surfaceOnly() ? depthCells(visibility.cellPx()) : null;
        int cellPx = visibility.cellPx();
        int depthW = (camera.width() + cellPx - 1) / cellPx;
        int gx0 = clamp((int) Math.floor(region.minX() / GRID_PX), gridW);
        int gx1 = clamp((int) Math.floor(region.maxX() / GRID_PX), gridW);
        int gy0 = clamp((int) Math.floor(region.minY() / GRID_PX), gridH);
        int gy1 = clamp((int) Math.floor(region.maxY() / GRID_PX), gridH);
        Hits hits = new Hits(count);
        for (int gy = gy0; gy <= gy1; gy++) {
            for (int gx = gx0; gx <= gx1; gx++) {
                int c = gy * gridW + gx;
                for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                    int i = cellPoints[k];
                    if (!region.contains(sx[i], sy[i])) {
                        continue;
                    }
                    if (cells != null) {
                        int dc = (int) (sy[i] / cellPx) * depthW + (int) (sx[i] / cellPx);
                        if (depth[i] > cells[dc] + visibility.toleranceMetres()) {
                            continue;
                        }
                    }
                    if (mask != null && !mask.test(i)) {
                        continue;
                    }
                    hits.add(i);
                }
            }
        }
        return hits.ascending();
    }

    /**
     * A one-shot selection (a lasso or rectangle release): projects and tests in one pass without building the
     * grid index, which only pays off for the many dabs of a brush stroke. Same result as
     * {@code project(...).select(region, visibility, null)}.
     */
    public static int[] selectOnce(float[] x, float[] y, float[] z, int count, double originX, double originY,
                                   double originZ, ScreenCamera camera, IntPredicate drawn, ScreenRegion region,
                                   Visibility visibility) {
        if (visibility.surfaceOnly()) {
            return project(x, y, z, count, originX, originY, originZ, camera, drawn).select(region, visibility, null);
        }
        int chunks = (count + CHUNK - 1) / CHUNK;
        Hits hits = new Hits(count);
        IntStream range = IntStream.range(0, chunks);
        (count >= PARALLEL_THRESHOLD ? range.parallel() : range).forEach(c -> selectChunk(x, y, z,
                c * CHUNK, Math.min(count, (c + 1) * CHUNK), originX, originY, originZ, camera, drawn, region, hits));
        return hits.ascending();
    }

    /**
     * The one-shot selection's inner loop over points {@code from..to-1}: {@link ScreenCamera#project} inlined with
     * the matrix in locals, the screen bounds tested before the depth range and without the depth value a lasso
     * does not need. The arithmetic is the same expression for expression, so both select the same points.
     */
    private static void selectChunk(float[] x, float[] y, float[] z, int from, int to, double originX,
                                    double originY, double originZ, ScreenCamera camera, IntPredicate drawn,
                                    ScreenRegion region, Hits hits) {
        double[] m = camera.viewProjectionMatrix();
        double m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3], m4 = m[4], m5 = m[5], m6 = m[6], m7 = m[7];
        double m8 = m[8], m9 = m[9], m10 = m[10], m11 = m[11], m12 = m[12], m13 = m[13], m14 = m[14], m15 = m[15];
        int w = camera.width(), h = camera.height();
        double halfW = 0.5 * w, halfH = 0.5 * h;
        // on screen and inside the region's bounds, in one test per axis
        float x0 = Math.max(0f, region.minX()), x1 = region.maxX(), y0 = Math.max(0f, region.minY());
        float y1 = region.maxY();
        for (int i = from; i < to; i++) {
            double px = originX + x[i], py = originY + y[i], pz = originZ + z[i];
            double cw = m3 * px + m7 * py + m11 * pz + m15;
            if (!(cw > 0)) {
                continue;
            }
            double inv = 1 / cw;
            float sx = (float) (((m0 * px + m4 * py + m8 * pz + m12) * inv + 1) * halfW);
            if (!(sx >= x0 && sx <= x1 && sx < w)) {
                continue;
            }
            float sy = (float) ((1 - (m1 * px + m5 * py + m9 * pz + m13) * inv) * halfH);
            if (!(sy >= y0 && sy <= y1 && sy < h)) {
                continue;
            }
            double nz = (m2 * px + m6 * py + m10 * pz + m14) * inv;
            if (nz >= -1 && nz <= 1 && (drawn == null || drawn.test(i)) && region.contains(sx, sy)) {
                hits.add(i); // chunks own whole 64-bit words (CHUNK is a multiple of 64): no races
            }
        }
    }

    /** Selected indices as a bit set, read out in ascending order without sorting. */
    private static final class Hits {
        private final long[] bits;

        Hits(int count) {
            bits = new long[(count + 63) >>> 6];
        }

        void add(int i) {
            bits[i >>> 6] |= 1L << i;
        }

        int[] ascending() {
            int n = 0;
            for (long b : bits) {
                n += Long.bitCount(b);
            }
            int[] out = new int[n];
            int k = 0;
            for (int wi = 0; wi < bits.length; wi++) {
                long b = bits[wi];
                while (b != 0) {
                    out[k++] = (wi << 6) + Long.numberOfTrailingZeros(b);
                    b &= b - 1;
                }
            }
            return out;
        }
    }

    /** Nearest depth per screen cell of {@code cellPx} pixels, built once per cell size. */
    private synchronized float[] depthCells(int cellPx) {
        if (cellPx != depthCellPx) {
            int w = (camera.width() + cellPx - 1) / cellPx;
            int h = (camera.height() + cellPx - 1) / cellPx;
            float[] cells = new float[w * h];
            Arrays.fill(cells, Float.POSITIVE_INFINITY);
            for (int i = 0; i < count; i++) {
                if (sx[i] == sx[i]) {
                    int c = (int) (sy[i] / cellPx) * w + (int) (sx[i] / cellPx);
                    if (depth[i] < cells[c]) {
                        cells[c] = depth[i];
                    }
                }
            }
            cellDepth = cells;
            depthCellPx = cellPx;
        }
        return cellDepth;
    }

    private int cellOf(float x, float y) {
        return (int) (y / GRID_PX) * gridW + (int) (x / GRID_PX);
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
