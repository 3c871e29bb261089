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
 */
public final class RenderLoop implements AutoCloseable {
    /** Draws one frame on the render thread. */
    @FunctionalInterface
    public interface FrameDrawer {
        FrameImage draw(SceneSnapshot scene, RenderCamera camera, boolean interactive);
    }

    private final ExecutorService executor;
    private final Thread thread;
    private final Scene scene;
    private final FrameDrawer drawer;
    private Pending pending;
    // read and written on the render thread only
    private FrameImage last;
    private long lastVersion = -1;
    private boolean lastInteractive;

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
        return call(() -> drawIfChanged(camera, interactive));
    }

    private void drainPending() {
        Pending p;
        synchronized (this) {
            p = pending;
            pending = null;
        }
        try {
            p.future.complete(drawIfChanged(p.camera, p.interactive));
        } catch (Throwable t) {
            p.future.completeExceptionally(t);
        }
    }

    private FrameImage drawIfChanged(RenderCamera camera, boolean interactive) {
        SceneSnapshot snap = scene.snapshot();
        // an interactive request may reuse a full-detail frame of the same view, not the other way round
        boolean same = last != null && snap.version() == lastVersion && camera.equals(last.camera())
                && (interactive || !lastInteractive);
        if (!same) {
            last = drawer.draw(snap, camera, interactive);
            lastVersion = snap.version();
            lastInteractive = interactive;
        }
        return last;
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
