package dev.fuselage.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.GeometryScene;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneCuboid;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance line 4: the CPU and GL backends draw the same image of the same scene (±1 px). */
class BackendIdentityTest {
    /** Set on every scene, so that "lit" is known exactly rather than guessed from a corner pixel. */
    private static final int BACKGROUND = 0xFF101418;

    @TempDir
    Path tmp;

    @Test
    void geometrySceneIsIdenticalWithinOnePixel() {
        for (int size : new int[] {1, 3}) {
            Scene scene = GeometryScene.fill(new Scene(), size);
            scene.setBackground(BACKGROUND);
            try (CpuRenderer cpu = new CpuRenderer(scene); GlRenderer gl = GlTestSupport.open(scene)) {
                FrameImage a = cpu.renderNow(GeometryScene.camera(), false);
                FrameImage b = gl.renderNow(GeometryScene.camera(), false);
                // two blank images would match perfectly: both backends must have drawn the scene
                assertGeometryDrawn(a, "CPU, size " + size);
                assertGeometryDrawn(b, "GL, size " + size);
                assertEquals(1.0, matchFraction(a, b), "every CPU pixel found in GL within 1 px, size " + size);
                assertEquals(1.0, matchFraction(b, a), "every GL pixel found in CPU within 1 px, size " + size);
                assertEquals(litPixels(a), litPixels(b), Math.max(4, litPixels(a) / 50), "lit pixel counts");
            }
        }
    }

    @Test
    void lidarSceneWithGridAxesAndBoxesMatches() {
        SyntheticLidar.Scan lidar = SyntheticLidar.generate(200_000, 7);
        Scene scene = new Scene();
        scene.setBackground(BACKGROUND);
        scene.addCloud(lidar.cloud());
        List<SceneCuboid> boxes = new ArrayList<>();
        for (int i = 0; i < lidar.objects().size(); i++) {
            boxes.add(new SceneCuboid(i, lidar.objects().get(i), i < 24 ? 0xFF30C0FF : 0xFFFF6040));
        }
        scene.setCuboids(boxes);
        scene.setSelectedCuboid(3);
        scene.setStyle(scene.style().withMode(ColorMode.SEMANTIC).withPointSize(2));
        OrbitCamera orbit = new OrbitCamera();
        orbit.setDistance(45);
        orbit.setAngles(Math.toRadians(200), Math.toRadians(35));
        RenderCamera cam = orbit.camera(640, 400);
        try (CpuRenderer cpu = new CpuRenderer(scene); GlRenderer gl = GlTestSupport.open(scene)) {
            FrameImage a = cpu.renderNow(cam, false);
            FrameImage b = gl.renderNow(cam, false);
            a.writePng(tmp.resolve("cpu.png"));
            b.writePng(tmp.resolve("gl.png"));
            assertDrawn(a, "CPU");
            assertDrawn(b, "GL");
            double ab = matchFraction(a, b), ba = matchFraction(b, a);
            System.out.printf("lidar scene: CPU->GL %.4f, GL->CPU %.4f, lit %d vs %d%n", ab, ba, litPixels(a),
                    litPixels(b));
            // depth ties between overlapping 2-px points may resolve differently; geometry must not
            assertTrue(ab > 0.99 && ba > 0.99, "match " + ab + " / " + ba);
        }
    }

    /**
     * Each of the geometry scene's points shows in its colour within 1 px of where the pinhole puts it, and the
     * box's edges show.
     */
    static void assertGeometryDrawn(FrameImage f, String what) {
        for (int i = 0; i < GeometryScene.POINTS.length; i++) {
            double[] p = GeometryScene.POINTS[i];
            int u = (int) Math.floor(GeometryScene.u(p[0], p[1]));
            int v = (int) Math.floor(GeometryScene.v(p[0], p[2]));
            assertTrue(colourNear(f, u, v, GeometryScene.COLORS[i]), what + ": point " + i + " not drawn at " + u
                    + ", " + v);
        }
        long box = Arrays.stream(f.toArgbArray()).filter(c -> c == GeometryScene.BOX_COLOR).count();
        assertTrue(box >= 20, what + ": the box's edges cover " + box + " pixels");
    }

    private static boolean colourNear(FrameImage f, int x, int y, int argb) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx, yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < f.width() && yy < f.height() && f.argb(xx, yy) == argb) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Something was drawn: at least 1 % of the pixels differ from the background, in at least three colours (the
     * scenes hold points, lines and boxes of several colours; one stray colour is not a picture).
     */
    static void assertDrawn(FrameImage f, String what) {
        long lit = litPixels(f);
        assertTrue(lit >= f.width() * (long) f.height() / 100, what + ": only " + lit + " pixels drawn");
        long colours = Arrays.stream(f.toArgbArray()).filter(c -> c != BACKGROUND).distinct().count();
        assertTrue(colours >= 3, what + ": " + colours + " colours drawn");
    }

    /**
     * Issue #15: moving frames with adaptive splat sizes (GL draws one multi-draw per size) match too.
     */
    @Test
    void movingFramesWithAdaptiveSplatSizesMatch() {
        Scene scene = new Scene();
        scene.setBackground(BACKGROUND);
        scene.addCloud(SyntheticLidar.generate(300_000, 7).cloud());
        scene.setStyle(scene.style().withMode(ColorMode.HEIGHT).withPointSize(3));
        scene.setPointBudget(150_000);
        OrbitCamera orbit = new OrbitCamera();
        orbit.setDistance(45);
        orbit.setAngles(Math.toRadians(200), Math.toRadians(35));
        RenderCamera cam = orbit.camera(640, 400);
        try (CpuRenderer cpu = new CpuRenderer(scene); GlRenderer gl = GlTestSupport.open(scene)) {
            FrameImage a = cpu.renderNow(cam, true);
            FrameImage b = gl.renderNow(cam, true);
            assertDrawn(a, "CPU moving");
            assertDrawn(b, "GL moving");
            assertEquals(a.pointsDrawn(), b.pointsDrawn(), "same level-of-detail sample");
            double ab = matchFraction(a, b), ba = matchFraction(b, a);
            assertTrue(ab > 0.99 && ba > 0.99, "match " + ab + " / " + ba);
        }
    }

    /** Fraction of non-background pixels of {@code a} that have a same-coloured pixel within 1 px in {@code b}. */
    static double matchFraction(FrameImage a, FrameImage b) {
        int bg = BACKGROUND;
        long lit = 0, matched = 0;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                int c = a.argb(x, y);
                if (c == bg) {
                    continue;
                }
                lit++;
                search:
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx, yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < b.width() && yy < b.height() && b.argb(xx, yy) == c) {
                            matched++;
                            break search;
                        }
                    }
                }
            }
        }
        return lit == 0 ? 0 : (double) matched / lit;
    }

    static long litPixels(FrameImage f) {
        int bg = BACKGROUND;
        long n = 0;
        for (int c : f.toArgbArray()) {
            if (c != bg) {
                n++;
            }
        }
        return n;
    }
}
