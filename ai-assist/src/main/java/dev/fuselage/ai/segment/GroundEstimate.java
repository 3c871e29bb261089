package dev.fuselage.ai.segment;

/**
 * What {@link GroundEstimator} found.
 *
 * @param groundIndices the ground points, ascending
 * @param globalPlane   the scan's overall ground plane {@code a x + b y + c z + d = 0}, unit normal pointing up
 * @param surface       the local ground planes, for height-over-ground filters
 */
public record GroundEstimate(int[] groundIndices, double[] globalPlane, GroundSurface surface) {
}
