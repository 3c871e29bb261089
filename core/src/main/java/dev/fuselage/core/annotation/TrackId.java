package dev.fuselage.core.annotation;

/**
 * Identity of one physical object across frames: every box of the same car carries the same track id. A small
 * positive number, because users read and type it ("Car 12").
 */
public record TrackId(long value) implements Comparable<TrackId> {
    public TrackId {
        if (value < 1) {
            throw new IllegalArgumentException("track id must be >= 1: " + value);
        }
    }

    public static TrackId of(long value) {
        return new TrackId(value);
    }

    @Override
    public int compareTo(TrackId o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
