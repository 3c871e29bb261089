package dev.fuselage.render.cpu;

import dev.fuselage.render.Backend;
import dev.fuselage.render.FrameBuffers;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.FramePlan;
import dev.fuselage.render.RenderLoop;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ColorBuffer;
import dev.fuselage.render.scene.LineBatch;
import dev.fuselage.render.scene.LodSelection;
import dev.fuselage.render.scene.PreparedCloud;
import dev.fuselage.render.scene.Refinement;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneCloud;
import dev.fuselage.render.scene.SceneSnapshot;
import dev.fuselage.render.scene.SplatSizes;
import java.nio.IntBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.joml.Matrix4f;

/**
 * The CPU backend: every core splats a share of the (LOD-selected, Morton-ordered) points into one shared
 * {@link DepthColorBuffer} with an atomic-min depth test, then the line overlays are drawn into the same buffer
 * and it is resolved into the output {@link FrameImage}. Buffers are allocated once per viewport size; the only
 * per-frame allocations are a few task futures.
 *
 * <p>Each splatting thread owns a private depth layer (up to {@value #MAX_LAYERS}); the system property
 * {@code -Dfuselage.cpu.sharedBuffer=true} forces one shared layer written with an atomic min instead, to compare
 * the two strategies in benchmarks.
 */
public final class CpuRenderer implements Renderer {
    private final Scene scene;
    /** Private depth layers at most: beyond this, threads share layers with an atomic min (memory bound). */
    static final int MAX_LAYERS = 4;
    private final int threads;
    private final int layers;
    private final boolean atomic;
    private final ExecutorService workers;
    private final RenderLoop loop;
    private final FrameBuffers output = new FrameBuffers();
    private final LineRasterizer lineRasterizer = new LineRasterizer();
    private final Matrix4f mvp = new Matrix4f();
    private final Map<SceneCloud, LodSelection> selections = new IdentityHashMap<>();
    private final Map<SceneCloud, Refinement> refinements = new IdentityHashMap<>();
    private DepthColorBuffer buffer;

    /** A renderer using every available core. */
    public CpuRenderer(Scene scene) {
        this(scene, Runtime.getRuntime().availableProcessors());
    }

