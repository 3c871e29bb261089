package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.project.dataset.BoxProjector;
import dev.fuselage.project.dataset.CameraFrame;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Boxes marked visible that no part of lands on the frame's camera image. "Marked visible" is KITTI's meaning:
 * {@code occluded} 0, 1 or 2 (3 is "unknown"), or an attribute {@code visible} set to true. The cameras are the
 * frame's KITTI calibration with its camera-2 image (the camera KITTI labels refer to); a frame without them is
 * not checked.
 */
final class OutsideImageCheck implements FrameCheck {
    /** Attribute other ontologies use to say an object can be seen in the images. */
    static final String VISIBLE = "visible";
    private static final String OCCLUDED = "occluded";

    private final BoxProjector projector;

    OutsideImageCheck(BoxProjector projector) {
        this.projector = projector;
    }

    @Override
    public void check(QaFrame frame, List<Finding> out) throws IOException {
        if (frame.objects().isEmpty()) {
            return;
        }
        Optional<KittiCalibration> calib = frame.calibration();
        Optional<ImageInfo> image = frame.image();
        if (calib.isEmpty() || image.isEmpty()) {
            return;
        }
        for (ObjectAnnotation o : frame.objects()) {
            if (!markedVisible(o)) {
                continue;
            }
            if (projector.project(o.box(), calib.get(), CameraFrame.CAMERA, image.get().width(),
                    image.get().height()).isEmpty()) {
                out.add(Finding.of(FindingKind.OUTSIDE_IMAGE, Severity.WARNING, o, o.className() + " "
                        + o.trackId() + " is marked visible but projects outside the " + CameraFrame.CAMERA_NAME
                        + " image"));
            }
        }
    }

    static boolean markedVisible(ObjectAnnotation o) {
        Object visible = o.attributes().get(VISIBLE);
        if (visible instanceof Boolean b) {
            return b;
        }
        Object occluded = o.attributes().get(OCCLUDED);
        return occluded != null && List.of("0", "1", "2").contains(occluded.toString());
    }
}
