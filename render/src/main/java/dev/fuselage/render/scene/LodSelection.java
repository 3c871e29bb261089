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
    int spans;
    long points;
    long visible;

    void ensure(int chunks) {
        if (first.length < chunks) {
            first = new int[chunks];
            count = new int[chunks];
        }
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

    /** Points to draw (sum of counts). */
    public long points() {
        return points;
    }

    /** Points in the chunks that meet the frustum, before the budget cut. */
    public long visible() {
        return visible;
    }
}
