package dev.fuselage.core.scene;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One lidar sweep of a recording: its time stamp, where its cloud lies, the camera images taken with it and the
 * calibration that ties them together. Frames reference files; loading them is the I/O layer's job, so a sequence
 * of thousands of frames costs almost nothing in memory.
 *
 * @param id              stable name within the sequence, usually the file stem ({@code 000042})
 * @param timestampMicros acquisition time in microseconds (0 where the dataset gives none)
 * @param cloud           the lidar file
 * @param images          camera images, in rig order
 * @param calibration     calibration file for this frame, if any (KITTI has one per frame)
 */
public record Frame(String id, long timestampMicros, Path cloud, List<CameraImage> images, Optional<Path> calibration) {
    public Frame {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cloud, "cloud");
        images = List.copyOf(images);
        Objects.requireNonNull(calibration, "calibration");
    }

    /** The image of the named camera, if this frame has one. */
    public Optional<CameraImage> image(String camera) {
        return images.stream().filter(i -> i.camera().equals(camera)).findFirst();
    }
}
