package dev.fuselage.bench.workspace;

import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.project.demo.DemoSceneGenerator;
import dev.fuselage.project.demo.ProgressListener;
import dev.fuselage.render.scene.FrameCloud;
import dev.fuselage.project.ProjectOntology;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.edit.ChangeBox;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.cpu.CpuRenderer;
import dev.fuselage.render.scene.CloudHandle;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneCuboid;
import dev.fuselage.ontology.LabelClass;
import java.util.ArrayList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The annotation workspace's latencies on the generated demo project (24 frames, as {@code fuselage demo} makes
 * it; generated once per fork into a temporary folder):
 * <ul>
 *   <li>{@link #projectOpen}: what opening the project costs before the first frame shows — open the store (lock,
 *       SQLite, schema check), resolve the ontology, scan the frame files, list the frames and count each one's
 *       objects (the timeline's markers), read and prepare frame 0's cloud and put it with its boxes into a
 *       scene.</li>
 *   <li>{@link #frameSwitchPrefetched}: a next-frame step when the frame was prefetched (the workspace prepares
 *       the neighbours in the background): the UI-thread work of the workspace's frame view model — swap the
 *       scene's cloud handle, read the frame's objects from the store, rebuild the boxes ({@link FrameShown}
 *       makes the same scene calls; the bench depends on the project layer, not on the JavaFX app).</li>
 *   <li>{@link #frameSwitchPrefetchedAndDrawn}: the same plus the first full-detail frame of the new scene drawn by
 *       the CPU renderer at 1280x720 (what this machine's {@code auto} backend picks; colours are computed on
 *       that first draw).</li>
 *   <li>{@link #editToDurable}: one box edit through the undo history ({@code EditHistory.execute(ChangeBox)}) on
 *       the SQLite store, until the commit returns (WAL, {@code synchronous=NORMAL}: survives a crash of the app).</li>
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
public class WorkspaceBenchmark {

    /** The demo project, generated once per fork. */
    @State(Scope.Benchmark)
    public static class Demo {
        Path temp;
        Path folder;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            temp = Files.createTempDirectory("fuselage-bench-demo");
            folder = DemoProject.createIfAbsent(temp.resolve("demo"), DemoProject.DEFAULT_FRAMES,
                    DemoSceneGenerator.DEFAULT_SEED, ProgressListener.NONE).folder();
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            try (Stream<Path> all = Files.walk(temp)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The demo opened, every frame's cloud prepared (a warm prefetch), frame 0 shown in a CPU renderer's scene. */
    @State(Scope.Benchmark)
    public static class OpenWorkspace {
        ProjectStore project;
        AnnotationStore store;
        List<String> frames;
        final Map<String, FrameCloud> prefetched = new HashMap<>();
        CpuRenderer renderer;
        FrameShown frame;
        RenderCamera camera;
        EditHistory history;
        ObjectAnnotation edited;
        Cuboid boxA;
        Cuboid boxB;
        int index;
        boolean flip;

        @Setup(Level.Trial)
        public void open(Demo demo) throws IOException {
            project = ProjectStore.open(demo.folder);
            store = project.annotations();
            frames = store.frames();
            ProjectFrames source = ProjectFrames.requireSources(project.folder(), project.descriptor());
            for (String id : frames) {
                prefetched.put(id, FrameCloud.prepare(PointCloudIO.read(source.cloud(id))));
            }
            renderer = new CpuRenderer(new Scene());
            frame = new FrameShown(renderer.scene(), ProjectOntology.of(project));
            frame.show(prefetched.get(frames.get(0)), store.objects(frames.get(0)));
            OrbitCamera orbit = new OrbitCamera();
            orbit.setDistance(30);
            orbit.setAngles(Math.toRadians(180), Math.toRadians(25));
            camera = orbit.camera(1280, 720);
            history = new EditHistory(store, 500);
            edited = store.objects(frames.get(0)).get(0);
            boxA = edited.box();
            boxB = boxA.withCenter(boxA.cx() + 0.1, boxA.cy(), boxA.cz());
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            renderer.close();
            project.close();
        }
    }

    @Benchmark
    public int projectOpen(Demo demo) throws IOException {
        try (ProjectStore project = ProjectStore.open(demo.folder)) {
            Ontology ontology = ProjectOntology.of(project);
            ProjectFrames source = ProjectFrames.requireSources(project.folder(), project.descriptor());
            AnnotationStore store = project.annotations();
            List<String> frames = store.frames();
            int objects = 0;
            for (String id : frames) {
                objects += store.objects(id).size();
            }
            String first = frames.get(0);
            FrameCloud cloud = FrameCloud.prepare(PointCloudIO.read(source.cloud(first)));
            FrameShown frame = new FrameShown(new Scene(), ontology);
            return objects + frame.show(cloud, store.objects(first)) + cloud.prepared().size();
        }
    }

    @Benchmark
    public int frameSwitchPrefetched(OpenWorkspace ws) {
        return nextFrame(ws);
    }

    @Benchmark
    public FrameImage frameSwitchPrefetchedAndDrawn(OpenWorkspace ws) {
        nextFrame(ws);
        return ws.renderer.renderNow(ws.camera, false);
    }

    @Benchmark
    public long editToDurable(OpenWorkspace ws) {
        ws.flip = !ws.flip;
        ws.history.execute(ChangeBox.to(ws.store, ws.edited.id(), ws.flip ? ws.boxB : ws.boxA));
        return ws.store.editCount();
    }

    private static int nextFrame(OpenWorkspace ws) {
        ws.index = (ws.index + 1) % ws.frames.size();
        String id = ws.frames.get(ws.index);
        return ws.frame.show(ws.prefetched.get(id), ws.store.objects(id));
    }

    /** The scene side of showing a frame: swap the cloud handle, one coloured cuboid per object. */
    static final class FrameShown {
        private final Scene scene;
        private final Ontology ontology;
        private CloudHandle shown;

        FrameShown(Scene scene, Ontology ontology) {
            this.scene = scene;
            this.ontology = ontology;
        }

        int show(FrameCloud cloud, List<ObjectAnnotation> objects) {
            CloudHandle old = shown;
            shown = scene.addPrepared(cloud.cloud(), cloud.prepared());
            if (old != null) {
                scene.removeCloud(old);
            }
            List<SceneCuboid> boxes = new ArrayList<>(objects.size());
            for (int i = 0; i < objects.size(); i++) {
                ObjectAnnotation o = objects.get(i);
                int argb = ontology.find(o.className()).map(LabelClass::color).map(c -> 0xFF000000 | c.packed())
                        .orElse(0xFF808080);
                boxes.add(new SceneCuboid(i + 1, o.box(), argb));
            }
            scene.setCuboids(boxes);
            return boxes.size();
        }
    }
}
