package dev.fuselage.bench.fusion;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.project.CuboidProjection;
import dev.fuselage.fusion.project.CuboidProjector;
import dev.fuselage.fusion.project.PointProjector;
import dev.fuselage.fusion.project.ProjectedPoints;
import dev.fuselage.fusion.rig.KittiCameras;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue #5 budget: one camera view per frame, a full 64-beam scan (120,320 points) plus 50 boxes projected into
 * KITTI's image 2, must take under 5 ms. Inputs are generated (bench convention): a simulated HDL-64 sweep over a
 * ground plane with seeded random obstacles, the calibration of KITTI training frame 000001 as constants, and 50
 * seeded random cars all around the vehicle, so some are behind the camera and exercise the near-plane clipping.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProjectionBenchmark {
    /** KITTI training 000001 calib.txt: P0..P3, R0_rect, Tr_velo_to_cam. */
    static final double[][] P = {
        {721.5377, 0, 609.5593, 0, 0, 721.5377, 172.854, 0, 0, 0, 1, 0},
        {721.5377, 0, 609.5593, -387.5744, 0, 721.5377, 172.854, 0, 0, 0, 1, 0},
        {721.5377, 0, 609.5593, 44.85728, 0, 721.5377, 172.854, 0.2163791, 0, 0, 1, 0.002745884},
        {721.5377, 0, 609.5593, -339.5242, 0, 721.5377, 172.854, 2.199936, 0, 0, 1, 0.002729905}};
    static final double[] R0_RECT = {0.9999239, 0.00983776, -0.007445048, -0.009869795, 0.9999421, -0.004278459,
        0.007402527, 0.004351614, 0.9999631};
    static final double[] TR_VELO_TO_CAM = {0.007533745, -0.9999714, -0.000616602, -0.004069766, 0.01480249,
        0.0007280733, -0.9998902, -0.07631618, 0.9998621, 0.00752379, 0.01480755, -0.2717806};
    static final int BEAMS = 64, AZIMUTHS = 1880;

    @Param({"true", "false"})
    public boolean parallel;

    private PointCloud cloud;
    private PointProjector points;
    private CuboidProjector boxes;
    private final Cuboid[] cuboids = new Cuboid[50];
    private final ProjectedPoints projected = new ProjectedPoints();
    private final CuboidProjection box = new CuboidProjection();

    @Setup
    public void setUp() {
        cloud = sweep(new SplittableRandom(64));
        CameraModel cam = KittiCameras.camera(2, P, R0_RECT, TR_VELO_TO_CAM, new ImageSize(1242, 375)).camera();
        points = new PointProjector(cam, PointProjector.DEFAULT_MIN_DEPTH, parallel);
        boxes = new CuboidProjector(cam);
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < cuboids.length; i++) {
            cuboids[i] = Cuboid.upright(r.nextDouble(-20, 60), r.nextDouble(-20, 20), -0.9, r.nextDouble(3.5, 5),
                    r.nextDouble(1.6, 2), r.nextDouble(1.4, 1.8), r.nextDouble(-Math.PI, Math.PI));
        }
    }

    /** Beams from +2° to −24.9°, sensor 1.73 m above a flat ground, random obstacles cutting rays short. */
    static PointCloud sweep(SplittableRandom r) {
        PointCloud c = new PointCloud(BEAMS * AZIMUTHS);
        int i = 0;
        for (int b = 0; b < BEAMS; b++) {
            double el = Math.toRadians(2 - 26.9 * b / (BEAMS - 1));
            for (int a = 0; a < AZIMUTHS; a++) {
                double az = 2 * Math.PI * a / AZIMUTHS;
                double range = el < 0 ? Math.min(1.73 / -Math.sin(el), 120) : 120;
                if (r.nextDouble() < 0.3) {
                    range = Math.min(range, r.nextDouble(2, 60));
                }
                c.x()[i] = (float) (range * Math.cos(el) * Math.cos(az));
                c.y()[i] = (float) (range * Math.cos(el) * Math.sin(az));
                c.z()[i] = (float) (range * Math.sin(el));
                i++;
            }
        }
        return c;
    }

    @Benchmark
    public double projectScanAndBoxes() {
        double acc = points.project(cloud, projected);
        for (Cuboid c : cuboids) {
            boxes.project(c, box);
            acc += box.segmentCount() + (box.hasBox() ? box.boxRight() : 0);
        }
        return acc;
    }
}
