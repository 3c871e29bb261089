package dev.fuselage.project.demo;

import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.kitti.KittiLabel;
import java.util.Objects;

/**
 * One labelled object of one demo frame: the exact box the generator placed, its KITTI label line and how much
 * of it the sensors saw.
 *
 * @param track         stable identity across frames
 * @param type          KITTI type ({@code Car} or {@code Pedestrian})
 * @param box           the box in the lidar frame (geometric centre, yaw about lidar z)
 * @param label         the {@code label_2} line: 2D box from projecting {@code box} into camera 2, truncation,
 *                      occlusion level, alpha, bottom-centre location in the rectified camera frame
 * @param lidarPoints   how many lidar points hit the object
 * @param visiblePixels how many image pixels show the object
 * @param occludedShare share of the object's silhouette hidden by nearer objects, 0..1
 */
public record DemoObject(TrackId track, String type, Cuboid box, KittiLabel label, int lidarPoints,
                         int visiblePixels, double occludedShare) {
    public DemoObject {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(label, "label");
    }
}
