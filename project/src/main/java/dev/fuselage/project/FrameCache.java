package dev.fuselage.project;

import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.dataset.ProjectFrames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import dev.fuselage.core.cloud.PointCloud;

/**
 * Frame clouds read and prepared (by a caller-given step, e.g. sorted for drawing) in the background and kept for a few frames, so that stepping to a
 * neighbour finds its cloud ready to swap into the scene (the workspace prefetches the frames before and after the
 * current one): a frame switch then costs the UI thread no reading and no sorting. Least recently used frames are
 * dropped beyond the capacity. Thread-safe.
 */
public final class FrameCache<T> {
    private final ProjectFrames source;
    private final Executor executor;
    private final Function<PointCloud, T> prepare;
    private final Map<String, CompletableFuture<T>> clouds;

    /**
     * @param source   where the frames' cloud files are
     * @param executor runs the reads and the preparation (never the UI thread)
     * @param capacity frames kept; the least recently used beyond it are dropped
     * @param prepare  turns a read cloud into what the caller keeps (runs on the executor)
     */
    public FrameCache(ProjectFrames source, Executor executor, int capacity, Function<PointCloud, T> prepare) {
        this.source = source;
        this.executor = executor;
        this.prepare = prepare;
        this.clouds = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<T>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The frame's prepared cloud: at once when cached, else read and prepared on the executor. */
    public synchronized CompletableFuture<T> get(String frameId) {
        CompletableFuture<T> f = clouds.get(frameId);
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
        CompletableFuture<T> f = clouds.get(frameId);
        return f != null && f.isDone() && !f.isCompletedExceptionally();
    }

    private T load(String frameId) {
        try {
            return prepare.apply(PointCloudIO.read(source.cloud(frameId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
