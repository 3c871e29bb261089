package dev.fuselage.render.scene;

import dev.fuselage.core.cloud.PointCloud;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What is drawn: point clouds, labelled cuboids (one selected), the ground grid, axes and camera frustums, and the
 * point style. Pure data — no GL — and thread-safe: the UI thread edits it while a render thread takes
 * {@link #snapshot()}s. Every edit bumps {@link #version()}, which is how renderers know a redraw is due.
 */
public final class Scene {
    /** Default moving-camera budget: points drawn per frame while interacting. */
    public static final int DEFAULT_POINT_BUDGET = 2_000_000;
    private final Map<Integer, SceneCloud> clouds = new LinkedHashMap<>();
    private int nextId = 1;
    private long version;
    private List<SceneCuboid> cuboids = List.of();
    private long selectedCuboid = Long.MIN_VALUE;
    private GroundGrid grid = GroundGrid.DEFAULT;
    private double axesLength = 2;
    private List<CameraFrustum> frustums = List.of();
    private PointStyle style = PointStyle.DEFAULT;
    private int background = 0xFF101418;
    private int pointBudget = DEFAULT_POINT_BUDGET;
    private LineBatch lines;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /**
     * Tells {@code listener} about every edit from now on, so a view can ask for a frame whenever the scene changed
     * (not only when its camera moved). It runs on the editing thread with the scene locked: keep it short (post
     * to the UI thread) and do not edit the scene from it.
     */
    public void addChangeListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Stops telling {@code listener} about edits. */
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Adds a cloud. Sorts a copy of its positions for drawing (about a second per 10 M points), so call it off the
     * UI thread. The scene keeps a reference to the cloud: call {@link #updateColors} after changing its label
     * columns.
     */
    public CloudHandle addCloud(PointCloud cloud) {
        return addPrepared(cloud, PreparedCloud.prepare(cloud));
    }

    /**
     * Adds a cloud already prepared with {@link PreparedCloud#prepare}: no sorting, so it is cheap enough for the UI
     * thread. This lets an application prepare clouds it expects to show (the next frames of a sequence) in the
     * background and swap them in at once. {@code prepared} must come from this very cloud.
     *
     * @throws IllegalArgumentException when {@code prepared} holds more points than {@code cloud}
     */
    public CloudHandle addPrepared(PointCloud cloud, PreparedCloud prepared) {
        if (prepared.size() > cloud.size()) {
            throw new IllegalArgumentException("prepared cloud has " + prepared.size()
                    + " points but the source cloud only " + cloud.size() + ": prepared from another cloud");
        }
        synchronized (this) {
            CloudHandle h = new CloudHandle(nextId++);
            clouds.put(h.id(), new SceneCloud(h, cloud, prepared));
            changed(true);
            return h;
        }
    }

    /** Removes a cloud; renderers free its buffers on their next frame. Unknown handles are ignored. */
    public synchronized void removeCloud(CloudHandle handle) {
        if (clouds.remove(handle.id()) != null) {
            changed(true);
        }
    }

    /** Removes every cloud. */
    public synchronized void clearClouds() {
        clouds.clear();
        changed(true);
    }

    /** The cloud behind a handle, if still in the scene. */
    public synchronized Optional<SceneCloud> cloud(CloudHandle handle) {
        return Optional.ofNullable(clouds.get(handle.id()));
    }

    /** Number of clouds. */
    public synchronized int cloudCount() {
        return clouds.size();
    }

    /** Recolours a cloud after its label (semantic/instance/colour) columns changed. */
    public synchronized void updateColors(CloudHandle handle) {
        SceneCloud c = clouds.get(handle.id());
        if (c != null) {
            c.labelsChanged();
            changed(false);
        }
    }

    /**
     * Recolours only these points (source indices) of a cloud after their label columns changed: a brush dab
     * costs its changed points, not the cloud (the colour array is copied, not recomputed, and a GPU backend
     * uploads only the changed entries). Unknown handles are ignored.
     */
    public synchronized void updateColors(CloudHandle handle, int[] sourceIndices) {
        SceneCloud c = clouds.get(handle.id());
        if (c != null && sourceIndices.length > 0) {
            c.labelsChanged(sourceIndices);
            changed(false);
        }
    }

    /** Highlights points (source indices) of a cloud in the style's highlight colour; null or empty clears. */
    public synchronized void setHighlightedPoints(CloudHandle handle, BitSet points) {
        SceneCloud c = clouds.get(handle.id());
        if (c != null) {
            c.setHighlight(points);
            changed(false);
        }
    }

    /**
     * Hides points (source indices) of a cloud: they are neither drawn nor picked, in every colour mode, as the
     * points of {@linkplain ClassPalette#withHidden hidden classes} are (the app's height and range filters of the
     * paint tools). Recolours that cloud once; null or empty shows all again.
     */
    public synchronized void setHiddenPoints(CloudHandle handle, BitSet points) {
        SceneCloud c = clouds.get(handle.id());
        if (c != null) {
            c.setHiddenPoints(points);
            changed(false);
        }
    }

    /** Replaces the boxes. */
    public synchronized void setCuboids(List<SceneCuboid> boxes) {
        cuboids = List.copyOf(boxes);
        changed(true);
    }

    /** Selects the box with this id (drawn white); an id no box has clears the selection. */
    public synchronized void setSelectedCuboid(long id) {
        selectedCuboid = id;
        changed(true);
    }

    /** Clears the box selection. */
    public synchronized void clearSelectedCuboid() {
        setSelectedCuboid(Long.MIN_VALUE);
    }

    /** Sets the ground grid; null hides it. */
    public synchronized void setGrid(GroundGrid g) {
        grid = g;
        changed(true);
    }

    /** Length of the x/y/z axes at the origin (red/green/blue); 0 hides them. */
    public synchronized void setAxesLength(double metres) {
        axesLength = Math.max(0, metres);
        changed(true);
    }

    /** Replaces the camera frustums. */
    public synchronized void setFrustums(List<CameraFrustum> list) {
        frustums = List.copyOf(list);
        changed(true);
    }

    public synchronized PointStyle style() {
        return style;
    }

    /** Sets the point style (colour mode, size, filter...). */
    public synchronized void setStyle(PointStyle s) {
        style = Objects.requireNonNull(s);
        changed(false);
    }

    /** Opaque background colour. */
    public synchronized void setBackground(int argb) {
        background = 0xFF000000 | argb;
        changed(false);
    }

    /** Points drawn per frame at most while the camera moves (all clouds together); still frames draw all. */
    public synchronized void setPointBudget(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("point budget must be >= 1: " + points);
        }
        pointBudget = points;
        changed(false);
    }

    /** Increases on every edit. */
    public synchronized long version() {
        return version;
    }

    /** The current state, immutable. Line overlays are rebuilt only after an edit that touched them. */
    public synchronized SceneSnapshot snapshot() {
        List<SceneCloud> list = new ArrayList<>(clouds.values());
        if (lines == null) {
            double ax = 0, ay = 0, az = 0;
            if (!list.isEmpty()) {
                PreparedCloud p = list.get(0).prepared();
                ax = p.originX();
                ay = p.originY();
                az = p.originZ();
            }
            lines = SceneLines.build(ax, ay, az, grid, axesLength, cuboids, selectedCuboid, frustums);
        }
        return new SceneSnapshot(version, List.copyOf(list), cuboids, lines, style, background, pointBudget);
    }

    private void changed(boolean overlays) {
        version++;
        if (overlays) {
            lines = null;
        }
        listeners.forEach(Runnable::run);
    }
}
