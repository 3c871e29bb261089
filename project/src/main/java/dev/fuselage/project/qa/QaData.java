package dev.fuselage.project.qa;

import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the checks find a frame's data: the project's frame files, with calibrations and image sizes read once
 * per file (thread-safe: the frame checks run on several threads). Files are keyed by the file system's file key where it has one, so a calibration hard-linked into
 * every frame (a tracking sequence's single calibration, copied per frame) is parsed once.
 */
final class QaData {
    private final ProjectFrames frames;
    private final Map<Object, KittiCalibration> calibs = new HashMap<>();
    private final Map<Object, ImageInfo> images = new HashMap<>();

    private QaData(ProjectFrames frames) {
        this.frames = frames;
    }

    static QaData of(ProjectStore project) throws IOException {
        return new QaData(ProjectFrames.of(project));
    }

    ProjectFrames.FrameFiles files(String frameId) {
        return frames.files(frameId);
    }

    synchronized Optional<KittiCalibration> calibration(String frameId) throws IOException {
        Optional<Path> file = files(frameId).calib();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Object key = key(file.get());
        KittiCalibration c = calibs.get(key);
        if (c == null) {
            c = KittiCalibrationIO.read(file.get());
            calibs.put(key, c);
        }
        return Optional.of(c);
    }

    synchronized Optional<ImageInfo> image(String frameId) throws IOException {
        Optional<Path> file = files(frameId).image();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Object key = key(file.get());
        ImageInfo info = images.get(key);
        if (info == null) {
            info = ImageInfo.read(file.get());
            images.put(key, info);
        }
        return Optional.of(info);
    }

    private static Object key(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return key != null ? key : file.toAbsolutePath().normalize();
    }
}
