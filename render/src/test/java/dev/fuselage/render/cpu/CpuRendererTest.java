package dev.fuselage.render.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ClassPalette;
import dev.fuselage.render.scene.CloudHandle;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.PointFilter;
import dev.fuselage.render.scene.Scene;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class CpuRendererTest {
    private static final RenderCamera CAM = RenderCamera.perspective(new Vector3d(), new Vector3d(1, 0, 0),
            new Vector3d(0, 0, 1), Math.toRadians(90), 100, 100, 0.1, 100);

    private static Scene bare() {
        Scene s = new Scene();
        s.setGrid(null);
        s.setAxesLength(0);
        s.setBackground(0);
        return s;
    }

    /** One point straight ahead at 10 m (pixel 50, 50), with a semantic label. */
    private static PointCloud onePoint(int label) {
        PointCloud c = new PointCloud(1);
        c.x()[0] = 10;
        c.y()[0] = -0.05f; // a tenth of a pixel right of the centre: u = 50.5
        c.z()[0] = -0.05f;
        c.addColumn(StandardAttributes.SEMANTIC, ScalarType.UINT16, 1).setLong(0, 0, label);
        return c;
    }

    @Test
    void redrawsOnlyWhenSomethingChanged() throws Exception {
        Scene s = bare();
        try (CpuRenderer r = new CpuRenderer(s)) {
            FrameImage a = r.renderNow(CAM, false);
            assertSame(a, r.renderNow(CAM, false), "same scene, same camera: no redraw");
            assertSame(a, r.renderNow(CAM, true), "a full frame serves an interactive request");
            s.addCloud(onePoint(1));
            FrameImage b = r.renderNow(CAM, false);
            assertEquals(a.frameNumber() + 1, b.frameNumber());
            CompletableFuture<FrameImage> f = r.requestFrame(new OrbitCamera().camera(100, 100), true);
            FrameImage c = f.get();
            assertEquals(b.frameNumber() + 1, c.frameNumber());
            assertNotEquals(Thread.currentThread(), null);
        }
    }

    @Test
    void labelsPaletteHighlightAndFilters() {
        Scene s = bare();
        PointCloud cloud = onePoint(5);
        CloudHandle h = s.addCloud(cloud);
        s.setStyle(s.style().withMode(ColorMode.SEMANTIC).withPalette(ClassPalette.of(Map.of(5, 0x00FF00, 6,
                0x0000FF))));
        try (CpuRenderer r = new CpuRenderer(s)) {
            assertEquals(0xFF00FF00, r.renderNow(CAM, false).argb(50, 50));
            cloud.column(StandardAttributes.SEMANTIC).orElseThrow().setLong(0, 0, 6);
            s.updateColors(h);
            assertEquals(0xFF0000FF, r.renderNow(CAM, false).argb(50, 50), "relabelled");
            BitSet sel = new BitSet();
            sel.set(0);
            s.setHighlightedPoints(h, sel);
            assertEquals(0xFF000000 | s.style().highlightColor(), r.renderNow(CAM, false).argb(50, 50));
            s.setHighlightedPoints(h, null);
            s.setStyle(s.style().withFilter(PointFilter.range(0, 5, PointFilter.Action.DIM)));
            int dim = r.renderNow(CAM, false).argb(50, 50);
            assertEquals(0xFF000040, dim, "a quarter of the blue, toward black");
            s.setStyle(s.style().withFilter(PointFilter.range(0, 5, PointFilter.Action.HIDE)));
            assertEquals(0xFF000000, r.renderNow(CAM, false).argb(50, 50), "hidden");
        }
    }

    @Test
    void pointSizeCoversASquareAndRgbFloatPackingIsRead() {
        Scene s = bare();
        PointCloud c = onePoint(0);
        AttributeColumn rgb = c.addColumn(StandardAttributes.RGB, ScalarType.FLOAT32, 1);
        rgb.floats()[0] = Float.intBitsToFloat(0x00123456); // PCD stores rgb as the bits of a float
        s.addCloud(c);
        s.setStyle(s.style().withMode(ColorMode.RGB).withPointSize(3));
        try (CpuRenderer r = new CpuRenderer(s)) {
            FrameImage f = r.renderNow(CAM, false);
            int lit = 0;
            for (int y = 0; y < 100; y++) {
                for (int x = 0; x < 100; x++) {
                    if (f.argb(x, y) != 0xFF000000) {
                        assertEquals(0xFF123456, f.argb(x, y));
                        assertTrue(Math.abs(x - 50) <= 1 && Math.abs(y - 50) <= 1);
                        lit++;
                    }
                }
            }
            assertEquals(9, lit, "3x3 square around the centre pixel");
        }
    }

    @Test
    void nearerPointWinsRegardlessOfOrderAndThreads() {
        PointCloud c = new PointCloud(200_000);
        AttributeColumn sem = c.addColumn(StandardAttributes.SEMANTIC, ScalarType.UINT16, 1);
        for (int i = 0; i < c.size(); i++) {
            c.x()[i] = 10 + (i % 2) * 5; // alternate near/far on the same ray
            c.y()[i] = -0.05f;
            c.z()[i] = -0.05f;
            sem.setLong(i, 0, 1 + i % 2);
        }
        Scene s = bare();
        s.addCloud(c);
        s.setStyle(s.style().withMode(ColorMode.SEMANTIC).withPalette(ClassPalette.of(Map.of(1, 0xFF0000, 2,
                0x00FF00))));
        try (CpuRenderer r = new CpuRenderer(s, 4)) {
            assertEquals(0xFFFF0000, r.renderNow(CAM, false).argb(50, 50));
        }
    }

    @Test
    void addingAndRemovingACloud1000TimesDoesNotGrowMemory() {
        PointCloud cloud = SyntheticLidar.generate(20_000, 5).cloud();
        Scene scene = new Scene();
        RenderCamera cam = new OrbitCamera().camera(64, 48);
        try (CpuRenderer r = new CpuRenderer(scene)) {
            long baseline = 0;
            for (int i = 0; i < 1000; i++) {
                CloudHandle h = scene.addCloud(cloud);
                r.renderNow(cam, false);
                scene.removeCloud(h);
                r.renderNow(cam, false);
                if (i == 99) {
                    baseline = usedAfterGc();
                }
            }
            assertEquals(0, r.cachedClouds(), "no per-cloud state left");
            long growth = usedAfterGc() - baseline;
            // one leaked prepared copy per iteration would be 900 x 400 KB = 360 MB
            assertTrue(growth < 32L << 20, "heap grew by " + (growth >> 20) + " MB");
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
