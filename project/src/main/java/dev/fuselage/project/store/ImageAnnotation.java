package dev.fuselage.project.store;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.Source;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A 2D box drawn on (or imported for) one camera image of a frame: COCO boxes, KITTI {@code DontCare} regions,
 * boxes from the image tools. Kept apart from the 3D objects because it has no cuboid.
 *
 * @param id         identity of this box
 * @param frameId    the frame whose image it marks
 * @param camera     camera (image stream) name, e.g. {@code image_2}
 * @param className  class name; {@code DontCare} marks a region to ignore
 * @param attributes values as in {@link ObjectAnnotation#attributes()}
 * @param left       left edge in pixels
 * @param top        top edge in pixels
 * @param right      right edge in pixels
 * @param bottom     bottom edge in pixels
 * @param source     where it came from
 */
public record ImageAnnotation(UUID id, String frameId, String camera, String className, Map<String, Object> attributes,
                              double left, double top, double right, double bottom, Source source) {
    /** KITTI's class for image regions that hold unlabeled objects. */
    public static final String DONT_CARE = "DontCare";

    public ImageAnnotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(source, "source");
        for (double d : new double[] {left, top, right, bottom}) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("box edges must be finite: " + left + " " + top + " " + right
                        + " " + bottom);
            }
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        attributes.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "attribute name"),
                ObjectAnnotation.checkValue(k, v)));
        attributes = Collections.unmodifiableMap(copy);
    }

    public boolean isDontCare() {
        return DONT_CARE.equals(className);
    }
}
