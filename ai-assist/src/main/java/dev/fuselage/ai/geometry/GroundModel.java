package dev.fuselage.ai.geometry;

import dev.fuselage.core.cloud.PointCloud;
import java.util.Arrays;

/**
 * The local ground height under a lidar scan, on a bird's-eye grid: each {@value #CELL} m cell keeps its second
 * lowest return (one stray return below the road must not sink it), and the ground of a cell is the lowest of those
 * within {@value #WINDOW} cells around it, so that a car, which hides the road under itself, still finds the road
 * beside it. A point is ground when it is less than {@link #DEFAULT_CLEARANCE} above its cell's ground.
 *
 * <p>Coordinates are the cloud's local ones (origin-relative floats), like every index-based algorithm here.
 * Immutable after construction; thread-safe to read.
 */
public final class GroundModel {
    /** Grid cell size, metres. */
    static final double CELL = 1.0;
    /** Half-width of the neighbourhood (cells) whose lowest return is a cell's ground. */
    static final int WINDOW = 2;
    /** A cell's low return this far (m) below its neighbourhood's median is an artefact under the road. */
    static final double SUNKEN = 0.5;
    /** Points up to this height above the ground (m) are ground: curbs and road camber stay below it. */
    public static final double DEFAULT_CLEARANCE = 0.25;

    private final int nx, ny;
    private final double minX, minY;
    private final float[] ground;
    private final float fallback;

    private GroundModel(int nx, int ny, double minX, double minY, float[] ground, float fallback) {
        this.nx = nx;
        this.ny = ny;
        this.minX = minX;
        this.minY = minY;
        this.ground = ground;
        this.fallback = fallback;
    }

    /** Estimates the ground of a whole cloud. */
    public static GroundModel of(PointCloud cloud) {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        int n = cloud.size();
        float x0 = Float.POSITIVE_INFINITY, y0 = Float.POSITIVE_INFINITY, x1 = Float.NEGATIVE_INFINITY,
                y1 = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (Float.isNaN(x[i] - x[i] + y[i] - y[i] + z[i] - z[i])) {
                continue;
            }
            x0 = Math.min(x0, x[i]);
            x1 = Math.max(x1, x[i]);
            y0 = Math.min(y0, y[i]);
            y1 = Math.max(y1, y[i]);
        }
        if (x0 > x1) {
            return new GroundModel(1, 1, 0, 0, new float[] {Float.NaN}, (float) -1.73);
        }
        int gx = (int) Math.floor((x1 - x0) / CELL) + 1, gy = (int) Math.floor((y1 - y0) / CELL) + 1;
        float[] low = new float[gx * gy], second = new float[gx * gy];
        Arrays.fill(low, Float.POSITIVE_INFINITY);
        Arrays.fill(second, Float.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            float pz = z[i];
            if (Float.isNaN(x[i] - x[i] + y[i] - y[i] + pz - pz)) {
                continue;
            }
            int c = (int) ((y[i] - y0) / CELL) * gx + (int) ((x[i] - x0) / CELL);
            if (pz < low[c]) {
                second[c] = low[c];
                low[c] = pz;
            } else if (pz < second[c]) {
                second[c] = pz;
            }
        }
        float[] cellLow = new float[gx * gy];
        for (int c = 0; c < cellLow.length; c++) {
            cellLow[c] = second[c] != Float.POSITIVE_INFINITY ? second[c] : low[c];
        }
        rejectSunkenCells(cellLow, gx, gy);
        float[] filtered = minFilter(cellLow, gx, gy, WINDOW);
        float[] finite = new float[filtered.length];
        int k = 0;
        for (float f : filtered) {
            if (f != Float.POSITIVE_INFINITY) {
                finite[k++] = f;
            }
        }
        Arrays.sort(finite, 0, k);
        float fallback = k == 0 ? (float) -1.73 : finite[k / 2];
        for (int c = 0; c < filtered.length; c++) {
            if (filtered[c] == Float.POSITIVE_INFINITY) {
                filtered[c] = Float.NaN;
            }
        }
        return new GroundModel(gx, gy, x0, y0, filtered, fallback);
    }

    /**
     * Lidars see "through" the road now and then (reflections off wet asphalt or glass put returns metres below it).
     * A cell whose low return lies more than {@link #SUNKEN} below the median low of its neighbourhood takes that
     * median instead, before the minimum filter could spread it.
     */
    private static void rejectSunkenCells(float[] low, int gx, int gy) {
        float[] window = new float[(2 * WINDOW + 1) * (2 * WINDOW + 1)];
        float[] fixed = low.clone();
        for (int j = 0; j < gy; j++) {
            for (int i = 0; i < gx; i++) {
                float v = low[j * gx + i];
                if (v == Float.POSITIVE_INFINITY) {
                    continue;
                }
                int n = 0;
                for (int b = Math.max(0, j - WINDOW); b <= Math.min(gy - 1, j + WINDOW); b++) {
                    for (int a = Math.max(0, i - WINDOW); a <= Math.min(gx - 1, i + WINDOW); a++) {
                        float w = low[b * gx + a];
                        if (w != Float.POSITIVE_INFINITY) {
                            window[n++] = w;
                        }
                    }
                }
                Arrays.sort(window, 0, n);
                float median = window[n / 2];
                if (v < median - SUNKEN) {
                    fixed[j * gx + i] = median;
                }
            }
        }
        System.arraycopy(fixed, 0, low, 0, low.length);
    }

    /** Separable running minimum over a (2r+1)² window; infinity marks empty cells. */
    private static float[] minFilter(float[] v, int gx, int gy, int r) {
        float[] rows = new float[v.length];
        for (int j = 0; j < gy; j++) {
            for (int i = 0; i < gx; i++) {
                float m = Float.POSITIVE_INFINITY;
                for (int d = Math.max(0, i - r); d <= Math.min(gx - 1, i + r); d++) {
                    m = Math.min(m, v[j * gx + d]);
                }
                rows[j * gx + i] = m;
            }
        }
        float[] out = new float[v.length];
        for (int j = 0; j < gy; j++) {
            for (int i = 0; i < gx; i++) {
                float m = Float.POSITIVE_INFINITY;
                for (int d = Math.max(0, j - r); d <= Math.min(gy - 1, j + r); d++) {
                    m = Math.min(m, rows[d * gx + i]);
                }
                out[j * gx + i] = m;
            }
        }
        return out;
    }

    /** Ground height (local z) under local {@code (x, y)}; outside the scanned area, the median ground. */
    public double heightAt(double x, double y) {
        int i = (int) Math.floor((x - minX) / CELL), j = (int) Math.floor((y - minY) / CELL);
        if (i < 0 || j < 0 || i >= nx || j >= ny) {
            return fallback;
        }
        float g = ground[j * nx + i];
        return Float.isNaN(g) ? fallback : g;
    }

    /** Whether local point {@code (x, y, z)} is within {@code clearance} of the ground (or below it). */
    public boolean isGround(double x, double y, double z, double clearance) {
        return z < heightAt(x, y) + clearance;
    }

    /**
     * Indices of the points that stand above the ground by more than {@code clearance} and less than
     * {@code maxHeight} (overhanging trees and wires are not objects to label), ascending.
     */
    public int[] objectPoints(PointCloud cloud, double clearance, double maxHeight) {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        int[] out = new int[cloud.size()];
        int n = 0;
        for (int i = 0; i < cloud.size(); i++) {
            if (Float.isNaN(x[i] - x[i] + y[i] - y[i] + z[i] - z[i])) {
                continue;
            }
            double above = z[i] - heightAt(x[i], y[i]);
            if (above >= clearance && above <= maxHeight) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
