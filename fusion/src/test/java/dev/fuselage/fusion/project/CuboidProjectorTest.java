package dev.fuselage.fusion.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.geometry.Box2D;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.camera.Intrinsics;
import dev.fuselage.fusion.camera.LidarToCamera;
import dev.fuselage.fusion.camera.RadialTangential;
import org.junit.jupiter.api.Test;

class CuboidProjectorTest {
    /** Camera at the lidar origin looking along lidar +x (x_cam = -y, y_cam = -z, z_cam = x). */
    static final LidarToCamera AXES = LidarToCamera.fromRowMajor3x4(new double[] {0, -1, 0, 0, 0, 0, -1, 0, 1, 0, 0, 0});
    static final CameraModel PINHOLE = CameraModel.pinhole("cam", new ImageSize(1000, 600),
            Intrinsics.of(500, 500, 500, 300), AXES);

    /** Pinhole projection written out for this camera: lidar (x, y, z) -> (500 - 500 y/x + ..., ...). */
    static double[] pixel(double x, double y, double z) {
        return new double[] {500 * (-y) / x + 500, 500 * (-z) / x + 300};
    }

    @Test
    void boxInFrontKeepsTwelveEdgesAndItsCornerBounds() {
        Cuboid box = Cuboid.upright(10, 1, -0.5, 4, 2, 1.5, 0.3);
        CuboidProjection out = new CuboidProjector(PINHOLE).project(box, new CuboidProjection());
        assertEquals(12, out.segmentCount());
        assertEquals(Visibility.INSIDE, out.visibility());
        assertEquals(0, out.truncation(), 0);
        assertEquals(8, out.cornersInFront());
        double[] c = box.corners(new double[24]);
        double l = 1e9, r = -1e9, t = 1e9, b = -1e9;
        for (int i = 0; i < 8; i++) {
            double[] p = pixel(c[3 * i], c[3 * i + 1], c[3 * i + 2]);
            l = Math.min(l, p[0]);
            r = Math.max(r, p[0]);
            t = Math.min(t, p[1]);
            b = Math.max(b, p[1]);
            assertEquals(p[0], out.corners()[2 * i], 1e-9);
        }
        Box2D got = out.box().orElseThrow();
        assertEquals(l, got.left(), 1e-9);
        assertEquals(r, got.right(), 1e-9);
        assertEquals(t, got.top(), 1e-9);
        assertEquals(b, got.bottom(), 1e-9);
    }

    @Test
    void boxReachingBehindTheCameraIsClippedAtTheNearPlaneNotWrapped() {
        // 6 m long, centred 1 m ahead: the rear 2 m are behind the camera
        Cuboid box = Cuboid.upright(1, 0, -1, 6, 2, 1.5, 0);
        double near = 0.1;
        CuboidProjection out = new CuboidProjector(PINHOLE, near, 1).project(box, new CuboidProjection());
        assertEquals(4, out.cornersInFront());
        assertEquals(8, out.segmentCount(), "4 front-face edges + 4 clipped side edges; the rear face is dropped");
        assertEquals(Visibility.TRUNCATED, out.visibility());
        // the side edges end on the near plane x = 0.1 at y = ±1, z = -1.75 / -0.25
        double[] s = out.segments();
        int clippedEnds = 0;
        for (int i = 0; i < out.segmentCount(); i++) {
            assertTrue(out.segmentEdge(i) != 6 && out.segmentEdge(i) != 2, "rear edges are entirely behind");
            for (double[] want : new double[][] {pixel(near, 1, -1.75), pixel(near, -1, -1.75), pixel(near, 1, -0.25),
                    pixel(near, -1, -0.25)}) {
                if (Math.abs(s[4 * i + 2] - want[0]) < 1e-6 && Math.abs(s[4 * i + 3] - want[1]) < 1e-6
                        || Math.abs(s[4 * i] - want[0]) < 1e-6 && Math.abs(s[4 * i + 1] - want[1]) < 1e-6) {
                    clippedEnds++;
                }
            }
        }
        assertEquals(4, clippedEnds);
        // the naive projection of a rear corner (x = -2) mirrors it to the other side of the image: it must not
        // appear anywhere
        double[] wrapped = pixel(-2, 1, -1.75);
        for (int i = 0; i < 4 * out.segmentCount(); i += 2) {
            assertFalse(Math.abs(s[i] - wrapped[0]) < 1 && Math.abs(s[i + 1] - wrapped[1]) < 1);
        }
        // the hull reaches far beyond the image: the box is clipped and mostly truncated
        Box2D b = out.box().orElseThrow();
        assertEquals(0, b.left(), 0);
        assertEquals(1000, b.right(), 0);
        assertEquals(600, b.bottom(), 0);
        assertTrue(out.truncation() > 0.9, "truncation " + out.truncation());
    }

