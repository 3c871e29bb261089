package dev.fuselage.ai.segment;

/** The estimated ground as a height field: how high a point is over the ground below it. */
@FunctionalInterface
public interface GroundSurface {

    /** Height of {@code (x, y, z)} over the local ground plane, metres (negative below it). */
    double heightAbove(double x, double y, double z);
}
