package dev.fuselage.render.pick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.render.PickResult;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.CloudHandle;
import dev.fuselage.render.scene.PointFilter;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneCuboid;
import java.util.List;
import java.util.SplittableRandom;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class PickerTest {
    /** A pedestrian-sized column of points at 40 m in front of a wall at 60 m, above dense ground. */
    @Test
    void clicksAPointOnAPedestrianAt40m() {
        SyntheticLidar.Scan background = SyntheticLidar.generate(300_000, 3);
        PointCloud bg = background.cloud();
        int n = bg.size(), ped = 400;
        PointCloud cloud = new PointCloud(n + ped);
        System.arraycopy(bg.x(), 0, cloud.x(), 0, n);
        System.arraycopy(bg.y(), 0, cloud.y(), 0, n);
        System.arraycopy(bg.z(), 0, cloud.z(), 0, n);
        SplittableRandom rnd = new SplittableRandom(9);
        for (int i = n; i < n + ped; i++) {
            cloud.x()[i] = (float) (40 + rnd.nextDouble(-0.2, 0.2));
            cloud.y()[i] = (float) (rnd.nextDouble(-0.25, 0.25));
            cloud.z()[i] = (float) (-1.8 + rnd.nextDouble(0, 1.75));
        }
        Scene scene = new Scene();
        CloudHandle h = scene.addCloud(cloud);
        scene.setCuboids(List.of(new SceneCuboid(42, Cuboid.upright(40, 0, -0.92, 0.6, 0.7, 1.76, 0), 0xFFFF0000)));
        OrbitCamera orbit = new OrbitCamera();
        orbit.setTarget(0, 0, 0);
        orbit.setDistance(3);
        orbit.setAngles(Math.PI, Math.toRadians(5)); // behind the sensor, looking forward along +x
        RenderCamera cam = orbit.camera(1280, 720);
        try (CpuRenderer r = new CpuRenderer(scene)) {
            Vector3d w = new Vector3d();
            Vector3d got = new Vector3d();
            for (int k = 0; k < 20; k++) {
                int target = n + k * 17;
                assertTrue(cam.project(cloud.worldX(target), cloud.worldY(target), cloud.worldZ(target), w));
                PickResult p = r.pick(cam, w.x, w.y, 3);
                assertTrue(p.hasPoint());
                assertEquals(h, p.cloud());
                assertTrue(p.pointIndex() >= n, "picked the pedestrian, not the background: " + p);
                assertTrue(Math.abs(p.x() - 40) < 0.3);
                assertEquals(42, p.cuboidId().orElseThrow());
                assertEquals(40 - 0.3 + 3 * Math.cos(Math.toRadians(5)), p.cuboidDistance(), 0.5);
                // the winner is what is drawn there: it covers the clicked pixel and is at least as near
                assertTrue(cam.project(p.x(), p.y(), p.z(), got));
                assertEquals(Math.floor(w.x), Math.floor(got.x), 1);
                assertEquals(Math.floor(w.y), Math.floor(got.y), 1);
                assertTrue(got.z <= w.z + 1e-6, "nearest covering point");
            }
        }
    }

    @Test
    void nearestWithinRadiusAndHiddenPointsAreNotPicked() {
        PointCloud c = new PointCloud(2);
        c.x()[0] = 10;
        c.x()[1] = 10;
        c.y()[1] = 0.5f;
        Scene scene = new Scene();
        scene.addCloud(c);
        RenderCamera cam = RenderCamera.perspective(new Vector3d(), new Vector3d(1, 0, 0), new Vector3d(0, 0, 1),
                Math.toRadians(90), 200, 200, 0.1, 100);
        Vector3d w = new Vector3d();
        cam.project(10, 0, 0, w);
        PickResult p = Picker.pick(scene.snapshot(), cam, w.x + 2.5, w.y + 0.5, 4);
        assertEquals(0, p.pointIndex(), "nearest within 4 px");
        assertFalse(Picker.pick(scene.snapshot(), cam, w.x + 20, w.y, 4).hasPoint(), "nothing within 4 px");
        scene.setStyle(scene.style().withFilter(PointFilter.range(0, 10.001, PointFilter.Action.HIDE)));
        cam.project(10, 0.5, 0, w);
        assertFalse(Picker.pick(scene.snapshot(), cam, w.x, w.y, 0).hasPoint(), "point 1 is out of range, hidden");
    }

    @Test
    void rayBoxHandlesRotationAndInside() {
        Cuboid b = Cuboid.upright(10, 0, 0, 4, 2, 2, Math.PI / 2); // length along y after the turn
        assertEquals(9, Picker.rayBox(b, new Vector3d(0, 0, 0), new Vector3d(1, 0, 0)), 1e-9);
        assertEquals(0, Picker.rayBox(b, new Vector3d(10, 1.5, 0), new Vector3d(1, 0, 0)), 1e-9, "inside");
        // turned 90°: 4 m long along world y, so y = 1.9 hits (at x = 9) and y = 2.1 misses
        assertEquals(9, Picker.rayBox(b, new Vector3d(0, 1.9, 0), new Vector3d(1, 0, 0)), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, Picker.rayBox(b, new Vector3d(0, 2.1, 0), new Vector3d(1, 0, 0)));
    }
}
