package dev.fuselage.render.scene;

/** Colour ramps as 256-entry ARGB lookup tables, and a hash palette for ids. */
public final class Colormaps {
    private static final int[] TURBO = buildTurbo();

    private Colormaps() {
    }

    /**
     * Google's Turbo colormap at {@code t} in [0, 1] (clamped), opaque ARGB. Uses the published polynomial fit,
     * tabulated once.
     */
    public static int turbo(double t) {
        int i = (int) (Math.max(0, Math.min(1, t)) * 255 + 0.5);
        return TURBO[i];
    }

    /** Opaque grey of level {@code t} in [0, 1] (clamped). */
    public static int grey(double t) {
        int v = (int) (Math.max(0, Math.min(1, t)) * 255 + 0.5);
        return 0xFF000000 | v << 16 | v << 8 | v;
    }

    /**
     * A stable, well-spread opaque colour for an integer id (golden-ratio hue steps, full saturation, bright), for
     * instance ids and for classes the palette does not name.
     */
    public static int hashed(long id) {
        double h = (id * 0.618033988749895) % 1.0;
        if (h < 0) {
            h += 1;
        }
        return hsv(h, 0.75, 0.95);
    }

    /** Opaque ARGB from hue, saturation, value in [0, 1]. */
    public static int hsv(double h, double s, double v) {
        double hh = (h - Math.floor(h)) * 6;
        int sector = (int) hh;
        double f = hh - sector, p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
        double r, g, b;
        switch (sector) {
            case 0 -> { r = v; g = t; b = p; }
            case 1 -> { r = q; g = v; b = p; }
            case 2 -> { r = p; g = v; b = t; }
            case 3 -> { r = p; g = q; b = v; }
            case 4 -> { r = t; g = p; b = v; }
            default -> { r = v; g = p; b = q; }
        }
        return argb(r, g, b);
    }

    /** Opaque ARGB from components in [0, 1]. */
    public static int argb(double r, double g, double b) {
        return 0xFF000000 | channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    /** Mixes {@code a} toward {@code b} by {@code t} in [0, 1] (alpha from {@code a}). */
    public static int mix(int a, int b, double t) {
        int r = (int) (((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t + 0.5);
        int g = (int) (((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t + 0.5);
        int bl = (int) ((a & 0xFF) * (1 - t) + (b & 0xFF) * t + 0.5);
        return (a & 0xFF000000) | r << 16 | g << 8 | bl;
    }

    private static int channel(double c) {
        return (int) (Math.max(0, Math.min(1, c)) * 255 + 0.5);
    }

    private static int[] buildTurbo() {
        int[] lut = new int[256];
        for (int i = 0; i < 256; i++) {
            double x = i / 255.0;
            double r = 0.13572138 + x * (4.61539260 + x * (-42.66032258 + x * (132.13108234 + x * (-152.94239396
                    + x * 59.28637943))));
            double g = 0.09140261 + x * (2.19418839 + x * (4.84296658 + x * (-14.18503333 + x * (4.27729857
                    + x * 2.82956604))));
            double b = 0.10667330 + x * (12.64194608 + x * (-60.58204836 + x * (110.36276771 + x * (-89.90310912
                    + x * 27.34824973))));
            lut[i] = argb(r, g, b);
        }
        return lut;
    }
}
