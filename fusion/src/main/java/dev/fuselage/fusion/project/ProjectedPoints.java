package dev.fuselage.fusion.project;

import java.util.Arrays;

/**
 * Reusable output of {@link PointProjector}: for point {@code i} of the last projected cloud, pixel
 * {@code (u[i], v[i])} and camera depth {@code depth[i]} (camera z, metres; negative behind the camera, NaN for NaN
 * points), plus the ascending indices of the visible points. A point is visible when it is in front of the
 * camera's near limit, inside the lens model's valid field and on the image; {@code u[i]} and {@code v[i]} are NaN
 * for every point that is not visible, so {@code !Float.isNaN(u[i])} is the visibility mask.
 *
 * <p>Allocate one per camera view and reuse it every frame: arrays only grow. Not thread-safe.
 */
public final class ProjectedPoints {
    private float[] u = new float[0];
    private float[] v = new float[0];
    private float[] depth = new float[0];
    private int[] visible = new int[0];
    private int size;
    int visibleCount;

    /** Makes room for {@code n} points and sets the size; existing arrays are reused when large enough. */
    public ProjectedPoints resize(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative size " + n);
        }
        if (u.length < n) {
            u = new float[n];
            v = new float[n];
            depth = new float[n];
            visible = new int[n];
        }
        size = n;
        visibleCount = 0;
        return this;
    }

    /** Number of points of the last projection. */
    public int size() {
        return size;
    }

    /** Pixel columns (valid up to {@link #size()}; the array may be longer). */
    public float[] u() {
        return u;
    }

    /** Pixel rows. */
    public float[] v() {
        return v;
    }

    /** Camera depths (z along the optical axis). */
    public float[] depth() {
        return depth;
    }

    /** Indices of the visible points, ascending, valid up to {@link #visibleCount()}. */
    public int[] visibleIndices() {
        return visible;
    }

    public int visibleCount() {
        return visibleCount;
    }

    /** Whether point {@code i} landed on the image. */
    public boolean isVisible(int i) {
        return !Float.isNaN(u[i]);
    }

    /** A copy of the visible indices, exactly {@link #visibleCount()} long. */
    public int[] visibleIndicesCopy() {
        return Arrays.copyOf(visible, visibleCount);
    }
}
