package dev.fuselage.ai.model;

import java.util.Optional;

/** What a model does, as named in its descriptor's {@code task} key. */
public enum ModelTask {
    /** Boxes in a camera image (YOLOX-style); lifted to 3D with the lidar. */
    DETECT2D("detect2d"),
    /** Cuboids straight from the point cloud (PointPillars-style exports). */
    DETECT3D("detect3d"),
    /** A class per lidar point. */
    SEGMENT3D("segment3d");

    private final String key;

    ModelTask(String key) {
        this.key = key;
    }

    /** The descriptor's spelling. */
    public String key() {
        return key;
    }

    /** The task spelled {@code key}, if any. */
    public static Optional<ModelTask> byKey(String key) {
        for (ModelTask t : values()) {
            if (t.key.equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
