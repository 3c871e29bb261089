package dev.fuselage.app.ui.workspace.project;

import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.dataset.ProjectFrames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Frame clouds read and prepared for drawing in the background and kept for a few frames, so that stepping to a
 * neighbour finds its cloud ready to swap into the scene (the workspace prefetches the frames before and after the
 * current one): a frame switch then costs the UI thread no reading and no sorting. Least recently used frames are
 * dropped beyond the capacity. Thread-safe.
 */
public final class CloudCache {
    private final ProjectFrames source;
    private final Executor executor;
    private final Map<String, CompletableFuture<FrameCloud>> clouds;

    public CloudCache(ProjectFrames source, Executor executor, int capacity) {
        this.source = source;
        this.executor = executor;
        this.clouds = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<FrameCloud>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The frame's prepared cloud: at once when cached, else read and prepared on the executor. */
    public synchronized CompletableFuture<FrameCloud> get(String frameId) {
        CompletableFuture<FrameCloud> f = clouds.get(frameId);
        if (f == null || f.isCompletedExceptionally()) {
            f = CompletableFuture.supplyAsync(() -> load(frameId), executor);
            clouds.put(frameId, f);
        }
        return f;
    }

    /** Starts reading and preparing frames that are not cached yet. */
    public void prefetch(Iterable<String> frameIds) {
        for (String id : frameIds) {
            get(id);
        }
    }

    /** Whether a frame's cloud is read, prepared and waiting. */
    public synchronized boolean isReady(String frameId) {
        CompletableFuture<FrameCloud> f = clouds.get(frameId);
        return f != null && f.isDone() && !f.isCompletedExceptionally();
    }

    private FrameCloud load(String frameId) {
        try {
            return FrameCloud.prepare(PointCloudIO.read(source.cloud(frameId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
