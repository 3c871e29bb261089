package dev.fuselage.render.scene;

import java.util.Arrays;
import org.joml.Matrix4fc;

/**
 * The progressive still frame of one cloud: which points each refinement step adds. The first step draws the same
 * fraction of every visible chunk (a uniform sample, as a moving frame does, so the picture does not thin out when
 * the camera stops); the next steps draw the rest of the chunks, the chunks nearest the camera first (there the
 * sample's gaps are largest on screen). Every visible point is drawn exactly once over all steps, so with a
 * depth test that keeps the nearest fragment the finished picture is the full-detail frame.
 *
 * <p>Allocation-free once its arrays have grown to the chunk count; render thread only.
 */
public final class Refinement {
    private final LodSelection visible = new LodSelection();
    private int[] drawn = new int[0];
    private int[] order = new int[0];
    private long[] keys = new long[0];
    private int cursor;
    private long remaining;
    private long total;

    /** Starts a still frame: the chunks that meet the frustum of {@code mvp} (cloud-local to clip). */
    public void start(LodIndex lod, Matrix4fc mvp) {
        lod.select(mvp, Integer.MAX_VALUE, visible);
        int spans = visible.spans;
        if (drawn.length < spans) {
            drawn = new int[lod.chunkCount()];
            order = new int[lod.chunkCount()];
            keys = new long[lod.chunkCount()];
        }
        float[] b = new float[6];
        for (int s = 0; s < spans; s++) {
            lod.chunkBounds(visible.chunk[s], b);
            float w = mvp.m03() * (b[0] + b[3]) * 0.5f + mvp.m13() * (b[1] + b[4]) * 0.5f
                    + mvp.m23() * (b[2] + b[5]) * 0.5f + mvp.m33();
            // non-negative floats order like their bits: nearest first, span index in the low bits
            keys[s] = (long) Float.floatToRawIntBits(Math.max(0f, w)) << 32 | s;
            drawn[s] = 0;
        }
        Arrays.sort(keys, 0, spans);
        for (int s = 0; s < spans; s++) {
            order[s] = (int) keys[s];
        }
        cursor = 0;
        total = visible.points;
        remaining = total;
    }

    /** Points a full-detail frame of this view draws. */
    public long visiblePoints() {
        return total;
    }

    /** Points not drawn yet. */
    public long remaining() {
        return remaining;
    }

    /** True when every visible point has been drawn. */
    public boolean complete() {
        return remaining == 0;
    }

    /**
     * The spans of the first step: {@code ceil(size * quota / visible)} points of every visible chunk (all of them
     * when the quota covers the visible points).
     */
    public void first(long quota, LodSelection dest) {
        int spans = visible.spans;
        dest.ensure(spans);
        double fraction = total == 0 ? 1 : Math.min(1, (double) quota / total);
        long sum = 0;
        for (int s = 0; s < spans; s++) {
            int take = (int) Math.min(visible.count[s], Math.ceil(visible.count[s] * fraction));
            dest.first[s] = visible.first[s];
            dest.count[s] = take;
            dest.chunk[s] = visible.chunk[s];
            drawn[s] = take;
            sum += take;
        }
        dest.spans = spans;
        dest.points = sum;
        dest.visible = total;
        remaining = total - sum;
        cursor = 0;
    }

    /** The spans of a next step: up to {@code quota} of the points not drawn yet, nearest chunks first. */
    public void next(long quota, LodSelection dest) {
        dest.ensure(visible.spans);
        int out = 0;
        long left = Math.max(1, quota), sum = 0;
        while (cursor < visible.spans && left > 0) {
            int s = order[cursor];
            int rest = visible.count[s] - drawn[s];
            int take = (int) Math.min(rest, left);
            if (take > 0) {
                dest.first[out] = visible.first[s] + drawn[s];
                dest.count[out] = take;
                dest.chunk[out] = visible.chunk[s];
                out++;
                drawn[s] += take;
                left -= take;
                sum += take;
            }
            if (drawn[s] == visible.count[s]) {
                cursor++;
            }
        }
        dest.spans = out;
        dest.points = sum;
        dest.visible = total;
        remaining -= sum;
    }
}
