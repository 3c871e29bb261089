package dev.fuselage.fusion.rig;

import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.camera.Intrinsics;
import dev.fuselage.fusion.camera.LidarToCamera;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds camera models from a KITTI object/raw calibration given as plain row-major arrays ({@code P0..P3}: 12
 * values each, {@code R0_rect}: 9, {@code Tr_velo_to_cam}: 12), as io-formats' {@code KittiCalibration} holds them.
 *
 * <p>KITTI's {@code P_i = K_i · [I | t_i]} projects rectified camera-0 coordinates into image {@code i}; the
 * stereo baseline sits in its 4th column. We split it: intrinsics {@code fx = P[0], skew = P[1], cx = P[2],
 * fy = P[5], cy = P[6]}, and {@code t_z = P[11]}, {@code t_y = (P[7] − cy·t_z) / fy},
 * {@code t_x = (P[3] − skew·t_y − cx·t_z) / fx} folded into the extrinsic lidar → camera {@code i}:
 * {@code [I | t_i] · R0_rect · Tr_velo_to_cam}. KITTI images are already rectified, so there is no distortion.
 */
public final class KittiCameras {
    private KittiCameras() {
    }

    /** Camera {@code index} (2 is the left colour camera, 3 the right) with the image size of its frame. */
    public static KittiCamera camera(int index, double[][] p, double[] r0Rect, double[] trVeloToCam, ImageSize size) {
        if (p.length != 4) {
            throw new IllegalArgumentException("need P0..P3, got " + p.length + " matrices");
        }
        if (index < 0 || index > 3) {
            throw new IllegalArgumentException("KITTI camera index must be 0..3: " + index);
        }
        double[] pi = p[index];
        if (pi.length != 12) {
            throw new IllegalArgumentException("P" + index + " needs 12 values, got " + pi.length);
        }
        if (r0Rect.length != 9) {
            throw new IllegalArgumentException("R0_rect needs 9 values, got " + r0Rect.length);
        }
        if (pi[4] != 0 || pi[8] != 0 || pi[9] != 0 || pi[10] != 1) {
            throw new IllegalArgumentException("P" + index + " is not of the form K·[I|t] (expected P[4]=P[8]=P[9]=0,"
                    + " P[10]=1)");
        }
        Intrinsics k = new Intrinsics(pi[0], pi[5], pi[2], pi[6], pi[1]);
        double tz = pi[11];
        double ty = (pi[7] - k.cy() * tz) / k.fy();
        double tx = (pi[3] - k.skew() * ty - k.cx() * tz) / k.fx();
        LidarToCamera baseline = LidarToCamera.fromRowMajor3x4(new double[] {1, 0, 0, tx, 0, 1, 0, ty, 0, 0, 1, tz});
        LidarToCamera rect = LidarToCamera.fromRowMajor3x4(new double[] {
                r0Rect[0], r0Rect[1], r0Rect[2], 0, r0Rect[3], r0Rect[4], r0Rect[5], 0,
                r0Rect[6], r0Rect[7], r0Rect[8], 0});
        LidarToCamera velo = LidarToCamera.fromRowMajor3x4(trVeloToCam);
        LidarToCamera lidarToCam = baseline.after(rect.after(velo));
        CameraModel model = CameraModel.pinhole("image_" + index, size, k, lidarToCam);
        return new KittiCamera(index, model, tx, ty, tz);
    }

    /** All four rectified cameras, named {@code image_0} .. {@code image_3} like KITTI's folders. */
    public static CameraRig rig(double[][] p, double[] r0Rect, double[] trVeloToCam, ImageSize size) {
        List<CameraModel> cams = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            cams.add(camera(i, p, r0Rect, trVeloToCam, size).camera());
        }
        return new CameraRig(cams);
    }

    /**
     * The 8 corners of a KITTI label box in the rectified camera-0 frame (x right, y down, z forward), into
     * {@code dest[0..23]}, in {@link dev.fuselage.core.geometry.Cuboid#corners} order (bottom face front-left,
     * front-right, rear-right, rear-left, then the top face; front = +length/2 along the heading, left =
     * +width/2) so {@code Cuboid.EDGES} applies. {@code (x, y, z)} is the bottom-face centre, {@code rotationY}
     * the rotation about camera y with 0 = heading along camera +x; heading {@code (cos ry, 0, −sin ry)}.
     */
    public static double[] labelCorners(double height, double width, double length, double x, double y, double z,
                                        double rotationY, double[] dest) {
        double c = Math.cos(rotationY), s = Math.sin(rotationY);
        // heading (c, 0, -s); the frame is right-handed with up = -y, so left = up × heading = (s, 0, c)
        double hl = length / 2, hw = width / 2;
        for (int i = 0; i < 8; i++) {
            double lx = (i == 0 || i == 1 || i == 4 || i == 5) ? hl : -hl;
            double ly = (i == 0 || i == 3 || i == 4 || i == 7) ? hw : -hw;
            double up = i < 4 ? 0 : height;
            dest[3 * i] = x + lx * c + ly * s;
            dest[3 * i + 1] = y - up;
            dest[3 * i + 2] = z - lx * s + ly * c;
        }
        return dest;
    }
}
