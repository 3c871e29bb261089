package dev.fuselage.project.dataset;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiCalibration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One frame as KITTI camera 2 sees it: its calibration, image size and each object's projection (null where the
 * object is not on the image). Shared by the exporters that write 2D geometry.
 *
 * @param frameId   the frame
 * @param calib     its calibration
 * @param image     its camera-2 image size
 * @param objects   its objects
 * @param projected projection of each object, index for index; null entries are not visible
 */
public record CameraFrame(String frameId, KittiCalibration calib, ImageInfo image, List<ObjectAnnotation> objects,
                          List<ProjectedBox> projected) {
    /** KITTI's left colour camera, the one its labels refer to. */
    public static final int CAMERA = 2;
    /** Name of that camera's image stream. */
    public static final String CAMERA_NAME = "image_2";

    /**
     * Projects a frame's objects into camera 2.
     *
     * @throws IOException when the frame has no calibration or no image (its size clips the boxes)
     */
    public static CameraFrame of(ExportSource source, String frameId, String format) throws IOException {
        KittiCalibration calib = source.calibration(frameId).orElseThrow(() -> new IOException(format
                + " export needs each frame's KITTI calibration; frame " + frameId + " has none"));
        ImageInfo image = source.imageInfo(frameId).orElseThrow(() -> new IOException(format
                + " export needs each frame's camera image (for its size); frame " + frameId + " has none"));
        BoxProjector projector = source.projector(format);
        List<ObjectAnnotation> objects = source.store().objects(frameId);
        List<ProjectedBox> projected = new ArrayList<>(objects.size());
        for (ObjectAnnotation o : objects) {
            projected.add(projector.project(o.box(), calib, CAMERA, image.width(), image.height()).orElse(null));
        }
        return new CameraFrame(frameId, calib, image, objects, projected);
    }
}
