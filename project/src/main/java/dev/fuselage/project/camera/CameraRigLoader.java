package dev.fuselage.project.camera;

import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.rig.CameraRig;
import dev.fuselage.fusion.rig.ImageSizeProbe;
import dev.fuselage.fusion.rig.KittiCameras;
import dev.fuselage.fusion.rig.RigJson;
import dev.fuselage.fusion.rig.SustechCalibration;
import dev.fuselage.project.dataset.ProjectFrames.FrameFiles;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the cameras of one frame from the files around its cloud, first match wins:
 * <ol>
 *   <li>a Fuselage rig ({@value #RIG_FILE}, see {@code fusion/RIG_FORMAT.md}) beside the clouds, images in
 *       {@code <name>/} or {@code camera/<name>/} beside the clouds or one folder up;</li>
 *   <li>a SUSTechPOINTS scene: clouds in {@code <scene>/lidar/}, calibrations {@code <scene>/calib/camera/*.json},
 *       images {@code <scene>/camera/<name>/<frame>.jpg};</li>
 *   <li>a KITTI calibration ({@code calib/<frame>.txt}): camera {@code image_2} with the frame's image, and
 *       {@code image_3} when {@code image_3/<frame>.png} exists.</li>
 * </ol>
 * A camera without an image for the frame is left out (there is nothing to draw on). Image sizes come from the
 * image headers. No JavaFX; safe on any thread.
 */
public final class CameraRigLoader {
    /** The rig file looked for beside a frame's cloud. */
    public static final String RIG_FILE = "rig.json";
    private static final String[] IMAGE_EXTS = {".png", ".jpg", ".jpeg"};
    private static final ImageSizeProbe PROBE = image -> {
        ImageInfo info = ImageInfo.read(image);
        return new ImageSize(info.width(), info.height());
    };

    private CameraRigLoader() {
    }

    /**
     * The cameras of a frame, in rig order; empty when the frame has no calibration.
     *
     * @throws IOException when a calibration or image header is there but cannot be read
     */
    public static List<FrameCamera> load(String frameId, FrameFiles files) throws IOException {
        if (files.cloud().isPresent()) {
            Path cloudDir = files.cloud().get().toAbsolutePath().getParent();
            Path rigFile = cloudDir.resolve(RIG_FILE);
            if (Files.isRegularFile(rigFile)) {
                return withImages(RigJson.read(rigFile), frameId, cloudDir, cloudDir.getParent());
            }
            Path scene = cloudDir.getParent();
            if (scene != null && cloudDir.getFileName().toString().equals("lidar")
                    && Files.isDirectory(scene.resolve("calib").resolve("camera"))) {
                return withImages(SustechCalibration.readRig(scene, PROBE), frameId, scene);
            }
        }
        if (files.calib().isPresent()) {
            return kitti(frameId, files);
        }
        return List.of();
    }

    /** KITTI: the left colour camera with the frame's image, and the right one when its image is there. */
    private static List<FrameCamera> kitti(String frameId, FrameFiles files) throws IOException {
        KittiCalibration calib = KittiCalibrationIO.read(files.calib().orElseThrow());
        List<FrameCamera> out = new ArrayList<>(2);
        if (files.image().isPresent()) {
            Path image = files.image().get();
            out.add(new FrameCamera(kittiCamera(2, calib, image), image));
        }
        Path root = files.calib().get().toAbsolutePath().getParent().getParent();
        Optional<Path> right = image(root.resolve("image_3"), frameId);
        if (right.isPresent()) {
            out.add(new FrameCamera(kittiCamera(3, calib, right.get()), right.get()));
        }
        return out;
    }

    private static CameraModel kittiCamera(int index, KittiCalibration calib, Path image) throws IOException {
        return KittiCameras.camera(index, calib.p(), calib.r0Rect(), calib.trVeloToCam(), PROBE.sizeOf(image))
                .camera();
    }

    /** Pairs each camera with its image of the frame, looked for under the given roots in order. */
    private static List<FrameCamera> withImages(CameraRig rig, String frameId, Path... roots) {
        List<FrameCamera> out = new ArrayList<>(rig.size());
        for (CameraModel c : rig.cameras()) {
            Optional<Path> found = Optional.empty();
            for (Path root : roots) {
                if (root == null || found.isPresent()) {
                    continue;
                }
                found = image(root.resolve(c.name()), frameId)
                        .or(() -> image(root.resolve("camera").resolve(c.name()), frameId));
            }
            found.ifPresent(p -> out.add(new FrameCamera(c, p)));
        }
        return out;
    }

    private static Optional<Path> image(Path dir, String frameId) {
        for (String ext : IMAGE_EXTS) {
            Path p = dir.resolve(frameId + ext);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
