package dev.fuselage.fusion.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.Distortion;
import dev.fuselage.fusion.camera.Fisheye;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.camera.Intrinsics;
import dev.fuselage.fusion.camera.LidarToCamera;
import dev.fuselage.fusion.camera.RadialTangential;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PointProjectorTest {
    static final LidarToCamera LOOK_FORWARD =
            LidarToCamera.fromRowMajor3x4(new double[] {0, -1, 0, 0.05, 0, 0, -1, -0.1, 1, 0, 0, -0.3});

    static CameraModel camera(Distortion d) {
        return new CameraModel("cam", new ImageSize(1280, 720), new Intrinsics(700, 705, 640.5, 360.2, 0.3), d,
                LOOK_FORWARD);
    }

    /** A lidar-like scan all around, with NaN points and points on the camera plane. */
    static PointCloud scan(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        PointCloud c = new PointCloud(n);
        for (int i = 0; i < n; i++) {
            double az = r.nextDouble(-Math.PI, Math.PI), el = r.nextDouble(-0.4, 0.2), range = r.nextDouble(0.2, 80);
            c.x()[i] = (float) (range * Math.cos(el) * Math.cos(az));
            c.y()[i] = (float) (range * Math.cos(el) * Math.sin(az));
            c.z()[i] = (float) (range * Math.sin(el));
        }
        c.x()[7] = Float.NaN;
        c.x()[8] = 0.3f; // exactly on the camera plane
        return c;
    }

    @Test
    void bulkMatchesPerPointProjectionForEveryLens() {
        PointCloud cloud = scan(100_000, 1);
        for (Distortion d : List.of(Distortion.none(), new RadialTangential(-0.3, 0.09, 1e-3, -5e-4, -0.01),
                new Fisheye(0.05, -0.01, 0.001, 0))) {
            CameraModel cam = camera(d);
            ProjectedPoints out = new ProjectedPoints();
            int visible = new PointProjector(cam, 0.1, false).project(cloud, out);
            double[] q = new double[3];
            int expected = 0;
            for (int i = 0; i < cloud.size(); i++) {
                boolean ok = cam.projectLidar(cloud.x()[i], cloud.y()[i], cloud.z()[i], q) && q[2] > 0.1
                        && cam.inImage(q[0], q[1]);
                assertEquals(ok, out.isVisible(i), d.model() + " point " + i);
                if (ok) {
                    assertEquals(q[0], out.u()[i], 1e-3);
                    assertEquals(q[1], out.v()[i], 1e-3);
                    assertEquals(out.visibleIndices()[expected], i);
                    expected++;
                }
                if (!Double.isNaN(q[2])) {
                    assertEquals(q[2], out.depth()[i], 1e-4);
                }
            }
            assertEquals(expected, visible);
            assertEquals(visible, out.visibleCount());
            assertTrue(visible > 5_000, d.model() + ": a forward camera sees part of a 360° scan, got " + visible);
            assertFalse(out.isVisible(7));
            assertFalse(out.isVisible(8));
        }
    }

    @Test
    void parallelAndSequentialAgreeExactly() {
        PointCloud cloud = scan(250_001, 2);
        CameraModel cam = camera(new RadialTangential(-0.2, 0.03, 0, 0, 0));
        ProjectedPoints seq = new ProjectedPoints(), par = new ProjectedPoints();
        // a pool of our own with 4 workers, so the split path runs even where the common pool has one (2 cores)
        AtomicInteger workers = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(4, p -> {
            workers.incrementAndGet();
            return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
        }, null, false);
        int a;
        int b;
        try {
            a = new PointProjector(cam, 0.1, null).project(cloud, seq);
            b = new PointProjector(cam, 0.1, pool).project(cloud, par);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(workers.get() >= 2, "the parallel path ran on " + workers.get() + " pool workers");
        assertTrue(a > 10_000 && a < cloud.size(), "some points visible, some not: " + a);
        assertEquals(a, b);
        int n = cloud.size();
        assertArrayEquals(Arrays.copyOf(seq.u(), n), Arrays.copyOf(par.u(), n));
        assertArrayEquals(Arrays.copyOf(seq.v(), n), Arrays.copyOf(par.v(), n));
        assertArrayEquals(Arrays.copyOf(seq.depth(), n), Arrays.copyOf(par.depth(), n));
        assertArrayEquals(seq.visibleIndicesCopy(), par.visibleIndicesCopy());
    }

    @Test
    void cloudOriginIsFoldedIntoTheTranslation() {
        PointCloud plain = scan(40_000, 3);
        int n = plain.size();
        float[] x = new float[n], y = new float[n], z = new float[n];
        for (int i = 0; i < n; i++) { // same world points stored relative to a far origin
            x[i] = plain.x()[i] - 1000;
            y[i] = plain.y()[i] + 500;
            z[i] = plain.z()[i] - 20;
        }
        PointCloud shifted = new PointCloud(x, y, z);
        shifted.setOrigin(1000, -500, 20);
        CameraModel cam = camera(Distortion.none());
        ProjectedPoints a = new ProjectedPoints(), b = new ProjectedPoints();
        PointProjector p = new PointProjector(cam);
        assertEquals(p.project(plain, a), p.project(shifted, b));
        for (int i = 0; i < n; i++) {
            if (a.isVisible(i)) {
                assertEquals(a.u()[i], b.u()[i], 0.05);
                assertEquals(a.v()[i], b.v()[i], 0.05);
            }
        }
    }

    @Test
    void buffersAreReusedAcrossFrames() {
        ProjectedPoints out = new ProjectedPoints();
        PointProjector p = new PointProjector(camera(Distortion.none()));
        p.project(scan(50_000, 4), out);
        float[] u = out.u();
        p.project(scan(20_000, 5), out);
        assertTrue(u == out.u(), "a smaller frame reuses the arrays");
        assertEquals(20_000, out.size());
    }
}
