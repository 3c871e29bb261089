package dev.fuselage.project.demo;

/**
 * Told how far a long job (generating the demo) has come. Called from worker threads: implementations hop to
 * their own thread (e.g. {@code Platform.runLater}) before touching a UI.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores all progress. */
    ProgressListener NONE = (done, total, stage) -> { };

    /**
     * @param done  units finished so far
     * @param total units in all
     * @param stage what is being done, for a status line (e.g. "frame 000007")
     */
    void progress(int done, int total, String stage);
}
