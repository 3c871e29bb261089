package dev.fuselage.core.select;

/**
 * An area of the screen, in window coordinates (see {@link ScreenCamera}). The bounds let a selection skip every
 * point outside them before the exact test.
 */
public interface ScreenRegion {

    /** Whether the window position lies inside the region. */
    boolean contains(float x, float y);

    /** Smallest x any inside position has. */
    float minX();

    /** Largest x any inside position has. */
    float maxX();

    /** Smallest y any inside position has. */
    float minY();

    /** Largest y any inside position has. */
    float maxY();
}
