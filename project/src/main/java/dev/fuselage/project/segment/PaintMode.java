package dev.fuselage.project.segment;

/** What a paint stroke or selection does to its points. */
public enum PaintMode {
    /** Give the points the active class and instance. */
    ADD,
    /** Take the active class away: its points among the selection become unlabelled. */
    SUBTRACT
}
