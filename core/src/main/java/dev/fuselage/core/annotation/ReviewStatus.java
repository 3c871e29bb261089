package dev.fuselage.core.annotation;

/** Outcome of a reviewer's pass over a frame or an object. */
public enum ReviewStatus {
    UNREVIEWED,
    ACCEPTED,
    REJECTED,
    NEEDS_WORK
}
