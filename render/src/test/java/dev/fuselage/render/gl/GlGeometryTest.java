package dev.fuselage.render.gl;

import dev.fuselage.render.FrameImage;
import dev.fuselage.render.GeometryScene;
import dev.fuselage.render.RendererGeometryContract;
import dev.fuselage.render.scene.Scene;
import org.junit.jupiter.api.Test;

/** Acceptance line 1 on the OpenGL backend (EGL surfaceless on llvmpipe without a display). */
class GlGeometryTest {
    @Test
    void pointsAndBoxEdgesLandOnExpectedPixels() {
        try (GlRenderer r = GlTestSupport.open(GeometryScene.fill(new Scene(), 1))) {
            System.out.println("GL backend: " + r.description());
            FrameImage f = r.renderNow(GeometryScene.camera(), false);
            RendererGeometryContract.pointsLandOnPinholePixels(f);
            RendererGeometryContract.boxEdgesLandWhereCameraMathSays(f, GeometryScene.camera());
        }
    }

    @Test
    void birdsEyeViewIsMetric() {
        try (GlRenderer r = GlTestSupport.open(new Scene())) {
            RendererGeometryContract.birdsEyeIsMetric(r);
        }
    }
}
