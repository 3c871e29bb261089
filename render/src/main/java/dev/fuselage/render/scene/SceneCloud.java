package dev.fuselage.render.scene;

import dev.fuselage.core.cloud.PointCloud;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cloud in a {@link Scene}: the source {@link PointCloud}, its {@link PreparedCloud} draw order, the highlighted
 * and the hidden points, and its colours cached per style. Holds no GPU objects: backends keep their own per-cloud
 * state keyed by this object and free it when the cloud leaves the scene.
 */
public final class SceneCloud {
    private final CloudHandle handle;
    private final PointCloud source;
    private final PreparedCloud prepared;
    private volatile BitSet highlight;
    private volatile BitSet hidden;
    private volatile long labelVersion;
    private ColorBuffer colors;
    private PointStyle colorsStyle;
    private int colorsBackground;
    private long colorsLabelVersion = -1;
    private long stampCounter;
    /** Source indices whose labels changed since the colours were computed (partial updates), or null. */
    private List<int[]> pendingPoints = new ArrayList<>();
    /** Source index to sorted position (-1: not drawn), built on the first partial update. */
    private int[] sortedOf;
    /** The buffer before {@link #colors}, whose array a partial update may reuse, or null. */
    private ColorBuffer previous;
    /** Whether {@link #colors(PointStyle, int)} handed out the current / previous buffer (never reused then). */
    private boolean currentPinned;
    private boolean previousPinned;
    /** Arrays handed out by {@link #acquireColors} and not released yet, with their reader counts. */
    private final Map<int[], Integer> readers = new IdentityHashMap<>();

    SceneCloud(CloudHandle handle, PointCloud source, PreparedCloud prepared) {
        this.handle = Objects.requireNonNull(handle);
        this.source = Objects.requireNonNull(source);
        this.prepared = Objects.requireNonNull(prepared);
    }

    public CloudHandle handle() {
        return handle;
    }

    public PointCloud source() {
        return source;
    }

    public PreparedCloud prepared() {
        return prepared;
    }

    /** Highlighted source indices (a copy), or null. */
    public BitSet highlight() {
        BitSet h = highlight;
        return h == null ? null : (BitSet) h.clone();
    }

    void setHighlight(BitSet points) {
        synchronized (this) {
            pendingPoints = null; // a full recolour is due
        }
        highlight = points == null ? null : (BitSet) points.clone();
        labelVersion++;
    }

    /** Source indices not drawn nor picked (a copy), or null. */
    public BitSet hiddenPoints() {
        BitSet h = hidden;
        return h == null ? null : (BitSet) h.clone();
    }

    void setHiddenPoints(BitSet points) {
        synchronized (this) {
            pendingPoints = null; // a full recolour is due
        }
        hidden = points == null || points.isEmpty() ? null : (BitSet) points.clone();
        labelVersion++;
    }

    void labelsChanged() {
        synchronized (this) {
            pendingPoints = null; // a full recolour is due
        }
        labelVersion++;
    }

    /** The labels of these source indices changed: only they are recoloured (unless a full recolour is due). */
    void labelsChanged(int[] sourceIndices) {
        synchronized (this) {
            if (pendingPoints != null) {
                pendingPoints.add(sourceIndices.clone());
            }
        }
        labelVersion++;
    }

    /**
     * The colours for a style, recomputed only when the style, background, labels or highlight changed since the
     * last call. When only some points' labels changed ({@link Scene#updateColors(CloudHandle, int[])}) and the
     * style and background are the same, only those points are recoloured: the new buffer is the last one with
     * those positions changed, and says so ({@link ColorBuffer#changed()}) so a GPU backend uploads only them. Safe
     * to call from several render threads. The buffer's array is never written afterwards; readers that can say
     * when they are done use {@link #acquireColors} instead, which lets a brush dab reuse an array nobody reads.
     */
    public synchronized ColorBuffer colors(PointStyle style, int background) {
        ColorBuffer c = current(style, background);
        currentPinned = true;
        return c;
    }

    /**
     * {@link #colors(PointStyle, int)} for a reader that calls {@link #releaseColors} when done with the buffer
     * (a renderer after its frame): until then its array is not written; after that, once two newer buffers
     * exist, a partial update may write the changed points into it instead of copying the whole array (a brush
     * dab on millions of points would otherwise copy tens of megabytes per frame).
     */
    public synchronized ColorBuffer acquireColors(PointStyle style, int background) {
        ColorBuffer c = current(style, background);
        readers.merge(c.argb(), 1, Integer::sum);
        return c;
    }

    /** Ends a read begun by {@link #acquireColors}. */
    public synchronized void releaseColors(ColorBuffer c) {
        readers.computeIfPresent(c.argb(), (k, n) -> n == 1 ? null : n - 1);
    }

    private ColorBuffer current(PointStyle style, int background) {
        long lv = labelVersion;
        boolean sameLook = colors != null && style.equals(colorsStyle) && background == colorsBackground;
        if (sameLook && lv == colorsLabelVersion) {
            return colors;
        }
        ColorBuffer next;
        if (sameLook && pendingPoints != null) {
            next = partial(style, background);
        } else {
            int[] argb = CloudColors.compute(source, prepared, style, background, highlight, hidden);
            next = new ColorBuffer(argb, ++stampCounter);
        }
        previous = colors;
        previousPinned = currentPinned;
        colors = next;
        currentPinned = false;
        pendingPoints = new ArrayList<>();
        colorsStyle = style;
        colorsBackground = background;
        colorsLabelVersion = lv;
        return colors;
    }

    private ColorBuffer partial(PointStyle style, int background) {
        if (sortedOf == null) {
            int[] src = prepared.sourceIndex();
            int[] inv = new int[source.size()];
            Arrays.fill(inv, -1);
            for (int i = 0; i < src.length; i++) {
                inv[src[i]] = i;
            }
            sortedOf = inv;
        }
        int total = 0;
        for (int[] p : pendingPoints) {
            total += p.length;
        }
        int[] positions = new int[total];
        int n = 0;
        for (int[] p : pendingPoints) {
            for (int s : p) {
                int pos = s >= 0 && s < sortedOf.length ? sortedOf[s] : -1;
                if (pos >= 0) {
                    positions[n++] = pos;
                }
            }
        }
        positions = Arrays.stream(positions, 0, n).sorted().distinct().toArray();
        int[] argb = reusable();
        if (argb != null) { // the array before the current one: bring it up to the current colours first
            int[] now = colors.argb();
            for (int k : colors.changed()) {
                argb[k] = now[k];
            }
        } else {
            argb = colors.argb().clone(); // a memory copy: the current array may still be drawn by another thread
        }
        CloudColors.recolor(source, prepared, style, background, highlight, hidden, positions, argb);
        return new ColorBuffer(argb, ++stampCounter, colors.stamp(), positions);
    }

    /**
     * The previous buffer's array when a partial update may write into it: the current buffer is that one with
     * only its changed positions different, nobody was handed it for good, and no reader holds it.
     */
    private int[] reusable() {
        ColorBuffer p = previous;
        if (p == null || previousPinned || !colors.isPartialOf(p.stamp()) || readers.containsKey(p.argb())
                || p.argb().length != colors.argb().length) {
            return null;
        }
        previous = null; // it becomes the next buffer's array
        return p.argb();
    }
}
