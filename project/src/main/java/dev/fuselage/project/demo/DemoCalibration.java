package dev.fuselage.project.demo;

import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.rig.KittiCamera;
import dev.fuselage.fusion.rig.KittiCameras;
import dev.fuselage.io.kitti.KittiCalibration;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's sensor rig: KITTI's own calibration of the 2011-09-26 drives (HDL-64E lidar 1.73 m above the road,
 * colour camera 2 at 1242 x 375 with fx = fy = 721.5377), so the demo files look and behave like KITTI's.
 */
public final class DemoCalibration {
    /** Image size of camera 2. */
    public static final ImageSize IMAGE_SIZE = new ImageSize(1242, 375);

    private static final double F = 721.5377, CX = 609.5593, CY = 172.854;
    private static final double[][] P = {
        {F, 0, CX, 0, 0, F, CY, 0, 0, 0, 1, 0},
        {F, 0, CX, -387.5744, 0, F, CY, 0, 0, 0, 1, 0},
        {F, 0, CX, 44.85728, 0, F, CY, 0.2163791, 0, 0, 1, 0.002745884},
        {F, 0, CX, -339.5242, 0, F, CY, 2.199936, 0, 0, 1, 0.002729905}};
    private static final double[] R0_RECT = {
        0.9999239, 0.00983776, -0.007445048,
        -0.009869795, 0.9999421, -0.004278459,
        0.007402527, 0.004351614, 0.9999631};
    private static final double[] TR_VELO_TO_CAM = {
        0.007533745, -0.9999714, -0.000616602, -0.004069766,
        0.01480249, 0.0007280733, -0.9998902, -0.07631618,
        0.9998621, 0.00752379, 0.01480755, -0.2717806};
    private static final double[] TR_IMU_TO_VELO = {
        0.9999976, 0.0007553071, -0.002035826, -0.8086759,
        -0.0007854027, 0.9998898, -0.01482298, 0.3195559,
        0.002024406, 0.01482454, 0.9998881, -0.7997231};

    private DemoCalibration() {
    }

    /** The calibration every demo frame is written with. */
    public static KittiCalibration kitti() {
        return new KittiCalibration(P, R0_RECT, TR_VELO_TO_CAM, Optional.of(TR_IMU_TO_VELO), Map.of());
    }

    /** Camera 2 (the left colour camera), whose images the demo renders. */
    public static KittiCamera camera2() {
        KittiCalibration c = kitti();
        return KittiCameras.camera(2, c.p(), c.r0Rect(), c.trVeloToCam(), IMAGE_SIZE);
    }
}
