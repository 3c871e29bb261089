package dev.fuselage.render.scene;

import dev.fuselage.core.cloud.synthetic.SyntheticLidar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import org.joml.Matrix4f;
import org.junit.jupiter.api.Test;

/** Issue #15: larger splats only where they help. */
class SplatSizesTest {
    private static double[] sizes(PreparedCloud p, RenderCamera cam, int budget, int style) {
        Matrix4f mvp = cam.mvp(p.originX(), p.originY(), p.originZ(), new Matrix4f());
        LodSelection sel = new LodSelection();
        p.lod().select(mvp, budget, sel);
        float scale = 0.5f * cam.height() * (float) cam.projection().m11();
        SplatSizes.assign(p.lod(), sel, mvp, scale, SplatSizes.maxMovingSize(style));
        long points = 0, pixels = 0, ones = 0;
        for (int s = 0; s < sel.spans(); s++) {
            int size = sel.sizes()[s];
            assertTrue(size >= 1 && size <= style, "size " + size);
            points += sel.count()[s];
            pixels += (long) sel.count()[s] * size * size;
            ones += size == 1 ? sel.count()[s] : 0;
        }
        return new double[] {(double) pixels / points, (double) ones / points};
    }

    @Test
    void denseChunksGetOnePixelSparseOnesGrow() {
        PreparedCloud p = PreparedCloud.prepare(SyntheticLidar.generate(2_000_000, 42).cloud());
        OrbitCamera orbit = new OrbitCamera();
        orbit.setDistance(50);
        orbit.setAngles(Math.toRadians(200), Math.toRadians(30));
        RenderCamera cam = orbit.camera(1280, 720);

        // every point of a scan at the default 2 px: where the rows lie closer than a pixel, 1 px squares
        double[] all = sizes(p, cam, Integer.MAX_VALUE, 2);
        assertTrue(all[0] < 4, "fewer pixels per point than the 4 of 2 px squares: " + all[0]);
        assertTrue(all[1] > 0.05, "some points drawn 1 px: " + all[1]);

        // a 2 % sample: the spacing grows, and so do the squares, up to the style's size
        double[] thin = sizes(p, cam, 40_000, 2);
        System.out.printf("2 px style: all points %.2f px per point (%.0f %% at 1 px); 2 %% sample %.2f px per point%n",
                all[0], 100 * all[1], thin[0]);
        assertTrue(thin[0] > all[0], "a thinner sample draws larger squares: " + thin[0] + " vs " + all[0]);
        assertEquals(2, SplatSizes.maxMovingSize(2), "never beyond the style's size");
    }

    @Test
    void evenlyDenseSurfaceFarAwayIsDrawnWithOnePixel() {
        // 1 M points spread evenly over a 20 x 20 m patch of ground 200 m ahead: about 5 points a pixel
        dev.fuselage.core.cloud.PointCloud c = new dev.fuselage.core.cloud.PointCloud(1_000_000);
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < c.size(); i++) {
            c.x()[i] = (float) (200 + r.nextDouble(20));
            c.y()[i] = (float) r.nextDouble(-10, 10);
            c.z()[i] = 0;
        }
        PreparedCloud p = PreparedCloud.prepare(c);
        RenderCamera cam = RenderCamera.perspective(new org.joml.Vector3d(0, 0, 20), new org.joml.Vector3d(210, 0, 0),
                new org.joml.Vector3d(0, 0, 1), Math.toRadians(60), 1280, 720, 0.5, 1000);
        double[] all = sizes(p, cam, Integer.MAX_VALUE, 3);
        assertTrue(all[1] > 0.9, "1 px squares where points overlap anyway: " + all[1]);
        assertTrue(all[0] < 1.5, "about one pixel a point instead of nine: " + all[0]);
    }
}
