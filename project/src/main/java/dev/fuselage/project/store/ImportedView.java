package dev.fuselage.project.store;

import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.geometry.Cuboid;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a dataset file showed an imported object, kept so that an export can give it back unchanged while the
 * object's cuboid is as imported: its place among its frame's objects, the cuboid as imported, the 2D box drawn in
 * the file (KITTI's hand-drawn box, not the projection of the cuboid) and KITTI's observation angle alpha. Once the
 * cuboid differs from {@link #cuboid()} (any edit, however made), exporters derive box and alpha again; an undo
 * back to the imported cuboid restores them.
 *
 * @param objectId the imported object
 * @param position its index among the objects of its frame in the source file (exports keep this order)
 * @param cuboid   the cuboid the import stored, bit for bit
 * @param box      the file's 2D box of the object in camera {@code image_2}, if the file had one
 * @param alpha    the file's observation angle, if it had one
 */
public record ImportedView(ObjectId objectId, int position, Cuboid cuboid, Optional<ImageBox> box,
                           OptionalDouble alpha) {
    public ImportedView {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(cuboid, "cuboid");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(alpha, "alpha");
    }

    /**
     * A 2D box in pixels on one camera image.
     *
     * @param camera image stream name, e.g. {@code image_2}
     */
    public record ImageBox(String camera, double left, double top, double right, double bottom) {
        public ImageBox {
            Objects.requireNonNull(camera, "camera");
            for (double d : new double[] {left, top, right, bottom}) {
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException("box edges must be finite: " + left + " " + top + " "
                            + right + " " + bottom);
                }
            }
        }
    }

    /** Whether {@code current} is still the imported cuboid (exact comparison: any edit counts). */
    public boolean isUnchanged(Cuboid current) {
        return cuboid.equals(current);
    }
}
