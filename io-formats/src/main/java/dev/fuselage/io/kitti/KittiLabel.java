package dev.fuselage.io.kitti;

import java.util.OptionalDouble;

/**
 * One line of a KITTI object label file ({@code label_2/NNNNNN.txt}), in the file's own conventions: the 2D box
 * in image-2 pixels; dimensions height, width, length in metres; {@code location} the centre of the box's
 * <em>bottom face</em> in the rectified camera-0 frame (x right, y down, z forward); {@code rotationY} about camera
 * y, 0 meaning the length axis along camera +x. {@code DontCare} lines keep their filler values.
 */
public record KittiLabel(String type, double truncated, int occluded, double alpha,
                         double left, double top, double right, double bottom,
                         double height, double width, double length,
                         double x, double y, double z, double rotationY, OptionalDouble score) {
    /** The region-only class KITTI uses for unlabeled areas. */
    public static final String DONT_CARE = "DontCare";

    public boolean isDontCare() {
        return DONT_CARE.equals(type);
    }
}
