package dev.fuselage.project.qa;

import java.util.List;
import java.util.Objects;

/**
 * An inclusive range of frames, written {@code A..B} on the command line. {@code A} and {@code B} are frame ids
 * ({@code 000010..000020}); when they are not ids of the project but whole numbers, they are positions in the
 * sequence, counted from 0. Either end may be left out ({@code ..20}, {@code 5..}).
 *
 * @param from first frame (id or position), or null for the start
 * @param to   last frame (id or position), or null for the end
 */
public record FrameRange(String from, String to) {
    /** Every frame. */
    public static final FrameRange ALL = new FrameRange(null, null);

    /**
     * Parses {@code A..B}.
     *
     * @throws IllegalArgumentException when the text has no {@code ..}
     */
    public static FrameRange parse(String text) {
        Objects.requireNonNull(text, "text");
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("frame range '" + text + "' is not A..B");
        }
        String a = text.substring(0, dots).trim(), b = text.substring(dots + 2).trim();
        return new FrameRange(a.isEmpty() ? null : a, b.isEmpty() ? null : b);
    }

    /**
     * The positions {@code [first, last]} this range covers in a sequence.
     *
     * @throws IllegalArgumentException when an end is neither a frame id nor a position in the sequence
     */
    public int[] resolve(List<String> frameIds) {
        int first = from == null ? 0 : position(from, frameIds);
        int last = to == null ? frameIds.size() - 1 : position(to, frameIds);
        return new int[] {first, last};
    }

    private static int position(String end, List<String> frameIds) {
        int i = frameIds.indexOf(end);
        if (i >= 0) {
            return i;
        }
        try {
            int p = Integer.parseInt(end);
            if (p >= 0 && p < frameIds.size()) {
                return p;
            }
        } catch (NumberFormatException e) {
            // fall through to the error naming the end
        }
        throw new IllegalArgumentException("frame '" + end + "' is neither a frame of the project nor a position 0.."
                + (frameIds.size() - 1));
    }
}
