package dev.fuselage.io.las;

import java.nio.ByteBuffer;

/**
 * The X, Y, Z integers of a point record (bytes 0–11 of every format) and the cloud's float32 local positions.
 *
 * <p>Reading: {@code local = (X - originStep) * scale}, where the origin is a whole number of scale steps from
 * the header offset ({@code origin = offset + originStep * scale}), so every local value is an exact multiple of
 * the scale before its single rounding to float32. As long as that rounding error stays below half a step
 * ({@link #exact}), writing the cloud back reproduces the integers exactly. The decoded integer extent is
 * recorded so the reader can check that after the fact instead of trusting header bounds.
 *
 * <p>Writing: {@code X = round((origin - offset + local) / scale)}, or the kept raw integer when the cloud
 * carries one that still agrees with its float position (so a georeferenced file whose extent exceeds float32
 * precision also round-trips exactly).
 */
final class Positions extends FieldCodec {
    private final float[] x;
    private final float[] y;
    private final float[] z;
    private final double[] scale;
    private final long[] originStep;
    private final double[] base;
    private final int[][] raw;
    private final long[] extent = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE,
        Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};

    private Positions(float[] x, float[] y, float[] z, double[] scale, long[] originStep, double[] base,
                      int[][] raw) {
        super(0);
        this.x = x;
        this.y = y;
        this.z = z;
        this.scale = scale;
        this.originStep = originStep;
        this.base = base;
        this.raw = raw;
    }

    /** Decoder into local coordinates relative to {@code offset + originStep * scale}. */
    static Positions reader(float[] x, float[] y, float[] z, double[] scale, long[] originStep) {
        return new Positions(x, y, z, scale, originStep, null, null);
    }

    /**
     * Encoder from local coordinates.
     *
     * @param base   origin minus offset, per axis
     * @param raw    kept raw integers per axis (entries may be null)
     */
    static Positions writer(float[] x, float[] y, float[] z, double[] scale, double[] base, int[][] raw) {
        return new Positions(x, y, z, scale, null, base, raw);
    }

    /**
     * Whether float32 locals up to {@code maxAbsSteps} scale steps from the origin keep every integer: the
     * rounding error (half a float ulp) must stay well below half a step.
     */
    static boolean exact(long maxAbsSteps, double scale) {
        double magnitude = maxAbsSteps * Math.abs(scale);
        return Math.ulp((float) magnitude) * 0.5 < 0.4 * Math.abs(scale);
    }

    /** The origin step closest to the middle of an integer range, kept inside the int range. */
    static long middleStep(long min, long max) {
        return Math.floorDiv(min + max, 2);
    }

    @Override
    public void decode(ByteBuffer src, int pos, int stride, int count, int dst) {
        float[] px = x, py = y, pz = z;
        double sx = scale[0], sy = scale[1], sz = scale[2];
        long kx = originStep[0], ky = originStep[1], kz = originStep[2];
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, minZ = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE, maxZ = Integer.MIN_VALUE;
        int p = pos;
        for (int j = dst, end = dst + count; j < end; j++, p += stride) {
            int ix = src.getInt(p);
            int iy = src.getInt(p + 4);
            int iz = src.getInt(p + 8);
            px[j] = (float) ((ix - kx) * sx);
            py[j] = (float) ((iy - ky) * sy);
            pz[j] = (float) ((iz - kz) * sz);
            minX = Math.min(minX, ix);
            maxX = Math.max(maxX, ix);
            minY = Math.min(minY, iy);
            maxY = Math.max(maxY, iy);
            minZ = Math.min(minZ, iz);
            maxZ = Math.max(maxZ, iz);
        }
        if (count > 0) {
            merge(minX, minY, minZ, maxX, maxY, maxZ);
        }
    }

    private synchronized void merge(int minX, int minY, int minZ, int maxX, int maxY, int maxZ) {
        extent[0] = Math.min(extent[0], minX);
        extent[1] = Math.min(extent[1], minY);
        extent[2] = Math.min(extent[2], minZ);
        extent[3] = Math.max(extent[3], maxX);
        extent[4] = Math.max(extent[4], maxY);
        extent[5] = Math.max(extent[5], maxZ);
    }

    /** Min x, y, z and max x, y, z of the integers decoded so far (min > max when nothing was decoded). */
    synchronized long[] extent() {
        return extent.clone();
    }

    @Override
    void encode(ByteBuffer out, int pos, int stride, int count, int src) {
        int p = pos;
        for (int j = src, end = src + count; j < end; j++, p += stride) {
            out.putInt(p, (int) quantize(0, j));
            out.putInt(p + 4, (int) quantize(1, j));
            out.putInt(p + 8, (int) quantize(2, j));
        }
    }

    /** The integer a writer stores for point j on one axis (may lie outside the int range: callers check). */
    long quantize(int axis, int j) {
        float local = axis == 0 ? x[j] : axis == 1 ? y[j] : z[j];
        double steps = (base[axis] + local) / scale[axis];
        int[] kept = raw[axis];
        if (kept != null) {
            int r = kept[j];
            // the kept integer wins while the float position still says the same (it was not edited)
            if (Math.abs(steps - r) <= 0.5 + Math.ulp(local) / Math.abs(scale[axis])) {
                return r;
            }
        }
        return Math.round(steps);
    }
}
