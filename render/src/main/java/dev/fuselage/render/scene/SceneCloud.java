package dev.fuselage.render.scene;

import dev.fuselage.core.cloud.PointCloud;
import java.util.BitSet;
import java.util.Objects;

/**
 * A cloud in a {@link Scene}: the source {@link PointCloud}, its {@link PreparedCloud} draw order, the highlighted
 * points, and its colours cached per style. Holds no GPU objects: backends keep their own per-cloud state keyed by
 * this object and free it when the cloud leaves the scene.
 */
public final class SceneCloud {
    private final CloudHandle handle;
    private final PointCloud source;
    private final PreparedCloud prepared;
    private volatile BitSet highlight;
    private volatile long labelVersion;
    private ColorBuffer colors;
    private PointStyle colorsStyle;
    private int colorsBackground;
    private long colorsLabelVersion = -1;
    private long stampCounter;

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
        highlight = points == null ? null : (BitSet) points.clone();
        labelVersion++;
    }

    void labelsChanged() {
        labelVersion++;
    }

    /**
     * The colours for a style, recomputed only when the style, background, labels or highlight changed since the
     * last call. Safe to call from several render threads.
     */
    public synchronized ColorBuffer colors(PointStyle style, int background) {
        long lv = labelVersion;
        if (colors == null || lv != colorsLabelVersion || !style.equals(colorsStyle) || background != colorsBackground) {
            int[] argb = CloudColors.compute(source, prepared, style, background, highlight);
            colors = new ColorBuffer(argb, ++stampCounter);
            colorsStyle = style;
            colorsBackground = background;
            colorsLabelVersion = lv;
        }
        return colors;
    }
}
