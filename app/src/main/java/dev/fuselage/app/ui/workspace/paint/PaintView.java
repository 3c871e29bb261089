package dev.fuselage.app.ui.workspace.paint;

import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.project.segment.HeightRangeFilter;
import dev.fuselage.project.segment.MergedFrames;
import dev.fuselage.render.scene.CloudHandle;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cloud the paint tools work on, as shown in the scene: one frame's cloud, or several frames merged through
 * their ego poses. Its {@code semantic} and {@code instance} columns mirror the stored labels of every frame in it
 * (that is what the renderer colours); view index {@code k} is point {@link #localIndex} of frame {@link #frameOf}.
 */
final class PaintView {
    private final PointCloud cloud;
    private final CloudHandle handle;
    private final MergedFrames merged;
    private final String frameId;
    private final int[] semantic;
    private final int[] instance;

    private PaintView(PointCloud cloud, CloudHandle handle, MergedFrames merged, String frameId) {
        this.cloud = cloud;
        this.handle = handle;
        this.merged = merged;
        this.frameId = frameId;
        cloud.removeColumn(StandardAttributes.SEMANTIC); // the store is the truth: the columns mirror it
        cloud.removeColumn(StandardAttributes.INSTANCE);
        AttributeColumn s = cloud.addColumn(StandardAttributes.SEMANTIC, ScalarType.INT32, 1);
        AttributeColumn i = cloud.addColumn(StandardAttributes.INSTANCE, ScalarType.INT32, 1);
        this.semantic = s.ints();
        this.instance = i.ints();
    }

    /** One frame's cloud as the scene shows it under {@code handle}. */
    static PaintView single(PointCloud cloud, CloudHandle handle, String frameId) {
        return new PaintView(cloud, handle, null, frameId);
    }

    /** Frames merged in one cloud, shown under {@code handle}. */
    static PaintView merged(MergedFrames merged, CloudHandle handle) {
        return new PaintView(merged.cloud(), handle, merged, null);
    }

    PointCloud cloud() {
        return cloud;
    }

    CloudHandle handle() {
        return handle;
    }

    boolean isMerged() {
        return merged != null;
    }

    /** The frames in the view, in order. */
    List<String> frameIds() {
        return merged == null ? List.of(frameId) : merged.frameIds();
    }

    /** Each frame's own point count. */
    Map<String, Integer> pointCounts() {
        return merged == null ? Map.of(frameId, cloud.size()) : merged.pointCounts();
    }

    int size() {
        return cloud.size();
    }

    int semantic(int k) {
        return semantic[k];
    }

    int instance(int k) {
        return instance[k];
    }

    /** Where the lidar of frame {@code slot} (its place in {@link #frameIds()}) was, in world coordinates. */
    double[] sensor(int slot) {
        if (merged != null) {
            double[] s = merged.sensorPosition(slot); // the merged cloud's origin is the reference lidar
            return new double[] {cloud.originX() + s[0], cloud.originY() + s[1], cloud.originZ() + s[2]};
        }
        return new double[] {cloud.viewpoint().tx(), cloud.viewpoint().ty(), cloud.viewpoint().tz()};
    }

    /** The first view index of frame {@code slot}; {@code slot = frameIds().size()} gives the view's size. */
    int offset(int slot) {
        return merged != null ? merged.offset(slot) : slot == 0 ? 0 : cloud.size();
    }

    /** The view points {@code filter} hides, each frame's measured from its own sensor (view indices). */
    BitSet hiddenBy(HeightRangeFilter filter) {
        BitSet out = new BitSet(cloud.size());
        for (int f = 0; f < frameIds().size(); f++) {
            double[] s = sensor(f);
            filter.hide(cloud, offset(f), offset(f + 1), s[0], s[1], s[2], out);
        }
        return out;
    }

    /** A selection of view indices as frame id → that frame's own indices. */
    Map<String, int[]> split(int[] view) {
        if (merged == null) {
            Map<String, int[]> m = new LinkedHashMap<>();
            if (view.length > 0) {
                m.put(frameId, view);
            }
            return m;
        }
        return merged.split(view);
    }

    /** The view index of point {@code i} of a frame. */
    int viewIndex(String frame, int i) {
        return merged == null ? i : merged.mergedIndex(frame, i);
    }

    /** Writes a frame's points' labels into the view; returns the view indices whose label changed. */
    int[] write(String frame, int[] local, int sem, int inst) {
        int[] out = new int[local.length];
        int n = 0;
        int base = viewIndex(frame, 0); // a frame's points are contiguous: look the frame up once, not per point
        for (int i : local) {
            int k = base + i;
            if (semantic[k] != sem || instance[k] != inst) {
                semantic[k] = sem;
                instance[k] = inst;
                out[n++] = k;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Brings a frame's points in line with its stored labels (null: none stored); returns the view indices that
     * changed. Costs one pass over the frame's points (an undo, a redo, a box or ground edit).
     */
    int[] sync(String frame, PointLabels labels) {
        int count = pointCounts().getOrDefault(frame, 0);
        if (count == 0) {
            return new int[0];
        }
        int[] changed = new int[count];
        int n = 0;
        int base = viewIndex(frame, 0); // once per frame: 6 M lookups of a frame in a 50-frame list took seconds
        int stored = labels == null ? 0 : Math.min(count, labels.pointCount());
        int[] ls = labels == null ? null : labels.semantic(), li = labels == null ? null : labels.instance();
        for (int i = 0; i < count; i++) {
            int s = i < stored ? ls[i] : 0;
            int in = i < stored ? li[i] : 0;
            int k = base + i;
            if (semantic[k] != s || instance[k] != in) {
                semantic[k] = s;
                instance[k] = in;
                changed[n++] = k;
            }
        }
        return java.util.Arrays.copyOf(changed, n);
    }
}
