package dev.fuselage.render.cpu;

import dev.fuselage.render.FrameImage;
import dev.fuselage.render.GeometryScene;
import dev.fuselage.render.RendererGeometryContract;
import dev.fuselage.render.scene.Scene;
import org.junit.jupiter.api.Test;

/** Acceptance line 1 on the CPU backend. */
class CpuGeometryTest {
    @Test
    void pointsAndBoxEdgesLandOnExpectedPixels() {
        try (CpuRenderer r = new CpuRenderer(GeometryScene.fill(new Scene(), 1))) {
            FrameImage f = r.renderNow(GeometryScene.camera(), false);
            RendererGeometryContract.pointsLandOnPinholePixels(f);
            RendererGeometryContract.boxEdgesLandWhereCameraMathSays(f, GeometryScene.camera());
        }
    }

    @Test
    void birdsEyeViewIsMetric() {
        try (CpuRenderer r = new CpuRenderer(new Scene())) {
            RendererGeometryContract.birdsEyeIsMetric(r);
        }
    }
}