    /** A renderer splatting on {@code threads} threads (the render thread included). */
    public CpuRenderer(Scene scene, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.scene = scene;
        this.threads = threads;
        this.layers = Math.min(threads, Boolean.getBoolean("fuselage.cpu.sharedBuffer") ? 1 : MAX_LAYERS);
        this.atomic = threads > layers;
        this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "fuselage-cpu-splat");
            t.setDaemon(true);
            return t;
        });
        this.loop = new RenderLoop("fuselage-cpu-render", scene, this::draw);
    }

    @Override
    public Backend backend() {
        return Backend.CPU;
    }

    @Override
    public String description() {
        return "CPU splatter, " + threads + " thread" + (threads == 1 ? "" : "s") + ", " + layers + " depth layer"
                + (layers == 1 ? "" : "s");
    }

    @Override
    public Scene scene() {
        return scene;
    }

    @Override
    public CompletableFuture<FrameImage> requestFrame(RenderCamera camera, boolean interactive) {
        return loop.request(camera, interactive);
    }

    @Override
    public FrameImage renderNow(RenderCamera camera, boolean interactive) {
        return loop.renderNow(camera, interactive);
    }

    @Override
    public void setFrameTarget(double millis) {
        loop.setFrameTarget(millis);
    }

    @Override
    public double frameTarget() {
        return loop.frameTarget();
    }

    /** Number of clouds whose per-frame state this renderer holds (for leak tests). */
    public int cachedClouds() {
        return loop.call(selections::size);
    }

    private FrameImage draw(SceneSnapshot snap, RenderCamera camera, FramePlan plan) {
        long start = System.nanoTime();
        int w = camera.width(), h = camera.height();
        if (plan.clears()) {
            if (buffer == null || buffer.width() != w || buffer.height() != h) {
                buffer = new DepthColorBuffer(w, h, layers);
            }
            DepthColorBuffer cleared = buffer;
            parallelRows(h, (y0, y1) -> cleared.clearRows(y0, y1));
            selections.keySet().retainAll(new java.util.HashSet<>(snap.clouds()));
            refinements.keySet().retainAll(new java.util.HashSet<>(snap.clouds()));
        }
        DepthColorBuffer target = buffer;

        long total = 0;
        long remaining = 0;
        for (SceneCloud c : snap.clouds()) {
            total += c.prepared().size();
            Refinement r = plan.kind() == FramePlan.Kind.REFINE_NEXT ? refinements.get(c) : null;
            remaining += r == null ? 0 : r.remaining();
        }
        long drawn = 0;
        long visible = 0;
        boolean complete = true;
        int pointSize = snap.style().pointSize();
        float pixelScale = 0.5f * h * (float) camera.projection().m11();
        for (SceneCloud cloud : snap.clouds()) {
            PreparedCloud p = cloud.prepared();
            camera.mvp(p.originX(), p.originY(), p.originZ(), mvp);
            LodSelection sel = selections.computeIfAbsent(cloud, k -> new LodSelection());
            switch (plan.kind()) {
                case FULL -> p.lod().select(mvp, Integer.MAX_VALUE, sel);
                case MOVING -> {
                    int budget = total > plan.points()
                            ? (int) Math.max(1, (long) plan.points() * p.size() / total) : Integer.MAX_VALUE;
                    p.lod().select(mvp, budget, sel);
                    SplatSizes.assign(p.lod(), sel, mvp, pixelScale, SplatSizes.maxMovingSize(pointSize));
                }
                case REFINE_FIRST -> {
                    Refinement r = refinements.computeIfAbsent(cloud, k -> new Refinement());
                    r.start(p.lod(), mvp);
                    r.first(Math.max(1, (long) plan.points() * p.size() / Math.max(1, total)), sel);
                    complete &= r.complete();
                }
                case REFINE_NEXT -> {
                    Refinement r = refinements.get(cloud);
                    long share = remaining == 0 ? 0 : (long) Math.ceil((double) plan.points() * r.remaining()
                            / remaining);
                    r.next(share, sel);
                    complete &= r.complete();
                }
            }
            ColorBuffer colors = cloud.acquireColors(snap.style(), snap.background());
            long splatted;
            try {
                splatted = splatParallel(target, p, colors.argb(), sel, pointSize);
            } finally {
                cloud.releaseColors(colors);
            }
            visible += sel.visible();
            // still frames count what reached the screen (as always); moving frames and refinement steps count the
            // selected points, which is what their budgets limit
            drawn += switch (plan.kind()) {
                case FULL -> splatted;
                case MOVING -> sel.points();
                default -> sel.visible() - refinements.get(cloud).remaining();
            };
        }
        LineBatch lines = snap.lines();
        if (plan.clears() && lines.segments() > 0) {
            // lines stay in the depth buffer across refinement steps; nearest-wins makes the order irrelevant
            camera.mvp(lines.anchorX(), lines.anchorY(), lines.anchorZ(), mvp);
            lineRasterizer.draw(target, mvp, lines);
        }
        IntBuffer out = output.acquire(w, h);
        int bg = snap.background();
        parallelRows(h, (y0, y1) -> target.resolveRows(y0, y1, bg, out));
        boolean full = plan.kind() == FramePlan.Kind.FULL
                || plan.kind() != FramePlan.Kind.MOVING && complete;
        return output.publish(snap.version(), camera, drawn, visible, plan, full, start);
    }

    private long splatParallel(DepthColorBuffer target, PreparedCloud p, int[] argb, LodSelection sel, int size) {
        long n = sel.points();
        Matrix4f m = new Matrix4f(mvp);
        byte[] sizes = sel.sizes();
        if (workers == null || n < 50_000) {
            return CpuSplatter.splat(target, 0, atomic, m, p.x(), p.y(), p.z(), argb, sel.first(), sel.count(),
                    sizes, sel.spans(), 0, n, size);
        }
        @SuppressWarnings("unchecked")
        CompletableFuture<Long>[] parts = new CompletableFuture[threads - 1];
        for (int t = 1; t < threads; t++) {
            long from = n * t / threads, to = n * (t + 1) / threads;
            int layer = t % layers;
            parts[t - 1] = CompletableFuture.supplyAsync(() -> CpuSplatter.splat(target, layer, atomic, m, p.x(),
                    p.y(), p.z(), argb, sel.first(), sel.count(), sizes, sel.spans(), from, to, size), workers);
        }
        long drawn = CpuSplatter.splat(target, 0, atomic, m, p.x(), p.y(), p.z(), argb, sel.first(), sel.count(),
                sizes, sel.spans(), 0, n / threads, size);
        for (CompletableFuture<Long> f : parts) {
            drawn += f.join();
        }
        return drawn;
    }

    @FunctionalInterface
    private interface RowTask {
        void run(int y0, int y1);
    }

    private void parallelRows(int h, RowTask task) {
        if (workers == null) {
            task.run(0, h);
            return;
        }
        CompletableFuture<?>[] parts = new CompletableFuture[threads - 1];
        for (int t = 1; t < threads; t++) {
            int y0 = h * t / threads, y1 = h * (t + 1) / threads;
            parts[t - 1] = CompletableFuture.runAsync(() -> task.run(y0, y1), workers);
        }
        task.run(0, h / threads);
        CompletableFuture.allOf(parts).join();
    }

    @Override
    public void close() {
        loop.close(() -> {
            selections.clear();
            refinements.clear();
            buffer = null;
        });
        if (workers != null) {
            workers.shutdown();
        }
    }
}
