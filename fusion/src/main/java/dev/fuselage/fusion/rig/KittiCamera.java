package dev.fuselage.fusion.rig;

import dev.fuselage.fusion.camera.CameraModel;

/**
 * One KITTI rectified camera {@code i} (0–3): its {@link CameraModel} (intrinsics from {@code P_i}, extrinsic lidar
 * → camera {@code i} = {@code [I | t_i] · R0_rect · Tr_velo_to_cam}), and the translation {@code t_i} that takes a
 * point from the rectified camera-0 frame, where KITTI labels live, into camera {@code i}'s frame.
 */
public record KittiCamera(int index, CameraModel camera, double tx, double ty, double tz) {

    /**
     * Moves {@code count} rectified camera-0 points (x, y, z triples in {@code points}) into this camera's frame,
     * in place; after this, {@code camera().projectCamera} gives exactly {@code P_i · X}.
     */
    public double[] rectifiedToCamera(double[] points, int count) {
        for (int i = 0; i < count; i++) {
            points[3 * i] += tx;
            points[3 * i + 1] += ty;
            points[3 * i + 2] += tz;
        }
        return points;
    }
}
