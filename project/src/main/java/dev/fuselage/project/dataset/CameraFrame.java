package dev.fuselage.project.dataset;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.project.store.ImportedView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One frame as KITTI camera 2 sees it: its calibration, image size and each object's 2D view (null where the
 * object is not on the image), shared by the exporters that write 2D geometry. An imported object whose cuboid is
 * still the imported one keeps the 2D box and alpha of its file (a hand-drawn box is not the projection of the
 * cuboid); any other object's box is derived from its cuboid. Objects come in file order for imported ones, then
 * the others.
 *
 * @param frameId   the frame
 * @param calib     its calibration
 * @param image     its camera-2 image size, when the frame has an image
 * @param objects   its objects
 * @param projected 2D view of each object, index for index; null entries are not visible
 * @param alphas    the imported observation angle of each object, index for index; empty where it is derived
 */
public record CameraFrame(String frameId, KittiCalibration calib, Optional<ImageInfo> image,
                          List<ObjectAnnotation> objects, List<ProjectedBox> projected, List<OptionalDouble> alphas) {
    /** KITTI's left colour camera, the one its labels refer to. */
    public static final int CAMERA = 2;
    /** Name of that camera's image stream. */
    public static final String CAMERA_NAME = "image_2";

    /**
     * The 2D view of a frame's objects in camera 2.
     *
     * @throws IOException when the frame has no calibration, or no image while an object needs its box derived
     *                     (the image size clips it)
     */
    public static CameraFrame of(ExportSource source, String frameId, String format) throws IOException {
        KittiCalibration calib = source.calibration(frameId).orElseThrow(() -> new IOException(format
                + " export needs each frame's KITTI calibration; frame " + frameId + " has none"));
        Optional<ImageInfo> image = source.imageInfo(frameId);
        BoxProjector projector = source.projector(format);
        Map<ObjectId, ImportedView> views = source.store().importedViews(frameId);
        List<ObjectAnnotation> objects = inFileOrder(source.objects(frameId), views);
        List<ProjectedBox> projected = new ArrayList<>(objects.size());
        List<OptionalDouble> alphas = new ArrayList<>(objects.size());
        for (ObjectAnnotation o : objects) {
            ImportedView view = views.get(o.id());
            boolean kept = view != null && view.isUnchanged(o.box());
            Optional<ImportedView.ImageBox> box = kept ? view.box().filter(b -> b.camera().equals(CAMERA_NAME))
                    : Optional.empty();
            ProjectedBox p = image.isPresent()
                    ? projector.project(o.box(), calib, CAMERA, image.get().width(), image.get().height()).orElse(null)
                    : null;
            if (box.isPresent()) {
                p = rectangle(box.get(), p, o, calib);
            } else if (image.isEmpty()) {
                throw new IOException(format + " export needs each frame's camera image (for its size) to derive"
                        + " the 2D box of an edited or new object; frame " + frameId + " has none (object "
                        + o.className() + " " + o.id() + ")");
            }
            projected.add(p);
            alphas.add(kept ? view.alpha() : OptionalDouble.empty());
        }
        return new CameraFrame(frameId, calib, image, objects, projected, alphas);
    }

    /** Imported objects by their place in the file, then the others in store order. */
    public static List<ObjectAnnotation> inFileOrder(List<ObjectAnnotation> objects, Map<ObjectId, ImportedView> views) {
        List<ObjectAnnotation> sorted = new ArrayList<>(objects);
        sorted.sort(Comparator.comparingInt(o -> {
            ImportedView v = views.get(o.id());
            return v == null ? Integer.MAX_VALUE : v.position();
        }));
        return sorted;
    }

    /** The file's box as a rectangle view; truncation and depth from the projection when there is one. */
    private static ProjectedBox rectangle(ImportedView.ImageBox b, ProjectedBox projection, ObjectAnnotation o,
                                          KittiCalibration calib) {
        double depth = projection != null ? projection.depth() : KittiBoxes.toCamera(o.box(), calib)[2];
        double truncation = projection != null ? projection.truncation() : 0;
        return new ProjectedBox(b.left(), b.top(), b.right(), b.bottom(), truncation, depth,
                new double[] {b.left(), b.top(), b.right(), b.top(), b.right(), b.bottom(), b.left(), b.bottom()});
    }
}
