package dev.fuselage.project.dataset.kitti;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.project.dataset.CameraFrame;
import dev.fuselage.project.dataset.ProjectedBox;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.project.store.ImageAnnotation;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Turns a frame's objects into KITTI label lines. Location and rotation_y come from the lidar cuboid through the
 * calibration; the 2D box and alpha are the imported ones while the cuboid is unedited, else the box comes from
 * the cuboid's projection into camera 2 and alpha from location and rotation_y. Truncation and
 * occlusion come from the object's {@code truncated} / {@code occluded} attributes when set, otherwise from the
 * projection: truncation is the part of the hull off the image, occlusion the part of the 2D box covered by nearer
 * objects' boxes. A pre-label's score is written as the optional 16th column, as KITTI's detection results have it.
 */
public final class KittiObjectLabels {
    /** Attribute names shared with the KITTI ontology preset. */
    public static final String TRUNCATED = "truncated";
    public static final String OCCLUDED = "occluded";
    /** Tracking files' integer truncation level, kept by the tracking import. */
    public static final String TRUNCATION_LEVEL = "truncation_level";

    private KittiObjectLabels() {
    }

    /**
     * The label lines of one frame, in its objects' order; objects not visible in camera 2 are skipped. An imported
     * object with its cuboid unchanged keeps the file's 2D box and alpha (see {@link CameraFrame}).
     */
    public static List<KittiLabel> labels(CameraFrame frame) {
        List<ObjectAnnotation> objects = frame.objects();
        List<ProjectedBox> projected = frame.projected();
        List<KittiLabel> out = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            ProjectedBox p = projected.get(i);
            if (p != null) {
                out.add(label(objects.get(i), p, occluded(objects.get(i), i, projected), frame.alphas().get(i),
                        frame.calib()));
            }
        }
        return out;
    }

    static KittiLabel label(ObjectAnnotation o, ProjectedBox p, int occluded, OptionalDouble importedAlpha,
                            KittiCalibration calib) {
        double[] cam = KittiBoxes.toCamera(o.box(), calib);
        double x = cam[0];
        double z = cam[2];
        double ry = cam[3];
        double alpha = importedAlpha.isPresent() ? importedAlpha.getAsDouble()
                : KittiBoxes.normalize(ry - Math.atan2(x, z));
        double truncated = number(o, TRUNCATED).orElse(p.truncation());
        return new KittiLabel(o.className(), truncated, occluded, alpha, p.left(), p.top(), p.right(), p.bottom(),
                o.box().height(), o.box().width(), o.box().length(), x, cam[1], z, ry,
                o.source() == Source.PRE_LABEL ? o.score() : OptionalDouble.empty());
    }

    /** A DontCare region as KITTI writes it: the 2D box with -1 / -10 / -1000 fillers everywhere else. */
    public static KittiLabel dontCare(ImageAnnotation region) {
        return new KittiLabel(KittiLabel.DONT_CARE, -1, -1, -10, region.left(), region.top(), region.right(),
                region.bottom(), -1, -1, -1, -1000, -1000, -1000, -10, OptionalDouble.empty());
    }

    private static int occluded(ObjectAnnotation o, int index, List<ProjectedBox> projected) {
        OptionalDouble set = number(o, OCCLUDED);
        if (set.isPresent()) {
            return (int) set.getAsDouble();
        }
        double covered = Occlusion.coveredFraction(index, projected);
        return covered < 0.1 ? 0 : covered < 0.5 ? 1 : 2;
    }

    /** A numeric attribute, given as a number or as text (the KITTI preset's occlusion is an enum of digits). */
    static OptionalDouble number(ObjectAnnotation o, String name) {
        Object v = o.attributes().get(name);
        if (v instanceof Number n) {
            return OptionalDouble.of(n.doubleValue());
        }
        if (v instanceof String s) {
            try {
                return OptionalDouble.of(Double.parseDouble(s.strip()));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }
}
