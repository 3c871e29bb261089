package dev.fuselage.render.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class RenderCameraTest {
    @Test
    void projectUnprojectRoundTripPerspectiveAndBirdsEye() {
        OrbitCamera orbit = new OrbitCamera();
        orbit.setAngles(0.7, 0.4);
        orbit.setTarget(12, -4, 1);
        RenderCamera[] cams = {orbit.camera(1280, 720), RenderCamera.birdsEye(3, 4, 12.5, 640, 480, -5, 20)};
        SplittableRandom rnd = new SplittableRandom(1);
        Vector3d win = new Vector3d(), back = new Vector3d();
        for (RenderCamera cam : cams) {
            int checked = 0;
            for (int i = 0; i < 2000; i++) {
                double x = rnd.nextDouble(-40, 40), y = rnd.nextDouble(-40, 40), z = rnd.nextDouble(-3, 15);
                if (!cam.project(x, y, z, win) || win.z < 0 || win.z > 1) {
                    continue;
                }
                cam.unproject(win.x, win.y, win.z, back);
                assertEquals(x, back.x, 1e-5 * (1 + Math.abs(x)) + 1e-4);
                assertEquals(y, back.y, 1e-5 * (1 + Math.abs(y)) + 1e-4);
                assertEquals(z, back.z, 1e-5 * (1 + Math.abs(z)) + 1e-4);
                checked++;
            }
            assertTrue(checked > 200, "enough points in view: " + checked);
        }
    }

    @Test
    void windowConventionTopLeftOriginAndPixelCentres() {
        RenderCamera cam = RenderCamera.perspective(new Vector3d(0, 0, 0), new Vector3d(1, 0, 0),
                new Vector3d(0, 0, 1), Math.toRadians(90), 200, 100, 0.1, 100);
        Vector3d w = new Vector3d();
        assertTrue(cam.project(10, 0, 0, w));
        assertEquals(100, w.x, 1e-9);
        assertEquals(50, w.y, 1e-9);
        // f = (100 / 2) / tan(45°) = 50 px
        assertTrue(cam.project(10, 0, 10, w));
        assertEquals(0, w.y, 1e-9, "up is the top row");
        assertTrue(cam.project(10, 5, 0, w));
        assertEquals(75, w.x, 1e-9, "lidar +y (left) is screen left");
        assertFalse(cam.project(-10, 0, 0, w), "behind the camera");
        // the pick ray through the centre points forward
        Vector3d o = new Vector3d(), d = new Vector3d();
        cam.ray(100, 50, o, d);
        assertEquals(1, d.x, 1e-9);
    }

    @Test
    void birdsEyeScaleIsExact() {
        RenderCamera bev = RenderCamera.birdsEye(0, 0, 20, 400, 400, -3, 3);
        Vector3d a = new Vector3d(), b = new Vector3d();
        bev.project(0, 0, 0, a);
        bev.project(1, 0, 0, b);
        assertEquals(20, a.y - b.y, 1e-9, "1 m forward = 20 px up");
        bev.project(0, 1, 2, b);
        assertEquals(20, a.x - b.x, 1e-9, "1 m left = 20 px left, height does not matter");
        assertEquals(20, bev.pixelsPerMetre(123), 1e-9);
    }

    @Test
    void orbitNeverFlipsOverThePole() {
        OrbitCamera orbit = new OrbitCamera();
        for (int i = 0; i < 200; i++) {
            orbit.orbit(0.01, 0.05);
        }
        assertEquals(Math.toRadians(OrbitCamera.MAX_ELEVATION_DEG), orbit.elevation(), 1e-12);
        RenderCamera cam = orbit.camera(100, 100);
        // screen up stays world +z-ish: a point above the target projects above it
        Vector3d a = new Vector3d(), b = new Vector3d();
        Vector3d t = orbit.target();
        cam.project(t.x, t.y, t.z, a);
        orbit.orbit(0, -Math.toRadians(60));
        cam = orbit.camera(100, 100);
        cam.project(t.x, t.y, t.z, a);
        cam.project(t.x, t.y, t.z + 1, b);
        assertTrue(b.y < a.y, "z up is screen up");
    }

    @Test
    void fitFramesTheBoundsAndFlyModeKeepsTheView() {
        OrbitCamera orbit = new OrbitCamera();
        orbit.fit(new dev.fuselage.core.cloud.Bounds(-50, -50, -2, 50, 50, 4));
        RenderCamera cam = orbit.camera(800, 600);
        Vector3d w = new Vector3d();
        for (double[] c : new double[][] {{-50, -50, -2}, {50, 50, 4}, {50, -50, -2}, {-50, 50, 4}}) {
            assertTrue(cam.project(c[0], c[1], c[2], w));
            assertTrue(w.x >= 0 && w.x <= 800 && w.y >= 0 && w.y <= 600, "corner in view: " + w);
        }
        Vector3d before = new Vector3d();
        cam.project(0, 0, 1, before);
        orbit.setMode(OrbitCamera.Mode.FLY);
        RenderCamera fly = orbit.camera(800, 600);
        Vector3d after = new Vector3d();
        fly.project(0, 0, 1, after);
        assertEquals(before.x, after.x, 1e-6);
        assertEquals(before.y, after.y, 1e-6);
        orbit.fly(5, 0, 0);
        fly.project(0, 0, 1, before);
        orbit.camera(800, 600).project(0, 0, 1, after);
        assertTrue(after.z < before.z, "flying forward brings the target nearer");
    }
}
