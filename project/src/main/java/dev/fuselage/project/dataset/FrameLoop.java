package dev.fuselage.project.dataset;

import java.io.IOException;
import java.util.List;

/**
 * The per-frame loop every exporter runs: before each frame it stops when cancelled and reports progress, after
 * the last it reports completion. Exporters supply only what one frame writes.
 */
public final class FrameLoop {
    /** The work for one frame. */
    @FunctionalInterface
    public interface FrameWork {
        /**
         * @param index   the frame's position in the sequence (0-based)
         * @param frameId the frame
         */
        void frame(int index, String frameId) throws IOException;
    }

    private FrameLoop() {
    }

    /**
     * Runs {@code work} for each frame in order.
     *
     * @throws ExportCancelledException when {@code progress} asks to stop (checked before each frame)
     */
    public static void run(List<String> frames, ExportProgress progress, FrameWork work) throws IOException {
        int n = frames.size();
        for (int i = 0; i < n; i++) {
            progress.checkCancelled();
            String id = frames.get(i);
            progress.progress(i, n, "frame " + id);
            work.frame(i, id);
        }
        progress.progress(n, n, "done");
    }
}