    @Test
    void boxesBehindOrBesideTheCameraHaveNoBox() {
        CuboidProjector p = new CuboidProjector(PINHOLE);
        CuboidProjection out = p.project(Cuboid.upright(-8, 0, 0, 4, 2, 1.5, 0), new CuboidProjection());
        assertEquals(Visibility.BEHIND_CAMERA, out.visibility());
        assertEquals(0, out.segmentCount());
        assertTrue(out.box().isEmpty());
        p.project(Cuboid.upright(5, -30, 0, 4, 2, 1.5, 0), out); // far to the right, outside the field of view
        assertEquals(Visibility.OUTSIDE_IMAGE, out.visibility());
        assertEquals(12, out.segmentCount());
        assertTrue(out.box().isEmpty());
    }

    @Test
    void truncationAtTheImageBorder() {
        // a 2 m wide box at 10 m spans 100 px; centred on the right border (y = -10 m -> u = 1000)
        Cuboid box = Cuboid.upright(10, -10, 0, 0.001, 2, 2, 0);
        CuboidProjection out = new CuboidProjector(PINHOLE).project(box, new CuboidProjection());
        assertEquals(Visibility.TRUNCATED, out.visibility());
        assertEquals(0.5, out.truncation(), 1e-3);
        assertEquals(950, out.boxLeft(), 0.1);
        assertEquals(1000, out.boxRight(), 0);
    }

    @Test
    void distortedEdgesFollowTheLensCurve() {
        CameraModel lens = new CameraModel("wide", new ImageSize(1000, 600), Intrinsics.of(400, 400, 500, 300),
                new RadialTangential(-0.25, 0.05, 0, 0, 0), AXES);
        Cuboid box = Cuboid.upright(6, 0, 0, 2, 6, 3, 0);
        CuboidProjection out = new CuboidProjector(lens).project(box, new CuboidProjection());
        assertEquals(12 * CuboidProjector.DEFAULT_SEGMENTS_DISTORTED, out.segmentCount());
        // consecutive pieces of an edge are joined, and each piece's end is the projection of the 3D point there
        double[] s = out.segments();
        for (int i = 1; i < out.segmentCount(); i++) {
            if (out.segmentEdge(i) == out.segmentEdge(i - 1)) {
                assertEquals(s[4 * i - 2], s[4 * i], 1e-12);
                assertEquals(s[4 * i - 1], s[4 * i + 1], 1e-12);
            }
        }
        double[] c = box.corners(new double[24]);
        double[] cam = AXES.transform((c[0] + c[3]) / 2, (c[1] + c[4]) / 2, (c[2] + c[5]) / 2, new double[3]);
        double[] mid = new double[2];
        lens.projectCamera(cam[0], cam[1], cam[2], mid);
        int half = CuboidProjector.DEFAULT_SEGMENTS_DISTORTED / 2; // edge 0 (corners 0-1), piece ending at t = 1/2
        assertEquals(mid[0], s[4 * (half - 1) + 2], 1e-9);
        assertEquals(mid[1], s[4 * (half - 1) + 3], 1e-9);
        // barrel distortion bows the edge: its midpoint is not on the straight chord between the corners
        double chordV = (out.corners()[1] + out.corners()[3]) / 2;
        assertTrue(Math.abs(mid[1] - chordV) > 2, "midpoint " + mid[1] + " vs chord " + chordV);
    }
}
