package dev.fuselage.render.gl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.CloudHandle;
import dev.fuselage.render.scene.ColorBuffer;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.Scene;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The GL backend's partial colour upload (a brush dab): after {@code Scene.updateColors(handle, indices)} it draws
 * exactly what a renderer that uploads everything afresh draws.
 */
class GlPartialColorsTest {
    @Test
    void partialUploadDrawsWhatAFullUploadDraws() {
        PointCloud cloud = SyntheticLidar.generate(100_000, 9).cloud();
        cloud.removeColumn(StandardAttributes.SEMANTIC);
        cloud.removeColumn(StandardAttributes.INSTANCE);
        AttributeColumn sem = cloud.addColumn(StandardAttributes.SEMANTIC, ScalarType.INT32, 1);
        cloud.addColumn(StandardAttributes.INSTANCE, ScalarType.INT32, 1);
        Scene scene = new Scene();
        scene.setStyle(scene.style().withMode(ColorMode.SEMANTIC).withPointSize(2));
        CloudHandle h = scene.addCloud(cloud);
        OrbitCamera orbit = new OrbitCamera();
        orbit.setDistance(40);
        orbit.setAngles(Math.toRadians(200), Math.toRadians(40));
        RenderCamera cam = orbit.camera(480, 320);
        try (GlRenderer gl = GlTestSupport.open(scene)) {
            int[] before = gl.renderNow(cam, false).toArgbArray();
            // paint every point within 15 m of the sensor, in runs and scattered
            int[] painted = java.util.stream.IntStream.range(0, cloud.size())
                    .filter(i -> Math.hypot(cloud.x()[i], cloud.y()[i]) < 15).toArray();
            for (int i : painted) {
                sem.setLong(i, 40);
            }
            scene.updateColors(h, painted);
            ColorBuffer colors = scene.cloud(h).orElseThrow().colors(scene.style(), scene.snapshot().background());
            FrameImage partial = gl.renderNow(cam, false);
            assertTrue(colors.changed() != null && colors.changed().length == painted.length,
                    "the frame was drawn from a partial update");
            try (GlRenderer fresh = GlTestSupport.open(scene)) {
                int[] full = fresh.renderNow(cam, false).toArgbArray();
                assertFalse(Arrays.equals(before, full), "the paint is visible");
                assertArrayEquals(full, partial.toArgbArray(), "partial upload = full upload, pixel for pixel");
            }
        }
    }
}
