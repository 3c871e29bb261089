package dev.fuselage.project.dataset.openlabel;

/**
 * Converts between the cuboid's rotation {@code R = Rz(yaw)·Ry(pitch)·Rx(roll)} and a unit quaternion
 * {@code (x, y, z, w)}, OpenLABEL's cuboid orientation.
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

    /** {@code [yaw, pitch, roll]} of a quaternion (normalised first). */
    static double[] toEuler(double x, double y, double z, double w) {
        double n = Math.sqrt(x * x + y * y + z * z + w * w);
        if (!(n > 0)) {
            throw new IllegalArgumentException("zero quaternion");
        }
        x /= n;
        y /= n;
        z /= n;
        w /= n;
        double roll = Math.atan2(2 * (w * x + y * z), 1 - 2 * (x * x + y * y));
        double s = Math.max(-1, Math.min(1, 2 * (w * y - z * x)));
        double pitch = Math.asin(s);
        double yaw = Math.atan2(2 * (w * z + x * y), 1 - 2 * (y * y + z * z));
        return new double[] {yaw, pitch, roll};
    }
}
