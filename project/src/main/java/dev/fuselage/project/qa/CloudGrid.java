package dev.fuselage.project.qa;

import dev.fuselage.core.cloud.PointCloud;

/**
 * A frame's points bucketed by a 2D grid over x and y (counting sort, built once per frame), so the per-box checks
 * visit only the points near each box instead of the whole cloud. Coordinates are the cloud's own (without its
 * origin). Cells are {@value #CELL} m, coarser for clouds spread so wide that the grid would pass about 4 M cells.
 */
final class CloudGrid {
    static final double CELL = 1.0;
    private static final int MAX_CELLS = 1 << 22;

    final PointCloud cloud;
    private final double minX;
    private final double minY;
    private final double cell;
    private final int nx;
    private final int ny;
    /** Points of cell c are {@code order[start[c]] .. order[start[c + 1] - 1]}. */
    final int[] start;
    final int[] order;

    private CloudGrid(PointCloud cloud, double minX, double minY, double cell, int nx, int ny, int[] start,
                      int[] order) {
        this.cloud = cloud;
        this.minX = minX;
        this.minY = minY;
        this.cell = cell;
        this.nx = nx;
        this.ny = ny;
        this.start = start;
        this.order = order;
    }

    static CloudGrid of(PointCloud cloud) {
        float[] x = cloud.x(), y = cloud.y();
        int n = cloud.size();
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (Float.isFinite(x[i]) && Float.isFinite(y[i])) {
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
            }
        }
        if (minX > maxX) {
            return new CloudGrid(cloud, 0, 0, CELL, 1, 1, new int[] {0, 0}, new int[0]);
        }
        double cell = CELL;
        while (((maxX - minX) / cell + 1) * ((maxY - minY) / cell + 1) > MAX_CELLS) {
            cell *= 2;
        }
        int nx = (int) ((maxX - minX) / cell) + 1, ny = (int) ((maxY - minY) / cell) + 1;
        int[] start = new int[nx * ny + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            if (Float.isFinite(x[i]) && Float.isFinite(y[i])) {
                int c = (int) ((y[i] - minY) / cell) * nx + (int) ((x[i] - minX) / cell);
                cellOf[i] = c;
                start[c + 1]++;
            } else {
                cellOf[i] = -1;
            }
        }
        for (int c = 0; c < nx * ny; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = start.clone();
        int[] order = new int[start[nx * ny]];
        for (int i = 0; i < n; i++) {
            if (cellOf[i] >= 0) {
                order[fill[cellOf[i]]++] = i;
            }
        }
        return new CloudGrid(cloud, minX, minY, cell, nx, ny, start, order);
    }

    /** First cell column at or after local x (clamped). */
    int column(double x) {
        return (int) Math.max(0, Math.min(nx - 1, Math.floor((x - minX) / cell)));
    }

    /** First cell row at or after local y (clamped). */
    int row(double y) {
        return (int) Math.max(0, Math.min(ny - 1, Math.floor((y - minY) / cell)));
    }

    int columns() {
        return nx;
    }

    /** Whether a local x/y range misses the grid entirely. */
    boolean misses(double x0, double y0, double x1, double y1) {
        return x1 < minX || y1 < minY || x0 > minX + nx * cell || y0 > minY + ny * cell;
    }
}
