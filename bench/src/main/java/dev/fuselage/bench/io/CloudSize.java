package dev.fuselage.bench.io;

import java.util.Arrays;
import java.util.Locale;

/** The cloud sizes issue #2 asks for, with the short labels used in file names, JMH params and result lines. */
public enum CloudSize {
    /** One KITTI-like sweep. */
    K120("120k", 120_000),
    /** About eight sweeps. */
    M1("1M", 1_000_000),
    /** About eighty sweeps: the size the goals are stated at. */
    M10("10M", 10_000_000);

    private final String label;
    private final int points;

    CloudSize(String label, int points) {
        this.label = label;
        this.points = points;
    }

    /** Short label: {@code 120k}, {@code 1M}, {@code 10M}. */
    public String label() {
        return label;
    }

    /** Number of points. */
    public int points() {
        return points;
    }

    /** The size a label names (case-insensitive). */
    public static CloudSize of(String label) {
        return Arrays.stream(values())
                .filter(s -> s.label.equalsIgnoreCase(label.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown size '" + label + "' (known: "
                        + Arrays.toString(Arrays.stream(values()).map(CloudSize::label).toArray()) + ")"));
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
