package dev.fuselage.bench.segment;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.edit.MemoryAnnotationModel;
import dev.fuselage.core.select.ScreenCamera;
import dev.fuselage.core.select.ScreenCircle;
import dev.fuselage.core.select.ScreenPoints;
import dev.fuselage.core.select.Visibility;
import dev.fuselage.project.segment.PaintMode;
import dev.fuselage.project.segment.PaintStroke;
import dev.fuselage.project.segment.PointPainter;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.ClassPalette;
import dev.fuselage.render.scene.CloudHandle;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.PointStyle;
import dev.fuselage.render.scene.Scene;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.joml.Vector3d;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue #11: one brush step on a 1 M-point view <b>including the screen update</b>, as the workspace's paint tool
 * does it: the dab's selection and working labels ({@link PaintStroke#dab}), the changed points written into the
 * view's label columns, their partial recolour ({@link Scene#updateColors(CloudHandle, int[])}), and the next frame
 * of the CPU renderer at the app's default frame-time target (33 ms) and point size, coloured by class. The frame
 * counts up to the image handed to the screen (its hand-off to JavaFX is not included: 0.5–2 ms, see the renderer
 * section).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BrushScreenBenchmark {
    @Param({"1000000"})
    public int points;

    private PointCloud cloud;
    private int[] semantic;
    private int[] instance;
    private Scene scene;
    private CloudHandle handle;
    private CpuRenderer renderer;
    private RenderCamera camera;
    private ScreenPoints view;
    private MemoryAnnotationModel model;
    private PaintStroke stroke;
    private float brushX;
    private int strokes;

    @Setup(Level.Trial)
    public void setUp() {
        cloud = SegmentBenchmark.sweeps(points, new SplittableRandom(11));
        semantic = cloud.addColumn(StandardAttributes.SEMANTIC, ScalarType.INT32, 1).ints();
        instance = cloud.addColumn(StandardAttributes.INSTANCE, ScalarType.INT32, 1).ints();
        scene = new Scene();
        scene.setStyle(PointStyle.DEFAULT.withMode(ColorMode.SEMANTIC)
                .withPalette(ClassPalette.of(Map.of(50, 0xFFC800, 70, 0x00AF00))));
        handle = scene.addCloud(cloud);
        renderer = new CpuRenderer(scene);
        renderer.setFrameTarget(33);
        camera = RenderCamera.perspective(new Vector3d(-15, 0, 25), new Vector3d(10, 0, 0), new Vector3d(0, 0, 1),
                Math.toRadians(60), SegmentBenchmark.W, SegmentBenchmark.H, 0.5, 500);
        double[] v = new double[16], p = new double[16];
        camera.view().get(v);
        camera.projection().get(p);
        view = ScreenPoints.project(cloud.x(), cloud.y(), cloud.z(), cloud.size(), 0, 0, 0,
                ScreenCamera.of(v, p, SegmentBenchmark.W, SegmentBenchmark.H), null);
        model = new MemoryAnnotationModel();
        renderer.requestFrame(camera, false).join(); // colours computed once, as when the frame was shown
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        renderer.close();
    }

    /** One 30 px dab moving along the screen, its partial recolour and the next frame on screen. */
    @Benchmark
    public FrameImage brushStepWithScreen() {
        brushX = brushX > SegmentBenchmark.W - 40 ? 40 : brushX + 7;
        if (brushX == 40 || stroke == null) {
            strokes++;
            stroke = new PaintStroke(model, "f", cloud.size(),
                    new PointPainter(strokes % 2 == 0 ? 50 : 70, 0, PaintMode.ADD, true));
        }
        int cls = strokes % 2 == 0 ? 50 : 70;
        int[] changed = stroke.dab(view.select(new ScreenCircle(brushX, SegmentBenchmark.H * 0.6f, 30),
                Visibility.THROUGH, null));
        for (int i : changed) {
            semantic[i] = cls;
            instance[i] = 0;
        }
        scene.updateColors(handle, changed);
        return renderer.requestFrame(camera, false).join();
    }
}
