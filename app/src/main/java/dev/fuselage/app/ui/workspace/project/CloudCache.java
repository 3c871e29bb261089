package dev.fuselage.app.ui.workspace.project;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Frame clouds read in the background and kept for a few frames, so that stepping to a neighbour finds its cloud
 * already read (the workspace prefetches the frames before and after the current one). Least recently used
 * clouds are dropped beyond the capacity. Thread-safe.
 */
public final class CloudCache {
    private final FrameSource source;
    private final Executor executor;
    private final Map<String, CompletableFuture<PointCloud>> clouds;

    public CloudCache(FrameSource source, Executor executor, int capacity) {
        this.source = source;
        this.executor = executor;
        this.clouds = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<PointCloud>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The frame's cloud: at once when cached, else read on the executor. */
    public synchronized CompletableFuture<PointCloud> get(String frameId) {
        CompletableFuture<PointCloud> f = clouds.get(frameId);
        if (f == null || f.isCompletedExceptionally()) {
            f = CompletableFuture.supplyAsync(() -> read(frameId), executor);
            clouds.put(frameId, f);
        }
        return f;
    }

    /** Starts reading frames that are not cached yet. */
    public void prefetch(Iterable<String> frameIds) {
        for (String id : frameIds) {
            get(id);
        }
    }

    /** Whether a frame's cloud is read and waiting. */
    public synchronized boolean isReady(String frameId) {
        CompletableFuture<PointCloud> f = clouds.get(frameId);
        return f != null && f.isDone() && !f.isCompletedExceptionally();
    }

    private PointCloud read(String frameId) {
        try {
            return PointCloudIO.read(source.files(frameId).cloud());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
