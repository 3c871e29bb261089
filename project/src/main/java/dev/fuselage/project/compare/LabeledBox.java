package dev.fuselage.project.compare;

import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import java.util.Optional;

/**
 * One box of a label set.
 *
 * @param frameId   its frame
 * @param track     its track, when the set has tracks (a KITTI object label folder has none)
 * @param className its class
 * @param box       the box in the lidar frame
 */
public record LabeledBox(String frameId, Optional<TrackId> track, String className, Cuboid box) {
}
