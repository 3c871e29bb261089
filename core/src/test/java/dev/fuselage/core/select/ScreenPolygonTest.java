package dev.fuselage.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The polygon's fast paths (the per-row edge index and the coverage map of whole pixels) against the even-odd
 * rule over every edge, on jagged and self-crossing lassos, at random positions and at the awkward ones: pixel
 * corners and centres, vertices, points on edges and a hair beside them.
 */
class ScreenPolygonTest {

    @Test
    void agreesWithEveryEdgeEvenOddTest() {
        SplittableRandom r = new SplittableRandom(5);
        for (int shape = 0; shape < 12; shape++) {
            int n = 3 + r.nextInt(shape < 6 ? 12 : 300);
            float[] xs = new float[n], ys = new float[n];
            for (int i = 0; i < n; i++) {
                if (shape % 3 == 0) { // free scribble: crosses itself
                    xs[i] = (float) (r.nextDouble() * 300);
                    ys[i] = (float) (r.nextDouble() * 200);
                } else { // a star around a centre, as a hand-drawn lasso; some on whole pixels
                    double a = 2 * Math.PI * i / n, rad = 40 + r.nextDouble() * 100;
                    xs[i] = (float) (150 + rad * Math.cos(a));
                    ys[i] = (float) (100 + rad * Math.sin(a) * 0.7);
                    if (shape % 3 == 2) {
                        xs[i] = Math.round(xs[i]);
                        ys[i] = Math.round(ys[i]);
                    }
                }
            }
            ScreenPolygon p = new ScreenPolygon(xs, ys);
            int inside = 0, checked = 0;
            for (int k = 0; k < 200_000; k++) {
                float x = (float) (r.nextDouble() * 320 - 10), y = (float) (r.nextDouble() * 220 - 10);
                inside += check(p, xs, ys, x, y) ? 1 : 0;
                checked++;
            }
            for (int y = -2; y <= 202; y++) { // every pixel corner and centre
                for (int x = -2; x <= 302; x++) {
                    check(p, xs, ys, x, y);
                    check(p, xs, ys, x + 0.5f, y + 0.5f);
                    checked += 2;
                }
            }
            for (int i = 0; i < n; i++) { // on and beside the outline
                int j = (i + 1) % n;
                for (int s = 0; s <= 16; s++) {
                    float x = xs[i] + (xs[j] - xs[i]) * s / 16f, y = ys[i] + (ys[j] - ys[i]) * s / 16f;
                    for (float d : new float[] {0, 1e-4f, -1e-4f, 0.01f, -0.01f}) {
                        check(p, xs, ys, x + d, y);
                        check(p, xs, ys, x, y + d);
                        checked += 2;
                    }
                }
            }
            assertTrue(inside > 0 && checked > 200_000, "the test reaches inside points too: " + inside);
        }
    }

    private static boolean check(ScreenPolygon p, float[] xs, float[] ys, float x, float y) {
        boolean expected = evenOdd(xs, ys, x, y);
        assertEquals(expected, p.contains(x, y), () -> "(" + x + ", " + y + ")");
        return expected;
    }

    /** The plain even-odd rule over all edges, with the same crossing test. */
    private static boolean evenOdd(float[] xs, float[] ys, float x, float y) {
        boolean in = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if (ScreenPolygon.crosses(xs[i], ys[i], xs[j], ys[j], x, y)) {
                in = !in;
            }
        }
        return in;
    }
}
