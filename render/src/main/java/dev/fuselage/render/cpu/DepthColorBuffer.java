package dev.fuselage.render.cpu;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * The CPU backend's framebuffer: one long per pixel, the window depth's float bits in the high 32 bits and the
 * ARGB colour in the low 32. Depths in [0, 1] are non-negative floats, whose bit patterns order like the values,
 * so the numerically smallest long is the nearest fragment and a depth test is an atomic {@code min} — several
 * threads splat into the same buffer without locks.
 */
public final class DepthColorBuffer {
    /** Cleared pixel: larger than any fragment. */
    public static final long CLEAR = Long.MAX_VALUE;
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    private final int width;
    private final int height;
    private final long[] data;

    public DepthColorBuffer(int width, int height) {
        this.width = width;
        this.height = height;
        this.data = new long[width * height];
        Arrays.fill(data, CLEAR);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The raw pixels, row-major from the top-left. */
    long[] data() {
        return data;
    }

    /** Packs a fragment. */
    static long pack(float depth, int argb) {
        return (long) Float.floatToRawIntBits(depth) << 32 | (argb & 0xFFFFFFFFL);
    }

    /** Keeps the nearer of the stored fragment and {@code key} at pixel {@code index}; thread-safe. */
    static void depthMin(long[] data, int index, long key) {
        long cur = data[index];
        while (key < cur) {
            long witness = (long) LONGS.compareAndExchange(data, index, cur, key);
            if (witness == cur) {
                return;
            }
            cur = witness;
        }
    }

    /** Clears rows {@code [y0, y1)}. */
    void clearRows(int y0, int y1) {
        Arrays.fill(data, y0 * width, y1 * width, CLEAR);
    }

    /** Writes rows {@code [y0, y1)} as opaque ARGB into {@code out}, empty pixels as {@code background}. */
    void resolveRows(int y0, int y1, int background, IntBuffer out) {
        for (int i = y0 * width, end = y1 * width; i < end; i++) {
            long v = data[i];
            out.put(i, v == CLEAR ? background : 0xFF000000 | (int) v);
        }
    }

    /** Window depth at a pixel, or NaN when empty (for tests and picking). */
    public float depth(int x, int y) {
        long v = data[y * width + x];
        return v == CLEAR ? Float.NaN : Float.intBitsToFloat((int) (v >>> 32));
    }
}
