package dev.fuselage.ontology;

/**
 * An opaque sRGB colour with 8-bit channels, written {@code #RRGGBB} in files and user interfaces.
 *
 * <p>Besides parsing and formatting it knows the WCAG relative luminance and contrast ratio, which is what
 * "readable on a dark background" is measured with (labels and box outlines are drawn over a near-black viewport).
 */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour channels must be 0..255: " + red + ", " + green + ", " + blue);
        }
    }

    /** The colour packed as {@code 0xRRGGBB}; bits above 24 must be zero. */
    public static Rgb ofPacked(int rgb) {
        if ((rgb & 0xFF000000) != 0) {
            throw new IllegalArgumentException("not a 24-bit colour: 0x" + Integer.toHexString(rgb));
        }
        return new Rgb(rgb >>> 16, (rgb >>> 8) & 0xFF, rgb & 0xFF);
    }

    /**
     * Parses {@code #RRGGBB} (hex digits in either case). Anything else, including the CSS short form {@code #RGB},
     * is rejected with a message that quotes the input, e.g. {@code bad colour '#GGHHII' (expected #RRGGBB)}.
     */
    public static Rgb parse(String text) {
        if (text == null || text.length() != 7 || text.charAt(0) != '#') {
            throw badColour(text);
        }
        int value = 0;
        for (int i = 1; i < 7; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                throw badColour(text);
            }
            value = (value << 4) | digit;
        }
        return ofPacked(value);
    }

    private static IllegalArgumentException badColour(String text) {
        return new IllegalArgumentException("bad colour '" + text + "' (expected #RRGGBB)");
    }

    /** {@code 0xRRGGBB}. */
    public int packed() {
        return (red << 16) | (green << 8) | blue;
    }

    /** {@code #RRGGBB} with upper-case hex digits; {@link #parse} reads it back. */
    public String hex() {
        return String.format("#%06X", packed());
    }

    /** WCAG 2 relative luminance, 0 (black) to 1 (white). */
    public double relativeLuminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2 contrast ratio against another colour, 1 (none) to 21 (black on white). */
    public double contrastRatio(Rgb other) {
        double a = relativeLuminance();
        double b = other.relativeLuminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The sRGB channel (0..255) as linear light, 0..1. */
    static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return hex();
    }
}
