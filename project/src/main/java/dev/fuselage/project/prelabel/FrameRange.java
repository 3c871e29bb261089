package dev.fuselage.project.prelabel;

import java.util.List;

/** The {@code --frames A..B} selection: frame ids of the project, inclusive, in sequence order. */
public final class FrameRange {
    private FrameRange() {
    }

    /**
     * The frames from {@code a} to {@code b} ({@code "A..B"}), one frame ({@code "A"}), or all ({@code null}).
     *
     * @throws IllegalArgumentException when a bound is not a frame of the project, or the range is reversed
     */
    public static List<String> select(String range, List<String> frames) {
        if (range == null) {
            return frames;
        }
        int dots = range.indexOf("..");
        String from = dots < 0 ? range : range.substring(0, dots);
        String to = dots < 0 ? range : range.substring(dots + 2);
        int a = index(from, frames);
        int b = index(to, frames);
        if (a > b) {
            throw new IllegalArgumentException("frame range '" + range + "' is reversed: " + from + " comes after "
                    + to + " in the sequence");
        }
        return frames.subList(a, b + 1);
    }

    private static int index(String id, List<String> frames) {
        int i = frames.indexOf(id.trim());
        if (i < 0) {
            throw new IllegalArgumentException("no frame '" + id.trim() + "' in the project ("
                    + (frames.isEmpty() ? "it has none" : "frames " + frames.get(0) + " to "
                    + frames.get(frames.size() - 1)) + ")");
        }
        return i;
    }
}
