package dev.fuselage.project.camera;

import dev.fuselage.fusion.camera.CameraModel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One camera of a frame: its calibrated model (lidar → pixel) and the image it took of that frame.
 *
 * @param camera the camera, named as its image folder ({@code image_2}, {@code front})
 * @param image  the frame's image file of this camera
 */
public record FrameCamera(CameraModel camera, Path image) {
    public FrameCamera {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(image, "image");
    }

    public String name() {
        return camera.name();
    }
}
