package dev.fuselage.fusion.project;

/** How much of a projected box a camera sees. */
public enum Visibility {
    /** Entirely behind the camera's near plane: nothing to draw. */
    BEHIND_CAMERA,
    /** In front of the camera but its projection misses the image. */
    OUTSIDE_IMAGE,
    /** Partly on the image: cut by the image border or the near plane ({@link CuboidProjection#truncation()} &gt; 0). */
    TRUNCATED,
    /** Entirely in front of the camera and on the image. */
    INSIDE
}
