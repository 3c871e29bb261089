package dev.fuselage.bench.render;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.render.BackendChoice;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.Renderers;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.scene.CloudHandle;
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
 * Time from "here is a loaded cloud" to its first frame: the Morton sort/LOD build in {@code Scene.addCloud},
 * the colour computation and, for OpenGL, the vertex-buffer upload; then the cloud is removed again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RenderPrepareBenchmark {
    @Param({"cpu", "gl"})
    public String backend;

    @Param({"1000000", "10000000"})
    public int points;

    private PointCloud cloud;
    private Renderer renderer;
    private final OrbitCamera orbit = new OrbitCamera();
    private int frame;

    @Setup(Level.Trial)
    public void setUp() {
        cloud = SyntheticLidar.generate(points, 42).cloud();
        renderer = Renderers.create(BackendChoice.parse(backend), new Scene());
    }

    @Benchmark
    public long addCloudAndDrawFirstFrame() {
        Scene scene = renderer.scene();
        CloudHandle h = scene.addCloud(cloud);
        orbit.orbit(++frame * 1e-3, 0);
        long drawn = renderer.renderNow(orbit.camera(1280, 720), false).pointsDrawn();
        scene.removeCloud(h);
        return drawn;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        renderer.close();
    }
}
