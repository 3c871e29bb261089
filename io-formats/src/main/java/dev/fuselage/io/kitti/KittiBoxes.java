package dev.fuselage.io.kitti;

import dev.fuselage.core.geometry.Affine4;
import dev.fuselage.core.geometry.Cuboid;

/**
 * Converts between KITTI label boxes (bottom-centre location in the rectified camera frame, rotation about
 * camera y) and lidar-frame {@link Cuboid}s (geometric centre, yaw about lidar z), through a frame's calibration.
 * With KITTI's usual {@code Tr_velo_to_cam} this reduces to {@code yaw = -rotation_y - pi/2}; the general form
 * below transforms the heading vector, so calibrations with small extra rotations stay exact.
 */
public final class KittiBoxes {
    private KittiBoxes() {
    }

    /** The label's box in the lidar frame. */
    public static Cuboid toLidar(KittiLabel label, KittiCalibration calib) {
        double[] rectToVelo = calib.rectToVelo4x4();
        double[] c = Affine4.transform(rectToVelo, label.x(), label.y() - label.height() / 2, label.z(), new double[3]);
        double ry = label.rotationY();
        double[] d = Affine4.rotate(rectToVelo, Math.cos(ry), 0, -Math.sin(ry), new double[3]);
        double yaw = Math.atan2(d[1], d[0]);
        return Cuboid.upright(c[0], c[1], c[2], label.length(), label.width(), label.height(), yaw);
    }

    /**
     * The KITTI placement of a lidar box: {@code [x, y, z, rotation_y]} with {@code (x, y, z)} the bottom-face
     * centre in the rectified camera frame and rotation_y in (-pi, pi].
     */
    public static double[] toCamera(Cuboid box, KittiCalibration calib) {
        double[] veloToRect = calib.veloToRect4x4();
        double[] c = Affine4.transform(veloToRect, box.cx(), box.cy(), box.cz(), new double[3]);
        // the box's true heading (pitch included), so a box tilted by the calibration comes back to its rotation_y
        double cp = Math.cos(box.pitch());
        double[] d = Affine4.rotate(veloToRect, cp * Math.cos(box.yaw()), cp * Math.sin(box.yaw()), -Math.sin(box.pitch()),
                new double[3]);
        double ry = normalize(Math.atan2(-d[2], d[0]));
        return new double[] {c[0], c[1] + box.height() / 2, c[2], ry};
    }

    /** Wraps an angle into (-pi, pi]. */
    public static double normalize(double a) {
        double r = Math.IEEEremainder(a, 2 * Math.PI);
        return r <= -Math.PI ? r + 2 * Math.PI : r;
    }
}
