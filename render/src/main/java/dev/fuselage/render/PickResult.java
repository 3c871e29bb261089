package dev.fuselage.render;

import dev.fuselage.render.scene.CloudHandle;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What lies under a screen position.
 *
 * @param cloud      the cloud of the picked point, or null when no point was hit
 * @param pointIndex index of the point in its source {@code PointCloud}, or -1
 * @param x          picked point's world x (NaN when none)
 * @param y          world y
 * @param z          world z
 * @param cuboidId   id of the nearest box the pick ray enters, or empty
 * @param cuboidDistance distance along the ray to that box, or NaN
 */
public record PickResult(CloudHandle cloud, int pointIndex, double x, double y, double z, OptionalLong cuboidId,
                         double cuboidDistance) {
    /** Nothing under the cursor. */
    public static final PickResult NONE = new PickResult(null, -1, Double.NaN, Double.NaN, Double.NaN,
            OptionalLong.empty(), Double.NaN);

    public boolean hasPoint() {
        return cloud != null;
    }

    /** The point index as an optional. */
    public OptionalInt point() {
        return cloud == null ? OptionalInt.empty() : OptionalInt.of(pointIndex);
    }
}
