package dev.fuselage.project.dataset;

import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.kitti.KittiCalibration;
import java.util.Optional;

/**
 * Projects a lidar-frame cuboid into a camera image. io-formats knows no camera models (they live in the fusion
 * module, which depends on nothing here), so exporters that need 2D geometry take an implementation from the
 * caller; the app's is backed by fusion's {@code CuboidProjector}.
 */
@FunctionalInterface
public interface BoxProjector {
    /**
     * The box as KITTI camera {@code camera} (2 = left colour) sees it in an image of the given size; empty when no
     * part of it lands on the image.
     */
    Optional<ProjectedBox> project(Cuboid box, KittiCalibration calib, int camera, int imageWidth, int imageHeight);
}
