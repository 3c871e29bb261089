package dev.fuselage.core.scene;

import java.nio.file.Path;
import java.util.Objects;

/** One camera's image of a frame: the camera's name in the rig (e.g. {@code image_2}, {@code front}) and the file. */
public record CameraImage(String camera, Path file) {
    public CameraImage {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(file, "file");
    }
}
