package dev.fuselage.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.CloudHandle;
import dev.fuselage.render.scene.Scene;
import org.junit.jupiter.api.Test;

/** Acceptance line 6 for OpenGL: GL only on the render thread, and no GL objects leak across frame switches. */
class GlThreadAndResourceTest {
    @Test
    void glCallFromAnotherThreadIsRefused() {
        assertTrue(GlThread.CHECKS, "tests run with -ea, so the thread check is on");
        try (GlRenderer r = GlTestSupport.open(new Scene())) {
            int before = r.resources().liveHandles();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.resources().genBuffer());
            assertTrue(e.getMessage().contains("fuselage-gl-render"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> r.resources().deleteBuffer(1));
            assertEquals(before, r.resources().liveHandles(), "the refused call created nothing");
        }
    }

    @Test
    void addingAndRemovingACloud1000TimesLeavesNoGlObjects() {
        PointCloud cloud = SyntheticLidar.generate(2000, 5).cloud();
        Scene scene = new Scene();
        RenderCamera cam = new OrbitCamera().camera(64, 48);
        try (GlRenderer r = GlTestSupport.open(scene)) {
            r.renderNow(cam, false);
            int baseline = r.resources().liveHandles();
            for (int i = 0; i < 1000; i++) {
                CloudHandle h = scene.addCloud(cloud);
                r.renderNow(cam, false);
                assertEquals(baseline + 3, r.resources().liveHandles(), "one VAO and two VBOs while shown");
                scene.removeCloud(h);
                r.renderNow(cam, i % 2 == 0);
            }
            assertEquals(baseline, r.resources().liveHandles(), "back to baseline");
            // a viewport change replaces, not adds, the framebuffer
            r.renderNow(new OrbitCamera().camera(100, 80), false);
            assertEquals(baseline, r.resources().liveHandles());
        }
    }
}
