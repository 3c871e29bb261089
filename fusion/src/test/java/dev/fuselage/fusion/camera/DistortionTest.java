package dev.fuselage.fusion.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acceptance 3: lens models against independently written formulas, and project/unproject round trips. */
class DistortionTest {
    static final RadialTangential RADTAN = new RadialTangential(-0.28, 0.07, 2.0e-4, -1.5e-4, -0.004);
    static final Fisheye FISHEYE = new Fisheye(0.08, -0.015, 0.002, -0.0004);
    static final ImageSize SIZE = new ImageSize(1920, 1200);
    static final Intrinsics K = new Intrinsics(1000, 990, 955.5, 610.25, 0.8);

    static CameraModel camera(Distortion d) {
        return new CameraModel("synthetic", SIZE, K, d, LidarToCamera.identity());
    }

    /** OpenCV's plumb-bob formula written out term by term (not through the class under test). */
    static double[] radtanByHand(double x, double y) {
        double k1 = -0.28, k2 = 0.07, p1 = 2.0e-4, p2 = -1.5e-4, k3 = -0.004;
        double r2 = x * x + y * y;
        double r4 = r2 * r2, r6 = r4 * r2;
        double radial = 1 + k1 * r2 + k2 * r4 + k3 * r6;
        double xd = x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x);
        double yd = y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y;
        return new double[] {1000 * xd + 0.8 * yd + 955.5, 990 * yd + 610.25};
    }

    /** The equidistant model in polar form: angle from the axis, polynomial, back to the image direction. */
    static double[] fisheyeByHand(double xc, double yc, double zc) {
        double theta = Math.acos(zc / Math.sqrt(xc * xc + yc * yc + zc * zc));
        double phi = Math.atan2(yc, xc);
        double td = theta + 0.08 * Math.pow(theta, 3) - 0.015 * Math.pow(theta, 5) + 0.002 * Math.pow(theta, 7)
                - 0.0004 * Math.pow(theta, 9);
        double xd = td * Math.cos(phi), yd = td * Math.sin(phi);
        return new double[] {1000 * xd + 0.8 * yd + 955.5, 990 * yd + 610.25};
    }

    @Test
    void gridOfPointsProjectsAsTheFormulasSay() {
        CameraModel rt = camera(RADTAN), fe = camera(FISHEYE);
        double[] got = new double[2];
        int n = 0;
        for (double z : new double[] {2, 7.5, 30}) {
            for (int i = -6; i <= 6; i++) {
                for (int j = -4; j <= 4; j++) {
                    double x = i * 0.11 * z, y = j * 0.13 * z; // normalized radius up to ~0.9
                    assertTrue(rt.projectCamera(x, y, z, got));
                    double[] want = radtanByHand(x / z, y / z);
                    assertEquals(want[0], got[0], 1e-9);
                    assertEquals(want[1], got[1], 1e-9);
                    assertTrue(fe.projectCamera(x, y, z, got));
                    want = fisheyeByHand(x, y, z);
                    assertEquals(want[0], got[0], 1e-9);
                    assertEquals(want[1], got[1], 1e-9);
                    n++;
                }
            }
        }
        assertEquals(3 * 13 * 9, n);
    }

    @Test
    void projectUnprojectRoundTripsOverTheImage() {
        for (Distortion d : List.of(Distortion.none(), RADTAN, FISHEYE)) {
            CameraModel cam = camera(d);
            double[] p = new double[3], px = new double[2];
            for (int u = 0; u <= SIZE.width(); u += 64) {
                for (int v = 0; v <= SIZE.height(); v += 48) {
                    double depth = 0.5 + (u + v) % 37;
                    assertTrue(cam.unprojectToCamera(u, v, depth, p), d.model() + " at " + u + "," + v);
                    assertEquals(depth, p[2], 0);
                    assertTrue(cam.projectCamera(p[0], p[1], p[2], px));
                    assertEquals(u, px[0], 1e-6 * Math.max(1, u), d.model() + " u at " + u + "," + v);
                    assertEquals(v, px[1], 1e-6 * Math.max(1, v), d.model() + " v at " + u + "," + v);
                }
            }
            // and from 3D: lidar point -> pixel + depth -> lidar point
            CameraModel moved = cam.withLidarToCamera(LidarToCameraTest.FRONT_CAMERA);
            double[] q = new double[3], back = new double[3];
            for (double[] x : new double[][] {{5, 1, -0.5}, {20, -6, 1}, {8, 2.5, 2}, {1.2, 0.1, -0.2}}) {
                assertTrue(moved.projectLidar(x[0], x[1], x[2], q));
                assertTrue(moved.unprojectToLidar(q[0], q[1], q[2], back));
                for (int k = 0; k < 3; k++) {
                    assertEquals(x[k], back[k], 1e-6 * Math.abs(x[k]) + 1e-9, d.model() + " axis " + k);
                }
            }
        }
    }

    @Test
    void normalizedRoundTripIsTight() {
        double[] dst = new double[2], und = new double[2];
        for (Distortion d : List.of(RADTAN, FISHEYE)) {
            for (double x = -0.9; x <= 0.9; x += 0.05) {
                for (double y = -0.6; y <= 0.6; y += 0.05) {
                    d.distort(x, y, dst);
                    assertTrue(d.undistort(dst[0], dst[1], und));
                    assertEquals(x, und[0], 1e-9);
                    assertEquals(y, und[1], 1e-9);
                }
            }
        }
    }

    @Test
    void rayIsUnitAndPointsThroughThePixel() {
        CameraModel cam = camera(RADTAN);
        double[] ray = new double[3], px = new double[2];
        assertTrue(cam.ray(100, 1100, ray));
        assertEquals(1, Math.sqrt(ray[0] * ray[0] + ray[1] * ray[1] + ray[2] * ray[2]), 1e-12);
        assertTrue(cam.projectCamera(ray[0] * 9, ray[1] * 9, ray[2] * 9, px));
        assertEquals(100, px[0], 1e-6);
        assertEquals(1100, px[1], 1e-6);
    }

    @Test
    void foldingRadtanRejectsPointsBeyondItsValidRadius() {
        // strong barrel: r(1 - 0.5 r²) peaks at r = sqrt(2/3): beyond it points would fold back into the image
        RadialTangential strong = new RadialTangential(-0.5, 0, 0, 0, 0);
        assertEquals(Math.sqrt(2.0 / 3), strong.validRadius(), 1e-9);
        CameraModel cam = camera(strong);
        double[] px = new double[2];
        assertTrue(cam.projectCamera(0.8, 0, 1, px));
        assertFalse(cam.projectCamera(1.5, 0, 1, px), "r = 1.5 folds back to " + 1.5 * (1 - 0.5 * 2.25));
        assertTrue(Double.isNaN(px[0]));
        assertFalse(cam.projectCamera(0, 0, -1, px), "behind the camera");
        assertTrue(RADTAN.validRadius() > 2, "the test lens is valid well beyond its image corners");
    }

    @Test
    void fisheyeValidRadiusIsInfiniteForMildCoefficients() {
        assertEquals(Double.POSITIVE_INFINITY, FISHEYE.validRadius());
        assertEquals(Double.POSITIVE_INFINITY, Distortion.none().validRadius());
    }

    @Test
    void modelsByName() {
        assertEquals(RADTAN, Distortion.of("radtan", RADTAN.coefficients()));
        assertEquals(FISHEYE, Distortion.of("FISHEYE", FISHEYE.coefficients()));
        assertEquals(new RadialTangential(0.1, 0.2, 0.3, 0.4, 0), Distortion.of("radtan", new double[] {0.1, 0.2, 0.3,
                0.4}));
        assertTrue(Distortion.of("none", new double[0]).isNone());
        assertThrows(IllegalArgumentException.class, () -> Distortion.of("radtan", new double[3]));
        assertThrows(IllegalArgumentException.class, () -> Distortion.of("fisheye", new double[5]));
        assertThrows(IllegalArgumentException.class, () -> Distortion.of("kannala", new double[4]));
        assertThrows(IllegalArgumentException.class, () -> new Fisheye(Double.NaN, 0, 0, 0));
    }
}
