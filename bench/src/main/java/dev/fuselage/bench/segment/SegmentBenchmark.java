package dev.fuselage.bench.segment;

import dev.fuselage.ai.segment.GroundEstimator;
import dev.fuselage.ai.segment.GroundParams;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.MemoryAnnotationModel;
import dev.fuselage.core.select.ScreenCamera;
import dev.fuselage.core.select.ScreenCircle;
import dev.fuselage.core.select.ScreenPoints;
import dev.fuselage.core.select.ScreenPolygon;
import dev.fuselage.core.select.Visibility;
import dev.fuselage.project.segment.PaintMode;
import dev.fuselage.project.segment.PaintStroke;
import dev.fuselage.project.segment.PointPainter;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue #11 budgets, headless parts: a lasso over 1 M and 10 M points (projection through the view camera plus the
 * polygon test, as a lasso release costs), one brush dab on a 1 M-point view (the dab's selection plus building and
 * applying its undoable paint; the camera does not move during a stroke, so the projection is reused) and the
 * ground estimate of a 120 k-point scan. Inputs: seeded synthetic 64-beam sweeps (each 120,320 points) laid one
 * metre apart along the street, as a merged multi-frame view would be. The screen update is not part of these
 * numbers: it belongs to the renderer's in-app benchmark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SegmentBenchmark {
    static final int W = 1600;
    static final int H = 900;
    static final int BEAMS = 64;
    static final int AZIMUTHS = 1880;

    @Param({"1000000", "10000000"})
    public int points;

    private PointCloud cloud;
    private ScreenCamera camera;
    private ScreenPolygon lasso;
    private ScreenPoints view;
    private PointCloud scan;
    private GroundEstimator ground;
    private MemoryAnnotationModel model;
    private float brushX;
    private PaintStroke stroke;
    private int strokes;

    @Setup(Level.Trial)
    public void setUp() {
        cloud = sweeps(points, new SplittableRandom(11));
        scan = sweeps(BEAMS * AZIMUTHS, new SplittableRandom(12));
        camera = ScreenCamera.of(lookAt(new double[] {-15, 0, 25}, new double[] {10, 0, 0}),
                perspective(Math.toRadians(60), (double) W / H, 0.5, 500), W, H);
        lasso = lasso(W / 2f, H / 2f, 350, 200, new SplittableRandom(3));
        view = ScreenPoints.project(cloud.x(), cloud.y(), cloud.z(), cloud.size(), 0, 0, 0, camera, null);
        ground = new GroundEstimator(GroundParams.DEFAULT);
        model = new MemoryAnnotationModel();
    }

    /** A lasso release: project the view's points and take those inside a 200-vertex lasso. */
    @Benchmark
    public int lasso() {
        return ScreenPoints.selectOnce(cloud.x(), cloud.y(), cloud.z(), cloud.size(), 0, 0, 0, camera, null, lasso,
                Visibility.THROUGH).length;
    }

    /** A lasso with the visible-surface mode (builds the depth cells too). */
    @Benchmark
    public int lassoVisibleSurface() {
        ScreenPoints sp = ScreenPoints.project(cloud.x(), cloud.y(), cloud.z(), cloud.size(), 0, 0, 0, camera, null);
        return sp.select(lasso, Visibility.surface(3, 0.3f), null).length;
    }

    /**
     * One brush dab of 30 px radius moving along the screen, applied to the stroke's working labels (the edit is
     * made once, at release); alternating classes so every dab changes its points.
     */
    @Benchmark
    public int brushStep() {
        brushX = brushX > W - 40 ? 40 : brushX + 7;
        if (brushX == 40 || stroke == null) {
            strokes++;
            stroke = new PaintStroke(model, "f", cloud.size(),
                    new PointPainter(strokes % 2 == 0 ? 50 : 70, 0, PaintMode.ADD, true));
        }
        int[] dab = view.select(new ScreenCircle(brushX, H * 0.6f, 30), Visibility.THROUGH, null);
        return stroke.dab(dab).length;
    }

    /** The ground estimate of one 120 k-point scan (the size parameter does not apply). */
    @Benchmark
    public int ground120k() {
        return ground.groundPoints(scan).length;
    }

    /** {@code n} points of consecutive sweeps, each one metre further along +x. */
    static PointCloud sweeps(int n, SplittableRandom r) {
        PointCloud c = new PointCloud(n);
        int perSweep = BEAMS * AZIMUTHS;
        for (int i = 0; i < n; i++) {
            int k = i % perSweep, sweep = i / perSweep;
            double el = Math.toRadians(2 - 26.9 * (k / AZIMUTHS) / (BEAMS - 1));
            double az = 2 * Math.PI * (k % AZIMUTHS) / AZIMUTHS;
            double range = el < 0 ? Math.min(1.73 / -Math.sin(el), 120) : 120;
            if (r.nextDouble() < 0.3) {
                range = Math.min(range, r.nextDouble(2, 60));
            }
            c.x()[i] = (float) (range * Math.cos(el) * Math.cos(az) + sweep);
            c.y()[i] = (float) (range * Math.cos(el) * Math.sin(az));
            c.z()[i] = (float) (range * Math.sin(el) + r.nextGaussian() * 0.02);
        }
        return c;
    }

    static ScreenPolygon lasso(float cx, float cy, float radius, int n, SplittableRandom r) {
        float[] xs = new float[n], ys = new float[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double rad = radius * (0.7 + 0.3 * r.nextDouble());
            xs[i] = (float) (cx + rad * Math.cos(a));
            ys[i] = (float) (cy + rad * Math.sin(a) * 0.7);
        }
        return new ScreenPolygon(xs, ys);
    }

    /** Column-major OpenGL look-at with +z up. */
    static double[] lookAt(double[] eye, double[] target) {
        double[] f = norm(new double[] {target[0] - eye[0], target[1] - eye[1], target[2] - eye[2]});
        double[] s = norm(new double[] {f[1], -f[0], 0}); // f x (0,0,1)
        double[] u = {s[1] * f[2] - s[2] * f[1], s[2] * f[0] - s[0] * f[2], s[0] * f[1] - s[1] * f[0]};
        return new double[] {s[0], u[0], -f[0], 0, s[1], u[1], -f[1], 0, s[2], u[2], -f[2], 0,
                -dot(s, eye), -dot(u, eye), dot(f, eye), 1};
    }

    /** Column-major OpenGL perspective. */
    static double[] perspective(double fovY, double aspect, double near, double far) {
        double f = 1 / Math.tan(fovY / 2);
        return new double[] {f / aspect, 0, 0, 0, 0, f, 0, 0, 0, 0, (far + near) / (near - far), -1, 0, 0,
                2 * far * near / (near - far), 0};
    }

    private static double[] norm(double[] v) {
        double l = Math.sqrt(dot(v, v));
        return new double[] {v[0] / l, v[1] / l, v[2] / l};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
