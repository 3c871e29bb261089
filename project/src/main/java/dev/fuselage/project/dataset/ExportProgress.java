package dev.fuselage.project.dataset;

/**
 * Receives progress of an export or import and can cancel it. Called from the exporting thread; a UI must hop to
 * its own thread itself.
 */
public interface ExportProgress {
    /** Reports nothing and never cancels. */
    ExportProgress NONE = new ExportProgress() { };

    /** {@code done} of {@code total} steps (frames, mostly) are finished; {@code what} names the current step. */
    default void progress(long done, long total, String what) {
    }

    /** Whether the user asked to stop; exporters check it between frames. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws when cancelled, so exporters stop at the next frame boundary. */
    default void checkCancelled() throws ExportCancelledException {
        if (isCancelled()) {
            throw new ExportCancelledException();
        }
    }
}
