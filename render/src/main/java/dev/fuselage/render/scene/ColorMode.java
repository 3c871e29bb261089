package dev.fuselage.render.scene;

/** How points are coloured. A mode whose column a cloud lacks falls back to {@link #SINGLE}. */
public enum ColorMode {
    /** Grey ramp of the {@code intensity} column, stretched to its 1st..99th percentile. */
    INTENSITY,
    /** Turbo colormap of world z over the style's height range (the cloud's z range when unset). */
    HEIGHT,
    /** Packed {@code rgb}/{@code rgba} column, or {@code red}/{@code green}/{@code blue} columns (8 or 16 bit). */
    RGB,
    /** Class palette lookup of the {@code semantic} column. */
    SEMANTIC,
    /** A distinct hashed colour per {@code instance} id; id 0 (none) is grey. */
    INSTANCE,
    /** One colour for every point. */
    SINGLE
}
