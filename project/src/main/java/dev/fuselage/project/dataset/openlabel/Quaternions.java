package dev.fuselage.project.dataset.openlabel;

/**
 * Converts the cuboid's rotation {@code R = Rz(yaw)·Ry(pitch)·Rx(roll)} into a unit quaternion {@code (x, y, z, w)},
 * OpenLABEL's cuboid orientation (reading goes through {@link Poses#quaternion} and {@link CuboidFrames}).
 */
final class Quaternions {
    private Quaternions() {
    }

    /** {@code [qx, qy, qz, qw]} of yaw, pitch, roll. */
    static double[] fromEuler(double yaw, double pitch, double roll) {
        double cy = Math.cos(yaw / 2), sy = Math.sin(yaw / 2);
        double cp = Math.cos(pitch / 2), sp = Math.sin(pitch / 2);
        double cr = Math.cos(roll / 2), sr = Math.sin(roll / 2);
        return new double[] {
                sr * cp * cy - cr * sp * sy,
                cr * sp * cy + sr * cp * sy,
                cr * cp * sy - sr * sp * cy,
                cr * cp * cy + sr * sp * sy};
    }
}
