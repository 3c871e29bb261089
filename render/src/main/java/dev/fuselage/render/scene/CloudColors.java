package dev.fuselage.render.scene;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Computes the per-point colours of a prepared cloud for a {@link PointStyle}: the colour mode, then the filter
 * (dim or hide), then the highlight. Runs when a cloud is added, when its labels change or the style changes,
 * never per frame. It runs on the render thread and holds up the first frame after a style change (313 ms at
 * 10 M points in the app before issue #15), so the per-point loops are split over the cores.
 */
final class CloudColors {
    private static final int SAMPLE = 65536;
    /** Points per parallel slice: large enough that the fork costs nothing against the loop. */
    private static final int SLICE = 1 << 18;

    /** A loop body over the points {@code [from, to)}. */
    @FunctionalInterface
    private interface Range {
        void run(int from, int to);
    }

    /** Runs {@code body} over {@code [0, n)} in slices on the common pool and the caller. */
    private static void parallel(int n, Range body) {
        int slices = (n + SLICE - 1) / SLICE;
        if (slices <= 1) {
            body.run(0, n);
            return;
        }
        IntStream.range(0, slices).parallel().forEach(k -> body.run(k * SLICE, Math.min(n, (k + 1) * SLICE)));
    }

    private CloudColors() {
    }

    static int[] compute(PointCloud cloud, PreparedCloud prep, PointStyle style, int background, BitSet highlight) {
        return compute(cloud, prep, style, background, highlight, null);
    }

    /**
     * The colours, with the points of {@code hidden} (source indices; null: none) not drawn: colour 0, as the
     * filter and hidden classes give.
     */
    static int[] compute(PointCloud cloud, PreparedCloud prep, PointStyle style, int background, BitSet highlight,
                         BitSet hidden) {
        int n = prep.size();
        int[] out = new int[n];
        int[] src = prep.sourceIndex();
        switch (style.mode()) {
            case INTENSITY -> intensity(cloud, src, style, out);
            case HEIGHT -> height(prep, style, out);
            case RGB -> rgb(cloud, src, style, out);
            case SEMANTIC, INSTANCE -> labels(cloud, src, style, out);
            case SINGLE -> Arrays.fill(out, 0xFF000000 | style.singleColor());
        }
        PointFilter filter = style.filter();
        if (!filter.isNone()) {
            float[] x = prep.x(), y = prep.y(), z = prep.z();
            double ox = prep.originX(), oy = prep.originY(), oz = prep.originZ();
            boolean hide = filter.action() == PointFilter.Action.HIDE;
            parallel(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    if (!filter.accepts(ox + x[i], oy + y[i], oz + z[i])) {
                        out[i] = hide ? 0 : Colormaps.mix(out[i], background, 0.75);
                    }
                }
            });
        }
        if (hidden != null && !hidden.isEmpty()) {
            parallel(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    if (hidden.get(src[i])) {
                        out[i] = 0;
                    }
                }
            });
        }
        if (highlight != null && !highlight.isEmpty()) {
            int h = 0xFF000000 | style.highlightColor();
            parallel(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    if (out[i] != 0 && highlight.get(src[i])) {
                        out[i] = h;
                    }
                }
            });
        }
        return out;
    }

    private static void intensity(PointCloud cloud, int[] src, PointStyle style, int[] out) {
        Optional<AttributeColumn> col = cloud.column(StandardAttributes.INTENSITY);
        if (col.isEmpty()) {
            Arrays.fill(out, 0xFF000000 | style.singleColor());
            return;
        }
        AttributeColumn c = col.get();
        // stretch the 1st..99th percentile: a few retro-reflectors must not turn everything else black
        int n = src.length;
        int step = Math.max(1, n / SAMPLE);
        double[] sample = new double[(n + step - 1) / step];
        int k = 0;
        for (int i = 0; i < n && k < sample.length; i += step) {
            sample[k++] = c.getDouble(src[i]);
        }
        Arrays.sort(sample, 0, k);
        double lo = k == 0 ? 0 : sample[(int) (0.01 * (k - 1))];
        double hi = k == 0 ? 1 : sample[(int) (0.99 * (k - 1))];
        double scale = hi > lo ? 1 / (hi - lo) : 1;
        double low = lo;
        parallel(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                // a gamma of 0.5 lifts dark returns, as lidar viewers usually do
                out[i] = Colormaps.grey(Math.sqrt(Math.max(0, (c.getDouble(src[i]) - low) * scale)));
            }
        });
    }

    private static void height(PreparedCloud prep, PointStyle style, int[] out) {
        float[] z = prep.z();
        double lo = style.heightMin(), hi = style.heightMax();
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
            for (float v : z) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            lo = Double.isNaN(lo) ? prep.originZ() + min : lo;
            hi = Double.isNaN(hi) ? prep.originZ() + max : hi;
        }
        double scale = hi > lo ? 1 / (hi - lo) : 1;
        double oz = prep.originZ(), low = lo;
        parallel(z.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = Colormaps.turbo((oz + z[i] - low) * scale);
            }
        });
    }

    private static void rgb(PointCloud cloud, int[] src, PointStyle style, int[] out) {
        Optional<AttributeColumn> packed = cloud.column(StandardAttributes.RGB)
                .or(() -> cloud.column(StandardAttributes.RGBA));
        if (packed.isPresent()) {
            AttributeColumn c = packed.get();
            parallel(src.length, (from, to) -> {
                for (int i = from; i < to; i++) {
                    int v = c.type() == ScalarType.FLOAT32 ? Float.floatToRawIntBits(c.floats()[src[i]])
                            : (int) c.getLong(src[i]);
                    out[i] = 0xFF000000 | v;
                }
            });
            return;
        }
        Optional<AttributeColumn> r = cloud.column("red"), g = cloud.column("green"), b = cloud.column("blue");
        if (r.isEmpty() || g.isEmpty() || b.isEmpty()) {
            Arrays.fill(out, 0xFF000000 | style.singleColor());
            return;
        }
        // LAS stores 16-bit colour; some writers put 8-bit values in 16-bit fields, so look at the data
        int shift = 0;
        if (r.get().type().ordinal() >= ScalarType.INT16.ordinal()) {
            long max = 0;
            for (int i = 0; i < src.length; i += Math.max(1, src.length / SAMPLE)) {
                max = Math.max(max, Math.max(r.get().getLong(src[i]), Math.max(g.get().getLong(src[i]),
                        b.get().getLong(src[i]))));
            }
            shift = max > 255 ? 8 : 0;
        }
        int sh = shift;
        AttributeColumn rc = r.get(), gc = g.get(), bc = b.get();
        parallel(src.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                int s = src[i];
                int rr = (int) Math.min(255, rc.getLong(s) >> sh);
                int gg = (int) Math.min(255, gc.getLong(s) >> sh);
                int bb = (int) Math.min(255, bc.getLong(s) >> sh);
                out[i] = 0xFF000000 | rr << 16 | gg << 8 | bb;
            }
        });
    }

    private static void labels(PointCloud cloud, int[] src, PointStyle style, int[] out) {
        boolean semantic = style.mode() == ColorMode.SEMANTIC;
        AttributeColumn sem = cloud.column(StandardAttributes.SEMANTIC).orElse(null);
        AttributeColumn inst = cloud.column(StandardAttributes.INSTANCE).orElse(null);
        if (semantic ? sem == null : inst == null) {
            Arrays.fill(out, 0xFF000000 | style.singleColor());
            return;
        }
        ClassPalette palette = style.palette();
        parallel(src.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = labelColor(sem, inst, palette, semantic, src[i]);
            }
        });
    }

    /** A point's colour in SEMANTIC or INSTANCE mode: 0 (hidden) when the palette hides its class. */
    private static int labelColor(AttributeColumn sem, AttributeColumn inst, ClassPalette palette, boolean semantic,
                                  int s) {
        long cls = sem == null ? 0 : sem.getLong(s);
        if (palette.isHidden(cls)) {
            return 0;
        }
        if (semantic) {
            return palette.color(cls);
        }
        long id = inst.getLong(s);
        return id == 0 ? ClassPalette.UNLABELED : Colormaps.hashed(id);
    }

    /**
     * Recolours only the given sorted positions after their labels changed, the same way {@link #compute} would
     * (mode, filter, hidden points, highlight). Modes that do not read the labels leave the colours as they are.
     */
    static void recolor(PointCloud cloud, PreparedCloud prep, PointStyle style, int background, BitSet highlight,
                        BitSet hidden, int[] positions, int[] out) {
        if (style.mode() != ColorMode.SEMANTIC && style.mode() != ColorMode.INSTANCE) {
            return;
        }
        boolean semantic = style.mode() == ColorMode.SEMANTIC;
        AttributeColumn sem = cloud.column(StandardAttributes.SEMANTIC).orElse(null);
        AttributeColumn inst = cloud.column(StandardAttributes.INSTANCE).orElse(null);
        if (semantic ? sem == null : inst == null) {
            return; // the single-colour fallback does not depend on labels either
        }
        int[] src = prep.sourceIndex();
        float[] x = prep.x(), y = prep.y(), z = prep.z();
        double ox = prep.originX(), oy = prep.originY(), oz = prep.originZ();
        PointFilter filter = style.filter();
        boolean hide = filter.action() == PointFilter.Action.HIDE;
        int h = 0xFF000000 | style.highlightColor();
        ClassPalette palette = style.palette();
        for (int i : positions) {
            int c = labelColor(sem, inst, palette, semantic, src[i]);
            if (!filter.isNone() && !filter.accepts(ox + x[i], oy + y[i], oz + z[i])) {
                c = hide ? 0 : Colormaps.mix(c, background, 0.75);
            }
            if (hidden != null && hidden.get(src[i])) {
                c = 0;
            }
            if (c != 0 && highlight != null && highlight.get(src[i])) {
                c = h;
            }
            out[i] = c;
        }
    }
}
