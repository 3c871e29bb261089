package dev.fuselage.io.las;

/**
 * One of the eleven LAS point data record formats (0–10): the byte layout of its fixed part and which optional
 * blocks it carries. Formats 0–5 use the legacy 20-byte core (3-bit return numbers, 5-bit classes, scan angle
 * rank in degrees); formats 6–10 the 30-byte LAS 1.4 core (4-bit returns, full byte classes, overlap flag,
 * scanner channel, scan angle in 0.006° steps, GPS time always present).
 *
 * @param id         the format number (0–10)
 * @param baseLength bytes of a record without extra bytes
 * @param timeAt     byte offset of the GPS time, or -1
 * @param rgbAt      byte offset of red/green/blue, or -1
 * @param nirAt      byte offset of the near-infrared value, or -1
 * @param waveAt     byte offset of the 29-byte wave packet block, or -1
 */
public record PointFormat(int id, int baseLength, int timeAt, int rgbAt, int nirAt, int waveAt) {
    /** Size of the wave packet block of formats 4, 5, 9 and 10. */
    public static final int WAVE_PACKET_BYTES = 29;

    private static final PointFormat[] ALL = {
        new PointFormat(0, 20, -1, -1, -1, -1),
        new PointFormat(1, 28, 20, -1, -1, -1),
        new PointFormat(2, 26, -1, 20, -1, -1),
        new PointFormat(3, 34, 20, 28, -1, -1),
        new PointFormat(4, 57, 20, -1, -1, 28),
        new PointFormat(5, 63, 20, 28, -1, 34),
        new PointFormat(6, 30, 22, -1, -1, -1),
        new PointFormat(7, 36, 22, 30, -1, -1),
        new PointFormat(8, 38, 22, 30, 36, -1),
        new PointFormat(9, 59, 22, -1, -1, 30),
        new PointFormat(10, 67, 22, 30, 36, 38),
    };

    /** The format with this number, or null when there is none. */
    public static PointFormat of(int id) {
        return id >= 0 && id < ALL.length ? ALL[id] : null;
    }

    /** True for the LAS 1.4 formats 6–10. */
    public boolean extended() {
        return id >= 6;
    }

    public boolean hasTime() {
        return timeAt >= 0;
    }

    public boolean hasRgb() {
        return rgbAt >= 0;
    }

    public boolean hasNir() {
        return nirAt >= 0;
    }

    public boolean hasWavePacket() {
        return waveAt >= 0;
    }

    /** The oldest LAS minor version (1.x) that defines this format. */
    public int minimumMinorVersion() {
        if (id <= 1) {
            return 0;
        }
        if (id <= 3) {
            return 2;
        }
        return id <= 5 ? 3 : 4;
    }

    /**
     * The smallest format carrying the requested blocks, within the legacy (0–5) or extended (6–10) family.
     * Extended formats always carry GPS time, and NIR only comes together with RGB.
     */
    public static PointFormat smallest(boolean extended, boolean time, boolean rgb, boolean nir, boolean wave) {
        if (extended) {
            if (wave) {
                return ALL[rgb || nir ? 10 : 9];
            }
            if (nir) {
                return ALL[8];
            }
            return ALL[rgb ? 7 : 6];
        }
        if (wave) {
            return ALL[rgb ? 5 : 4];
        }
        if (rgb) {
            return ALL[time ? 3 : 2];
        }
        return ALL[time ? 1 : 0];
    }

    /** Whether this format carries every block the other one does (so its fields fit without loss). */
    public boolean covers(boolean time, boolean rgb, boolean nir, boolean wave) {
        return (!time || hasTime()) && (!rgb || hasRgb()) && (!nir || hasNir()) && (!wave || hasWavePacket());
    }
}
