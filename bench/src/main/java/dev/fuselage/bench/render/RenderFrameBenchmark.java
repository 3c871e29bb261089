package dev.fuselage.bench.render;

import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.render.BackendChoice;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.Renderers;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ColorMode;
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
 * Milliseconds per full-detail frame (draw + hand-off into the output buffer) at 1280x720 for a synthetic
 * 64-ring lidar scene with its boxes, grid and axes, per backend and point count. The camera turns a little every
 * frame, so each frame is really drawn (the renderers skip unchanged frames).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
public class RenderFrameBenchmark {
    @Param({"cpu", "gl"})
    public String backend;

    @Param({"100000", "1000000", "10000000"})
    public int points;

    /** Point size in pixels (the viewer's default is 2; the figures in BENCHMARKS.md before issue #15 are 1). */
    @Param({"1"})
    public int pointSize;

    private Renderer renderer;
    private final OrbitCamera orbit = new OrbitCamera();
    private int frame;

    @Setup(Level.Trial)
    public void setUp() {
        Scene scene = new Scene();
        RenderBenchScenes.fill(scene, SyntheticLidar.generate(points, 42));
        scene.setStyle(scene.style().withMode(ColorMode.INTENSITY).withPointSize(pointSize));
        renderer = Renderers.create(BackendChoice.parse(backend), scene);
        orbit.setDistance(50);
        orbit.setAngles(Math.toRadians(200), Math.toRadians(30));
        renderer.renderNow(orbit.camera(1280, 720), false); // upload / colour once, outside the measurement
    }

    @Benchmark
    public FrameImage fullDetailFrame() {
        orbit.orbit((++frame & 1) == 0 ? 0.002 : -0.002, 0);
        RenderCamera cam = orbit.camera(1280, 720);
        return renderer.renderNow(cam, false);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        renderer.close();
    }
}
