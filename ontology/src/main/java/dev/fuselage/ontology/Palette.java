package dev.fuselage.ontology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Well-separated class colours that stay readable on the viewport's dark background, for presets with many classes
 * and for classes met while importing data.
 *
 * <p>Candidates are drawn in OKLCH (the perceptual polar form of OKLab) at lightness 0.72–0.88, so every colour has
 * a WCAG contrast of at least 4.5 against {@link #DARK_BACKGROUND}, with chroma reduced where a hue would leave
 * the sRGB gamut. Colours are chosen greedily: each next colour is the candidate farthest (OKLab distance) from
 * all colours already taken. The choice is deterministic and prefix-stable: {@code colors(n)} starts with
 * {@code colors(n - 1)}, so adding a class never recolours the others.
 */
public final class Palette {
    /** The near-black the 3D and image views are drawn on. */
    public static final Rgb DARK_BACKGROUND = new Rgb(0x1E, 0x1E, 0x1E);

    private static final double[] LIGHTNESS = {0.80, 0.72, 0.88};
    private static final double[] CHROMA = {0.16, 0.10};
    private static final int HUE_STEPS = 60;
    private static final List<Candidate> CANDIDATES = candidates();

    private Palette() {
    }

    private record Candidate(Rgb rgb, double[] lab) {
    }

    /** {@code n} well-separated colours. */
    public static List<Rgb> colors(int n) {
        return distinctFrom(List.of(), n);
    }

    /** {@code n} colours, each as far as possible from {@code taken} and from each other. */
    public static List<Rgb> distinctFrom(Collection<Rgb> taken, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative colour count " + n);
        }
        double[] nearest = new double[CANDIDATES.size()];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (Rgb t : taken) {
            moveAway(nearest, oklab(t));
        }
        List<Rgb> chosen = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int best = 0;
            for (int i = 1; i < nearest.length; i++) {
                if (nearest[i] > nearest[best]) {
                    best = i;
                }
            }
            Candidate pick = CANDIDATES.get(best);
            chosen.add(pick.rgb());
            moveAway(nearest, pick.lab());
        }
        return chosen;
    }

    private static void moveAway(double[] nearest, double[] lab) {
        for (int i = 0; i < nearest.length; i++) {
            nearest[i] = Math.min(nearest[i], distance(CANDIDATES.get(i).lab(), lab));
        }
    }

    /** Perceptual distance between two colours: Euclidean in OKLab (about 0.02 is a just-noticeable difference). */
    public static double distance(Rgb a, Rgb b) {
        return distance(oklab(a), oklab(b));
    }

    private static double distance(double[] p, double[] q) {
        double dl = p[0] - q[0], da = p[1] - q[1], db = p[2] - q[2];
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    private static List<Candidate> candidates() {
        List<Candidate> list = new ArrayList<>();
        for (int h = 0; h < HUE_STEPS; h++) {
            // start at 25 degrees (a warm red) so the first colours are the familiar red, then its opposites
            double hue = Math.toRadians(25 + 360.0 * h / HUE_STEPS);
            for (double l : LIGHTNESS) {
                for (double c : CHROMA) {
                    Rgb rgb = fromOklch(l, c, hue);
                    list.add(new Candidate(rgb, oklab(rgb)));
                }
            }
        }
        return List.copyOf(list);
    }

    /** The sRGB colour of an OKLCH point, with chroma reduced (bisection) until it fits the gamut. */
    static Rgb fromOklch(double l, double chroma, double hueRadians) {
        double lo = 0, hi = chroma;
        if (inGamut(l, hi, hueRadians)) {
            lo = hi;
        } else {
            for (int i = 0; i < 30; i++) {
                double mid = (lo + hi) / 2;
                if (inGamut(l, mid, hueRadians)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
        }
        double[] rgb = linearRgb(l, lo * Math.cos(hueRadians), lo * Math.sin(hueRadians));
        return new Rgb(encode(rgb[0]), encode(rgb[1]), encode(rgb[2]));
    }

    private static boolean inGamut(double l, double c, double h) {
        double[] rgb = linearRgb(l, c * Math.cos(h), c * Math.sin(h));
        for (double v : rgb) {
            if (v < 0 || v > 1) {
                return false;
            }
        }
        return true;
    }

    // OKLab <-> linear sRGB with Björn Ottosson's published matrices (https://bottosson.github.io/posts/oklab/)
    private static double[] linearRgb(double l, double a, double b) {
        double l1 = cube(l + 0.3963377774 * a + 0.2158037573 * b);
        double m1 = cube(l - 0.1055613458 * a - 0.0638541728 * b);
        double s1 = cube(l - 0.0894841775 * a - 1.2914855480 * b);
        return new double[] {
                4.0767416621 * l1 - 3.3077115913 * m1 + 0.2309699292 * s1,
                -1.2684380046 * l1 + 2.6097574011 * m1 - 0.3413193965 * s1,
                -0.0041960863 * l1 - 0.7034186147 * m1 + 1.7076147010 * s1};
    }

    static double[] oklab(Rgb c) {
        double r = Rgb.linear(c.red()), g = Rgb.linear(c.green()), b = Rgb.linear(c.blue());
        double l = Math.cbrt(0.4122214708 * r + 0.5363033665 * g + 0.0514459929 * b);
        double m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
        double s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787954 * b);
        return new double[] {
                0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
                1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
                0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s};
    }

    private static double cube(double x) {
        return x * x * x;
    }

    private static int encode(double linear) {
        double v = Math.max(0, Math.min(1, linear));
        double s = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        return (int) Math.round(s * 255);
    }
}
