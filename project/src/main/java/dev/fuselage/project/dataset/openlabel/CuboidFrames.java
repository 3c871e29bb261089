package dev.fuselage.project.dataset.openlabel;

import dev.fuselage.core.geometry.Cuboid;

/**
 * Turns an OpenLABEL cuboid given in some coordinate system into a lidar-frame {@link Cuboid} (length along its
 * x axis, width y, height z; {@code R = Rz(yaw)·Ry(pitch)·Rx(roll)}). The box's own axis nearest the lidar's up
 * axis becomes its height; of the other two, its x axis (else y) is the length. So a camera-frame box of KITTI
 * converters ({@code sx} length, {@code sy} height along camera y, which points down) and a lidar-frame box both
 * come out right, and the full rotation is kept.
 */
final class CuboidFrames {
    private CuboidFrames() {
    }

    /**
     * @param toLidar  4x4 transform from the cuboid's coordinate system to the lidar's
     * @param centre   box centre in its system
     * @param rotation box rotation in its system (3x3, columns are the box axes)
     * @param size     full sizes along the box's x, y, z axes
     */
    static Cuboid toLidar(double[] toLidar, double[] centre, double[] rotation, double[] size) {
        double[] m = Poses.mul3(Poses.rotation(toLidar), rotation);
        double cx = toLidar[0] * centre[0] + toLidar[1] * centre[1] + toLidar[2] * centre[2] + toLidar[3];
        double cy = toLidar[4] * centre[0] + toLidar[5] * centre[1] + toLidar[6] * centre[2] + toLidar[7];
        double cz = toLidar[8] * centre[0] + toLidar[9] * centre[1] + toLidar[10] * centre[2] + toLidar[11];
        int up = 0;
        for (int i = 1; i < 3; i++) {
            if (Math.abs(m[6 + i]) > Math.abs(m[6 + up])) {
                up = i;
            }
        }
        int len = up == 0 ? 1 : 0;
        int wid = 3 - up - len;
        double sign = m[6 + up] < 0 ? -1 : 1;
        double[] z = {sign * m[up], sign * m[3 + up], sign * m[6 + up]};
        double[] x = {m[len], m[3 + len], m[6 + len]};
        double[] y = {z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0]};
        // columns x, y, z form R = Rz(yaw)·Ry(pitch)·Rx(roll)
        double yaw = Math.atan2(x[1], x[0]);
        double pitch = Math.asin(Math.max(-1, Math.min(1, -x[2])));
        double roll = Math.atan2(y[2], z[2]);
        return new Cuboid(cx, cy, cz, size[len], size[wid], size[up], yaw, pitch, roll);
    }
}
