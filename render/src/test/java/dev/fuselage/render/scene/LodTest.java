package dev.fuselage.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.cpu.CpuRenderer;
import java.util.Arrays;
import org.joml.Matrix4f;
import org.junit.jupiter.api.Test;

class LodTest {
    @Test
    void preparedCloudKeepsEveryValidPointOnceInMortonChunks() {
        SyntheticLidar.Scan l = SyntheticLidar.generate(100_000, 1);
        l.cloud().x()[17] = Float.NaN;
        PreparedCloud p = PreparedCloud.prepare(l.cloud());
        assertEquals(99_999, p.size(), "NaN point dropped");
        int[] src = p.sourceIndex().clone();
        Arrays.sort(src);
        for (int i = 0, expect = 0; i < src.length; i++, expect++) {
            if (expect == 17) {
                expect++;
            }
            assertEquals(expect, src[i]);
        }
        for (int i = 0; i < p.size(); i++) {
            assertEquals(l.cloud().x()[p.sourceIndex()[i]], p.x()[i]);
        }
        // chunks are spatially compact: most are far smaller than the ~200 m scene (a Morton chunk that spans a
        // jump of the curve can be large; those are few)
        float[] b = new float[6];
        LodIndex lod = p.lod();
        double[] extent = new double[lod.chunkCount()];
        for (int c = 0; c < lod.chunkCount(); c++) {
            lod.chunkBounds(c, b);
            extent[c] = Math.max(b[3] - b[0], b[4] - b[1]);
        }
        Arrays.sort(extent);
        double median = extent[extent.length / 2];
        System.out.println("chunk extent median " + median + " m, 90th " + extent[extent.length * 9 / 10] + " m");
        var bounds = l.cloud().bounds();
        double scene = Math.max(bounds.maxX() - bounds.minX(), bounds.maxY() - bounds.minY());
        // in the input (ring) order a chunk of 2048 points spans a whole ring, i.e. most of the scene
        assertTrue(median < 0.15 * scene, "median chunk extent " + median + " m of " + scene + " m");
    }

    @Test
    void movingCameraDrawsTheBudgetStillCameraEverything() {
        SyntheticLidar.Scan l = SyntheticLidar.generate(3_000_000, 2);
        Scene scene = new Scene();
        scene.addCloud(l.cloud());
        scene.setPointBudget(400_000);
        OrbitCamera orbit = new OrbitCamera();
        orbit.setMode(OrbitCamera.Mode.BIRDS_EYE);
        orbit.setPixelsPerMetre(2); // everything in view
        RenderCamera cam = orbit.camera(640, 480);
        try (CpuRenderer r = new CpuRenderer(scene)) {
            FrameImage moving = r.renderNow(cam, true);
            long lodChunks = scene.snapshot().clouds().get(0).prepared().lod().chunkCount();
            assertTrue(moving.pointsDrawn() <= 400_000 + lodChunks, "budget: " + moving.pointsDrawn());
            assertTrue(moving.pointsDrawn() >= 380_000, "budget used: " + moving.pointsDrawn());
            long litMoving = lit(moving);
            FrameImage still = r.renderNow(cam, false);
            assertTrue(still.frameNumber() > moving.frameNumber(), "refines when still");
            assertTrue(still.pointsDrawn() >= 2_990_000, "full detail: " + still.pointsDrawn());
            long litStill = lit(still);
            assertTrue(litMoving > 0.5 * litStill, "the sample covers the scene: " + litMoving + " of " + litStill);
        }
    }

    @Test
    void frustumCullingSkipsChunksBehindTheCamera() {
        PreparedCloud p = PreparedCloud.prepare(SyntheticLidar.generate(500_000, 3).cloud());
        OrbitCamera orbit = new OrbitCamera();
        orbit.setDistance(1);
        orbit.setAngles(Math.PI, 0); // at the sensor looking along +x: the rear half is culled
        Matrix4f m = orbit.camera(640, 480).mvp(0, 0, 0, new Matrix4f());
        LodSelection sel = new LodSelection();
        p.lod().select(m, Integer.MAX_VALUE, sel);
        assertTrue(sel.visible() < 0.7 * p.size(), "visible " + sel.visible() + " of " + p.size());
        assertEquals(sel.visible(), sel.points());
    }

    private static long lit(FrameImage f) {
        int bg = f.argb(0, 0);
        return Arrays.stream(f.toArgbArray()).filter(c -> c != bg).count();
    }
}
