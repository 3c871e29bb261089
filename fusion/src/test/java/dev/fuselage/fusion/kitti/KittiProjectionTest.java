package dev.fuselage.fusion.kitti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Box2D;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.project.CuboidProjection;
import dev.fuselage.fusion.project.CuboidProjector;
import dev.fuselage.fusion.project.PointProjector;
import dev.fuselage.fusion.project.ProjectedPoints;
import dev.fuselage.fusion.project.Visibility;
import dev.fuselage.fusion.rig.KittiCamera;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiLabel;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Acceptance 1 and 2 of issue #5 on the four labeled KITTI training frames. */
class KittiProjectionTest {

    /** Row-major 3x4 times (x, y, z, 1), divided by the third row: the textbook KITTI projection. */
    private static double[] applyP(double[] p, double x, double y, double z) {
        double u = p[0] * x + p[1] * y + p[2] * z + p[3];
        double v = p[4] * x + p[5] * y + p[6] * z + p[7];
        double w = p[8] * x + p[9] * y + p[10] * z + p[11];
        return new double[] {u / w, v / w};
    }

    private static double[] mul34(double[] a34, double[] b44) {
        double[] m = new double[12];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    s += a34[4 * r + k] * b44[4 * k + c];
                }
                m[4 * r + c] = s;
            }
        }
        return m;
    }

    @Test
    void adapterReproducesTheRawProjectionMatricesForCameras2And3() throws IOException {
        for (String id : KittiFrame.LABELED) {
            KittiFrame f = KittiFrame.load(id);
            for (int cam = 0; cam < 4; cam++) {
                KittiCamera kc = f.camera(cam);
                double[] p = f.calib().p()[cam];
                double[] pVelo = mul34(p, f.calib().veloToRect4x4()); // P_i · R0_rect · Tr_velo_to_cam
                double[] got = new double[3];
                for (double[] pt : new double[][] {{10, 2, -1}, {25, -6, 0.5}, {5, 0.3, -1.6}, {60, 12, 3}}) {
                    // rectified path: P_i · X
                    double[] rect = {-pt[1], -pt[2], pt[0]}; // the same spot in rectified axes, in front
                    double[] want = applyP(p, rect[0], rect[1], rect[2]);
                    double[] c = kc.rectifiedToCamera(rect.clone(), 1);
                    assertTrue(kc.camera().projectCamera(c[0], c[1], c[2], got));
                    assertEquals(want[0], got[0], 1e-9 * Math.abs(want[0]) + 1e-9, id + " cam" + cam + " u");
                    assertEquals(want[1], got[1], 1e-9 * Math.abs(want[1]) + 1e-9, id + " cam" + cam + " v");
                    // lidar path: P_i · R0_rect · Tr_velo_to_cam · X
                    want = applyP(pVelo, pt[0], pt[1], pt[2]);
                    assertTrue(kc.camera().projectLidar(pt[0], pt[1], pt[2], got));
                    assertEquals(want[0], got[0], 1e-6, id + " cam" + cam + " lidar u");
                    assertEquals(want[1], got[1], 1e-6, id + " cam" + cam + " lidar v");
                }
            }
        }
    }

    @Test
    void derivedBoxesAgreeWithTheLabelBoxesOnBothPaths() throws IOException {
        double sum = 0;
        double minUprightIou = 1;
        int n = 0;
        CuboidProjection direct = new CuboidProjection();
        CuboidProjection viaLidar = new CuboidProjection();
        for (String id : KittiFrame.LABELED) {
            KittiFrame f = KittiFrame.load(id);
            KittiCamera cam2 = f.camera(2);
            CuboidProjector projector = new CuboidProjector(cam2.camera());
            for (KittiLabel l : f.labels()) {
                if (l.isDontCare()) {
                    continue;
                }
                String what = id + " " + l.type();
                projector.projectCameraCorners(KittiFrame.cornersInCamera(l, cam2), direct);
                Box2D derived = direct.box().orElseThrow(() -> new AssertionError(what + ": no derived box"));
                double iou = derived.iou(KittiFrame.labelBox(l));
                assertTrue(iou >= 0.85, what + ": IoU " + iou + " derived " + derived + " label "
                        + KittiFrame.labelBox(l));
                assertTrue(direct.visibility() == Visibility.INSIDE || direct.visibility() == Visibility.TRUNCATED);
                sum += iou;
                n++;

                // the same box expressed exactly in the lidar frame (tilted by the small lidar-camera tilt), then
                // projected through lidar -> camera 2: must give the same box
                projector.project(exactLidarBox(l, f), viaLidar);
                Box2D lidarBox = viaLidar.box().orElseThrow();
                double same = lidarBox.iou(derived);
                assertTrue(same >= 0.99, what + ": lidar path " + lidarBox + " vs direct " + derived);
                assertEquals(12, viaLidar.segmentCount(), what + ": a box fully in front keeps all 12 edges");

                // io-formats' KittiBoxes.toLidar keeps the box upright in the lidar frame, which differs from
                // upright in the rectified frame by the ~1 degree tilt between the frames: a pixel or two
                Box2D uprightBox = projector.project(KittiBoxes.toLidar(l, f.calib()), viaLidar).box().orElseThrow();
                double shift = Math.max(Math.max(Math.abs(uprightBox.left() - derived.left()),
                        Math.abs(uprightBox.right() - derived.right())), Math.max(
                        Math.abs(uprightBox.top() - derived.top()), Math.abs(uprightBox.bottom() - derived.bottom())));
                minUprightIou = Math.min(minUprightIou, uprightBox.iou(derived));
                assertTrue(shift <= 2.5, what + ": upright lidar box " + uprightBox + " vs direct " + derived);
            }
        }
        assertEquals(7, n, "non-DontCare labels in 000000-000003");
        double mean = sum / n;
        assertTrue(mean >= 0.93, "mean IoU " + mean);
        System.out.printf("KITTI derived vs label boxes: mean IoU %.4f over %d boxes; upright-lidar path min IoU %.4f%n",
                mean, n, minUprightIou);
    }

    /**
     * The label box as a lidar-frame cuboid with yaw, pitch and roll, built independently of the code under test:
     * centre and axes (heading, left, up in the rectified frame) moved through rect -> velo.
     */
    static Cuboid exactLidarBox(KittiLabel l, KittiFrame f) {
        double[] m = f.calib().rectToVelo4x4();
        double c = Math.cos(l.rotationY()), s = Math.sin(l.rotationY());
        double[][] axes = {{c, 0, -s}, {s, 0, c}, {0, -1, 0}}; // heading, left, up in rectified axes
        double[][] r = new double[3][3]; // columns: the box axes in the lidar frame
        for (int a = 0; a < 3; a++) {
            for (int row = 0; row < 3; row++) {
                r[row][a] = m[4 * row] * axes[a][0] + m[4 * row + 1] * axes[a][1] + m[4 * row + 2] * axes[a][2];
            }
        }
        double yc = l.y() - l.height() / 2;
        double cx = m[0] * l.x() + m[1] * yc + m[2] * l.z() + m[3];
        double cy = m[4] * l.x() + m[5] * yc + m[6] * l.z() + m[7];
        double cz = m[8] * l.x() + m[9] * yc + m[10] * l.z() + m[11];
        double yaw = Math.atan2(r[1][0], r[0][0]);
        double pitch = Math.asin(-r[2][0]);
        double roll = Math.atan2(r[2][1], r[2][2]);
        return new Cuboid(cx, cy, cz, l.length(), l.width(), l.height(), yaw, pitch, roll);
    }

    @Test
    void lidarPointsInsideLabeledCarsLandInsideTheirLabelBoxes() throws IOException {
        ProjectedPoints out = new ProjectedPoints();
        int carsChecked = 0;
        for (String id : KittiFrame.LABELED) {
            KittiFrame f = KittiFrame.load(id);
            CameraModel cam2 = f.camera(2).camera();
            PointCloud cloud = PointCloudIO.read(f.velodyne());
            new PointProjector(cam2).project(cloud, out);
            for (KittiLabel l : f.labels()) {
                if (!l.type().equals("Car")) {
                    continue;
                }
                Cuboid box = KittiBoxes.toLidar(l, f.calib());
                Box2D label = KittiFrame.labelBox(l);
                double margin = 3;
                int inside = 0, hits = 0;
                for (int i = 0; i < cloud.size(); i++) {
                    if (!box.contains(cloud.worldX(i), cloud.worldY(i), cloud.worldZ(i))) {
                        continue;
                    }
                    inside++;
                    float u = out.u()[i], v = out.v()[i];
                    if (u >= label.left() - margin && u <= label.right() + margin && v >= label.top() - margin
                            && v <= label.bottom() + margin) {
                        hits++;
                    }
                }
                assertTrue(inside >= 5, id + " car has only " + inside + " lidar points");
                assertTrue(hits >= 0.95 * inside, id + " car: " + hits + " of " + inside + " points in its box");
                carsChecked++;
            }
        }
        assertEquals(3, carsChecked, "cars in 000001, 000002, 000003");
    }
}
