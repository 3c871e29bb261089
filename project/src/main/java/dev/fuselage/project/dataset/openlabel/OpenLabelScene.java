package dev.fuselage.project.dataset.openlabel;

import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.project.dataset.ImportedObject;
import dev.fuselage.project.store.ImageAnnotation;
import java.util.List;
import java.util.Optional;

/**
 * What an OpenLABEL file holds, in a project's terms.
 *
 * @param frameIds    every frame of the file's frames and frame intervals, in order
 * @param objects     cuboids in the lidar frame, frame by frame in file order, with their 2D box and alpha
 * @param regions     2D boxes without a cuboid (DontCare regions included) of the camera {@code image_2}
 * @param calibration the lidar-camera calibration the file's streams and coordinate systems give, if they do
 */
public record OpenLabelScene(List<String> frameIds, List<ImportedObject> objects, List<ImageAnnotation> regions,
                             Optional<KittiCalibration> calibration) {
    public OpenLabelScene {
        frameIds = List.copyOf(frameIds);
        objects = List.copyOf(objects);
        regions = List.copyOf(regions);
    }
}
