package dev.fuselage.fusion.project;

import dev.fuselage.core.geometry.Box2D;
import dev.fuselage.core.geometry.Cuboid;
import java.util.Optional;

/**
 * Reusable result of {@link CuboidProjector}: the box's 12 edges as 2D pixel segments after clipping against the
 * near plane in camera space (edges with lens distortion arrive as several short segments each, following the
 * curve), the derived 2D box, visibility and truncation. Segments are not clipped to the image: the drawing code
 * clips. Not thread-safe; one per drawing thread, reused every frame.
 */
public final class CuboidProjection {
    private double[] segments = new double[48];
    private int[] segmentEdge = new int[12];
    private int segmentCount;
    final double[] corners = new double[16];
    final boolean[] cornerInFront = new boolean[8];
    int cornersInFront;
    boolean hasBox;
    double left, top, right, bottom;
    Visibility visibility = Visibility.BEHIND_CAMERA;
    double truncation = 1;
    double centreDepth;

    void reset(int maxSegments) {
        if (segmentEdge.length < maxSegments) {
            segments = new double[4 * maxSegments];
            segmentEdge = new int[maxSegments];
        }
        segmentCount = 0;
        cornersInFront = 0;
        hasBox = false;
        visibility = Visibility.BEHIND_CAMERA;
        truncation = 1;
    }

    void addSegment(int edge, double u0, double v0, double u1, double v1) {
        int o = 4 * segmentCount;
        segments[o] = u0;
        segments[o + 1] = v0;
        segments[o + 2] = u1;
        segments[o + 3] = v1;
        segmentEdge[segmentCount++] = edge;
    }

    /** Number of 2D segments. */
    public int segmentCount() {
        return segmentCount;
    }

    /** Segment {@code i} as {@code u0, v0, u1, v1} at {@code segments()[4i .. 4i+3]}. */
    public double[] segments() {
        return segments;
    }

    /** Which {@link Cuboid#EDGES} entry segment {@code i} belongs to (0–3 bottom, 4–7 top, 8–11 vertical). */
    public int segmentEdge(int i) {
        return segmentEdge[i];
    }

    /** Corner {@code c}'s pixel as {@code (u, v)} at {@code [2c, 2c+1]}; NaN for corners behind the near plane. */
    public double[] corners() {
        return corners;
    }

    /** Whether corner {@code c} (in {@link Cuboid#corners} order) lies in front of the near plane. */
    public boolean cornerInFront(int c) {
        return cornerInFront[c];
    }

    /** How many of the 8 corners lie in front of the near plane. */
    public int cornersInFront() {
        return cornersInFront;
    }

    /**
     * The derived 2D box: bounds of the visible projected hull (all clipped segment endpoints), clipped to the
     * image; empty when nothing lands on the image.
     */
    public Optional<Box2D> box() {
        return hasBox ? Optional.of(new Box2D(left, top, right, bottom)) : Optional.empty();
    }

    public boolean hasBox() {
        return hasBox;
    }

    public double boxLeft() {
        return left;
    }

    public double boxTop() {
        return top;
    }

    public double boxRight() {
        return right;
    }

    public double boxBottom() {
        return bottom;
    }

    public Visibility visibility() {
        return visibility;
    }

    /**
     * Fraction of the projected hull's bounding box that lies off the image, in [0, 1] (KITTI's "truncated"); 1
     * when nothing is visible. A box cut by the near plane counts as truncated even if its remainder fits.
     */
    public double truncation() {
        return truncation;
    }

    /** Camera depth (z) of the box centre; negative behind the camera. */
    public double centreDepth() {
        return centreDepth;
    }
}
