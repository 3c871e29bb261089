package dev.fuselage.render;

import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneSnapshot;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The render thread of a backend and its on-demand frame logic: one daemon thread runs every draw (for OpenGL it
 * is the thread that owns the context), merges piled-up requests into one frame for the latest camera, and skips
 * drawing when nothing changed.
 *
 * <p><b>Frame-time target.</b> Without one ({@link #setFrameTarget} NaN, the default) moving frames draw the
 * scene's fixed point budget and still frames draw every point at once. With one, moving frames draw the budget a
 * {@link FrameBudget} adapts to the target from the moving frames just drawn, and a still frame asked for with
 * {@link #request} is drawn progressively: a first step with a uniform sample, then steps that add the rest,
 * nearest chunks first, each sized by a second {@link FrameBudget} to take about the target. Every step is one
 * request; the caller asks again while {@link FrameImage#complete()} is false, and any other request (the camera
 * moved, the scene changed) simply starts over, so input never waits for more than one step.
 * {@link #renderNow} always draws a still frame in one go.
 */
public final class RenderLoop implements AutoCloseable {
    /** Draws one frame on the render thread. */
    @FunctionalInterface
    public interface FrameDrawer {
        /**
         * Draws the plan. A {@link FramePlan.Kind#REFINE_NEXT} plan only ever follows a refinement step of the same
         * scene version and camera, with no other frame in between.
         */
        FrameImage draw(SceneSnapshot scene, RenderCamera camera, FramePlan plan);
    }

    private enum Mode { MOVING, STILL_AT_ONCE, STILL_PROGRESSIVE }

    private final ExecutorService executor;
    private final Thread thread;
    private final Scene scene;
    private final FrameDrawer drawer;
    private Pending pending;
    // read and written on the render thread only
    private FrameImage last;
    private long lastVersion = -1;
    private FrameBudget movingBudget;
    private FrameBudget stillBudget;
    private volatile double frameTarget = Double.NaN;

    private static final class Pending {
        final CompletableFuture<FrameImage> future = new CompletableFuture<>();
        RenderCamera camera;
        boolean interactive;
    }

    public RenderLoop(String threadName, Scene scene, FrameDrawer drawer) {
        this.scene = scene;
        this.drawer = drawer;
        Thread[] holder = new Thread[1];
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            holder[0] = t;
            return t;
        });
        try {
            executor.submit(() -> { }).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("render thread did not start", e);
        }
        this.thread = holder[0];
    }

    /** The render thread. */
    public Thread thread() {
        return thread;
    }

    /** True on the render thread. */
    public boolean onRenderThread() {
        return Thread.currentThread() == thread;
    }

    /** Runs a task on the render thread. */
    public <T> Future<T> submit(Callable<T> task) {
        return executor.submit(task);
    }

    /** Runs a task on the render thread and waits, rethrowing its failure unchecked. */
    public <T> T call(Callable<T> task) {
        if (onRenderThread()) {
            try {
                return task.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return executor.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the render thread", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    /**
     * Sets the frame-time target in milliseconds, or NaN (or anything not positive) to draw the fixed point budget
     * and whole still frames. Any thread; applies from the next frame.
     */
    public void setFrameTarget(double millis) {
        frameTarget = millis > 0 ? millis : Double.NaN;
    }

    /** The frame-time target in milliseconds, NaN when off. */
    public double frameTarget() {
        return frameTarget;
    }

    /** See {@link Renderer#requestFrame}. */
    public CompletableFuture<FrameImage> request(RenderCamera camera, boolean interactive) {
        synchronized (this) {
            if (pending != null) {
                pending.camera = camera;
                pending.interactive = interactive;
                return pending.future;
            }
            pending = new Pending();
            pending.camera = camera;
            pending.interactive = interactive;
            CompletableFuture<FrameImage> f = pending.future;
            executor.execute(this::drainPending);
            return f;
        }
    }

    /** See {@link Renderer#renderNow}. */
    public FrameImage renderNow(RenderCamera camera, boolean interactive) {
        return call(() -> drawIfChanged(camera, interactive ? Mode.MOVING : Mode.STILL_AT_ONCE));
    }

    private void drainPending() {
        Pending p;
        synchronized (this) {
            p = pending;
            pending = null;
        }
        try {
            p.future.complete(drawIfChanged(p.camera, p.interactive ? Mode.MOVING
                    : Double.isNaN(frameTarget) ? Mode.STILL_AT_ONCE : Mode.STILL_PROGRESSIVE));
        } catch (Throwable t) {
            p.future.completeExceptionally(t);
        }
    }

    private FrameImage drawIfChanged(RenderCamera camera, Mode mode) {
        SceneSnapshot snap = scene.snapshot();
        applyTarget(snap);
        if (mode == Mode.STILL_PROGRESSIVE && stillBudget == null) {
            mode = Mode.STILL_AT_ONCE; // the target was switched off after the request was made
        }
        boolean sameView = last != null && snap.version() == lastVersion && camera.equals(last.camera());
        // a moving request may reuse any frame of the same view, a still one only a complete frame
        if (sameView && (mode == Mode.MOVING || last.complete())) {
            return last;
        }
        FrameImage previous = last;
        FrameImage f;
        switch (mode) {
            case MOVING -> {
                int budget = movingBudget != null ? movingBudget.budget() : snap.pointBudget();
                f = drawer.draw(snap, camera, new FramePlan(FramePlan.Kind.MOVING, budget));
                if (movingBudget != null) {
                    movingBudget.record(f.pointsDrawn(), f.renderMillis());
                }
            }
            case STILL_AT_ONCE -> f = drawer.draw(snap, camera, FramePlan.full());
            default -> {
                boolean continues = sameView && previous.plan().kind() != FramePlan.Kind.FULL
                        && previous.plan().kind() != FramePlan.Kind.MOVING;
                FramePlan plan = new FramePlan(continues ? FramePlan.Kind.REFINE_NEXT : FramePlan.Kind.REFINE_FIRST,
                        stillBudget.budget());
                f = drawer.draw(snap, camera, plan);
                stillBudget.record(continues ? f.pointsDrawn() - previous.pointsDrawn() : f.pointsDrawn(),
                        f.renderMillis());
            }
        }
        last = f;
        lastVersion = snap.version();
        return f;
    }

    /** Creates, retargets or drops the adaptive budgets after {@link #setFrameTarget}; render thread. */
    private void applyTarget(SceneSnapshot snap) {
        double target = frameTarget;
        if (Double.isNaN(target)) {
            movingBudget = null;
            stillBudget = null;
        } else if (movingBudget == null) {
            movingBudget = new FrameBudget(target, snap.pointBudget());
            stillBudget = new FrameBudget(target, snap.pointBudget());
        } else {
            movingBudget.setTarget(target);
            stillBudget.setTarget(target);
        }
    }

    /** Runs {@code cleanup} on the render thread, then stops it. */
    public void close(Runnable cleanup) {
        if (executor.isShutdown()) {
            return;
        }
        try {
            executor.submit(cleanup).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("render thread cleanup failed: " + e, e);
        } finally {
            executor.shutdown();
        }
    }

    @Override
    public void close() {
        close(() -> { });
    }
}
