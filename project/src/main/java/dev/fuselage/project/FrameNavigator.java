package dev.fuselage.project;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The frames of an open project in sequence order and the way between them: which frame is shown, loading a
 * frame's cloud (read and prepared in the background through a {@link FrameCache}), prefetching the neighbours so
 * that the next step finds its cloud ready, and searching forward for a frame (the next unlabeled one).
 *
 * <p>The frame order is the store's (frames that have annotations), then the data folder's frames the store does
 * not know yet; frames whose cloud file is gone are left out. Switching is asynchronous: {@link #load} returns a
 * future, and the caller marks a frame {@link #shown} once it put it on screen (a newer request may overtake an
 * older one: see {@link Load#isLatest}). Loads run on the given executor; everything else belongs to one thread.
 *
 * @param <T> what a frame's cloud is prepared into (the workspace: a cloud sorted for drawing)
 */
public final class FrameNavigator<T> {
    /** Clouds kept: the shown frame, the prefetched neighbours and a few just visited. */
    public static final int CACHE_FRAMES = 7;
    private static final int[] PREFETCH = {1, -1, 2};

    /** A requested frame: its place, its id and its prepared cloud (when the future completes). */
    public final class Load {
        private final long generation;
        private final int index;
        private final String frameId;
        private final CompletableFuture<T> data;

        private Load(long generation, int index, String frameId, CompletableFuture<T> data) {
            this.generation = generation;
            this.index = index;
            this.frameId = frameId;
            this.data = data;
        }

        public int index() {
            return index;
        }

        public String frameId() {
            return frameId;
        }

        /** The prepared cloud; completes exceptionally when the file could not be read. */
        public CompletableFuture<T> data() {
            return data;
        }

        /** Whether no newer {@link #load} was requested since this one (an overtaken load is not shown). */
        public boolean isLatest() {
            return generation == FrameNavigator.this.generation;
        }
    }

    private final ProjectFrames source;
    private final FrameCache<T> cache;
    private final List<String> frames;
    private int shown = -1;
    private long generation;

    /**
     * @param source       the project's frame files
     * @param storedFrames the frames the annotation store knows, in its order
     * @param background   runs reads and preparation
     * @param prepare      turns a read cloud into what is kept (runs in the background)
     */
    public FrameNavigator(ProjectFrames source, List<String> storedFrames, Executor background,
                          Function<PointCloud, T> prepare) {
        this.source = Objects.requireNonNull(source, "source");
        this.cache = new FrameCache<>(source, background, CACHE_FRAMES, prepare);
        List<String> ids = new ArrayList<>(storedFrames);
        source.frameIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        this.frames = List.copyOf(ids.stream().filter(source::contains).toList());
    }

    /** The navigator of an open project: its stored frames, then its data folder's. */
    public static <T> FrameNavigator<T> of(ProjectStore project, Executor background,
                                           Function<PointCloud, T> prepare) throws IOException {
        ProjectFrames source = ProjectFrames.requireSources(project.folder(), project.descriptor());
        return new FrameNavigator<>(source, project.annotations().frames(), background, prepare);
    }

    /** Frame ids in sequence order. */
    public List<String> frames() {
        return frames;
    }

    /** The project's frame files. */
    public ProjectFrames source() {
        return source;
    }

    /** Index of the frame on screen, -1 before the first is shown. */
    public int shownIndex() {
        return shown;
    }

    /**
     * Requests frame {@code index}: its cloud from the cache (at once when prefetched), read and prepared in the
     * background otherwise. Overtakes every earlier request.
     *
     * @throws IndexOutOfBoundsException when there is no such frame
     */
    public Load load(int index) {
        Objects.checkIndex(index, frames.size());
        String id = frames.get(index);
        return new Load(++generation, index, id, cache.get(id));
    }

    /** A frame's prepared cloud by id, from the cache when there (read and prepared in the background otherwise). */
    public CompletableFuture<T> data(String frameId) {
        return cache.get(frameId);
    }

    /** Records that a loaded frame is on screen now, and prefetches its neighbours. */
    public void shown(Load load) {
        shown = load.index();
        List<String> near = new ArrayList<>(PREFETCH.length);
        for (int d : PREFETCH) {
            int i = shown + d;
            if (i >= 0 && i < frames.size()) {
                near.add(frames.get(i));
            }
        }
        cache.prefetch(near);
    }

    /** Whether a frame's cloud is read and prepared already (a switch to it costs no reading). */
    public boolean isReady(int index) {
        return index >= 0 && index < frames.size() && cache.isReady(frames.get(index));
    }

    /**
     * The first frame after the shown one (wrapping around, the shown one itself last excluded) that matches;
     * empty when none does.
     */
    public OptionalInt nextWhere(IntPredicate matches) {
        int n = frames.size();
        for (int k = 1; k < n; k++) {
            int i = Math.floorMod(shown + k, n);
            if (matches.test(i)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
