package dev.fuselage.project.dataset;

import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.kitti.KittiCalibration;
import java.util.Optional;

/**
 * Test stand-in for the app's fusion-backed projector (io-formats cannot see fusion): projects the 8 corners with
 * {@code P_i · R0_rect · Tr_velo_to_cam}, and sees nothing of a box with a corner behind the camera.
 */
public final class CornerProjector implements BoxProjector {
    @Override
    public Optional<ProjectedBox> project(Cuboid box, KittiCalibration calib, int camera, int width, int height) {
        double[] m = calib.veloToRect4x4();
        double[] p = calib.projection(camera);
        double[] c = box.corners(new double[24]);
        double[] uv = new double[16];
        for (int i = 0; i < 8; i++) {
            double x = c[3 * i], y = c[3 * i + 1], z = c[3 * i + 2];
            double rx = m[0] * x + m[1] * y + m[2] * z + m[3];
            double ry = m[4] * x + m[5] * y + m[6] * z + m[7];
            double rz = m[8] * x + m[9] * y + m[10] * z + m[11];
            double w = p[8] * rx + p[9] * ry + p[10] * rz + p[11];
            if (w < 0.1) {
                return Optional.empty();
            }
            uv[2 * i] = (p[0] * rx + p[1] * ry + p[2] * rz + p[3]) / w;
            uv[2 * i + 1] = (p[4] * rx + p[5] * ry + p[6] * rz + p[7]) / w;
        }
        double depth = m[8] * box.cx() + m[9] * box.cy() + m[10] * box.cz() + m[11];
        return HullPolygons.box(uv, 8, width, height, depth);
    }
}
