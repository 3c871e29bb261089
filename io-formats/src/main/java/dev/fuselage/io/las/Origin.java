package dev.fuselage.io.las;

import dev.fuselage.core.cloud.PointCloud;

/**
 * Where a LAS cloud's float origin sits, per axis as a whole number of scale steps from the header offset
 * ({@code origin = offset + steps * scale}), and whether the raw integers must be kept because float32 locals
 * around that origin cannot reproduce every one of them.
 *
 * <p>First placed from the header bounds; {@link #settle} then checks it against the integers actually decoded,
 * since header bounds are written by whatever tool made the file and are sometimes wrong.
 */
final class Origin {
    private final long[] steps;
    private final boolean raw;

    private Origin(long[] steps, boolean raw) {
        this.steps = steps;
        this.raw = raw;
    }

    /** The origin in the middle of the header bounds (at the offset when the bounds are unusable). */
    static Origin fromHeader(LasHeader header) {
        long[] steps = new long[3];
        boolean raw = false;
        if (header.boundsUsable()) {
            for (int a = 0; a < 3; a++) {
                double lo = (header.bounds()[a] - header.offset()[a]) / header.scale()[a];
                double hi = (header.bounds()[a + 3] - header.offset()[a]) / header.scale()[a];
                long min = clampToInt(Math.floor(Math.min(lo, hi)));
                long max = clampToInt(Math.ceil(Math.max(lo, hi)));
                steps[a] = Positions.middleStep(min, max);
                raw |= !Positions.exact(Math.max(steps[a] - min, max - steps[a]), header.scale()[a]);
            }
        }
        return new Origin(steps, raw);
    }

    private static long clampToInt(double v) {
        return (long) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** Whether the raw X, Y, Z integers are kept as columns. */
    boolean raw() {
        return raw;
    }

    /** Sets the cloud's origin and returns the position decoder relative to it. */
    Positions codec(PointCloud cloud, LasHeader header) {
        double[] s = header.scale();
        double[] o = header.offset();
        cloud.setOrigin(o[0] + steps[0] * s[0], o[1] + steps[1] * s[1], o[2] + steps[2] * s[2]);
        return Positions.reader(cloud.x(), cloud.y(), cloud.z(), s, steps.clone());
    }

    /**
     * This origin if it suits the decoded integer extent, else one in the middle of the data (with raw columns
     * when even that cannot keep every integer).
     *
     * @param extent min x, y, z and max x, y, z of the decoded integers
     */
    Origin settle(long[] extent, LasHeader header) {
        if (extent[0] > extent[3]) {
            return this;
        }
        boolean fine = true;
        boolean rawNeeded = false;
        long[] middle = new long[3];
        for (int a = 0; a < 3; a++) {
            long min = extent[a];
            long max = extent[a + 3];
            middle[a] = Positions.middleStep(min, max);
            long now = Math.max(Math.abs(steps[a] - min), Math.abs(max - steps[a]));
            long best = Math.max(middle[a] - min, max - middle[a]);
            rawNeeded |= !Positions.exact(best, header.scale()[a]);
            // with raw integers kept, the origin only needs to be roughly central for precision
            fine &= Positions.exact(now, header.scale()[a]) || raw && now <= 2 * best + 1;
        }
        if (fine && (raw || !rawNeeded)) {
            return this;
        }
        return new Origin(middle, rawNeeded);
    }

    /** Whether the raw columns turned out unnecessary: floats around this origin keep every decoded integer. */
    boolean rawRedundant(long[] extent, LasHeader header) {
        if (extent[0] > extent[3]) {
            return true;
        }
        for (int a = 0; a < 3; a++) {
            long now = Math.max(Math.abs(steps[a] - extent[a]), Math.abs(extent[a + 3] - steps[a]));
            if (!Positions.exact(now, header.scale()[a])) {
                return false;
            }
        }
        return true;
    }
}
