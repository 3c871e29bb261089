package dev.fuselage.render.scene;

import org.joml.FrustumIntersection;

/**
 * The result of {@link LodIndex#select}: {@link #spans()} runs of sorted points, span {@code i} covering
 * {@code [first[i], first[i] + count[i])}. Reused frame after frame (one per cloud per renderer), so its arrays
 * only grow.
 */
public final class LodSelection {
    final FrustumIntersection frustum = new FrustumIntersection();
    int[] first = new int[0];
    int[] count = new int[0];
    int[] chunk = new int[0];
    byte[] size = new byte[0];
    boolean sized;
    int spans;
    long points;
    long visible;

    void ensure(int chunks) {
        if (first.length < chunks) {
            first = new int[chunks];
            count = new int[chunks];
            chunk = new int[chunks];
            size = new byte[chunks];
        }
        sized = false;
    }

    /** Number of spans. */
    public int spans() {
        return spans;
    }

    /** Start (sorted index) of each span; valid for {@code [0, spans())}. */
    public int[] first() {
        return first;
    }

    /** Length of each span. */
    public int[] count() {
        return count;
    }

    /** The chunk each span lies in. */
    public int[] chunk() {
        return chunk;
    }

    /**
     * The splat size of each span in pixels, or null when every span takes the style's size (see
     * {@link SplatSizes}).
     */
    public byte[] sizes() {
        return sized ? size : null;
    }

    /** Points to draw (sum of counts). */
    public long points() {
        return points;
    }

    /** Points in the chunks that meet the frustum, before the budget cut. */
    public long visible() {
        return visible;
    }
}
