package dev.fuselage.ai;

import dev.fuselage.ai.detect.RgbImage;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.fusion.camera.CameraModel;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link PreLabeler} sees of one frame: the scan (sensor at the lidar frame's origin) and the calibrated
 * camera images taken with it.
 *
 * @param cloud   the lidar scan
 * @param cameras the cameras with their images; empty for geometric pre-labeling
 */
public record PreLabelInput(PointCloud cloud, List<CameraView> cameras) {
    public PreLabelInput {
        Objects.requireNonNull(cloud, "cloud");
        cameras = List.copyOf(cameras);
    }

    /** A scan without images. */
    public static PreLabelInput scanOnly(PointCloud cloud) {
        return new PreLabelInput(cloud, List.of());
    }

    /** One camera and its image of the frame. */
    public record CameraView(CameraModel camera, RgbImage image) {
        public CameraView {
            Objects.requireNonNull(camera, "camera");
            Objects.requireNonNull(image, "image");
        }
    }
}
