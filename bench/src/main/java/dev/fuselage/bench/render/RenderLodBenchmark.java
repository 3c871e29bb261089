package dev.fuselage.bench.render;

import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.render.BackendChoice;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.Renderers;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.scene.Scene;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 50 M-point cloud while the camera moves: interactive frames drawn through the LOD index at the default
 * 2 M-point budget, 1280x720, CPU backend (the target is >= 30 fps, i.e. <= 33 ms a frame).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx10g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
public class RenderLodBenchmark {
    @Param({"cpu"})
    public String backend;

    @Param({"50000000"})
    public int points;

    /** Point size in pixels (moving frames use adaptive splat sizes up to it). */
    @Param({"1"})
    public int pointSize;

    /**
     * Frame-time target in ms: 0 draws the fixed default budget (2 M points), a positive target lets the budget
     * adapt to it as in the app.
     */
    @Param({"0"})
    public double frameTarget;

    private Renderer renderer;
    private final OrbitCamera orbit = new OrbitCamera();

    @Setup(Level.Trial)
    public void setUp() {
        Scene scene = new Scene();
        RenderBenchScenes.fill(scene, SyntheticLidar.generate(points, 42));
        scene.setStyle(scene.style().withPointSize(pointSize));
        renderer = Renderers.create(BackendChoice.parse(backend), scene);
        renderer.setFrameTarget(frameTarget);
        orbit.setDistance(60);
        orbit.setAngles(Math.toRadians(200), Math.toRadians(35));
        renderer.renderNow(orbit.camera(1280, 720), true);
    }

    @Benchmark
    public FrameImage movingFrame() {
        orbit.orbit(0.01, 0); // a steady orbit drag
        return renderer.renderNow(orbit.camera(1280, 720), true);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        renderer.close();
    }
}
