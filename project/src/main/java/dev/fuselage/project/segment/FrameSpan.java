package dev.fuselage.project.segment;

import java.util.List;

/**
 * A span of frames written {@code A..B} (both ends included), by frame id ({@code 000003..000007}) or, where no
 * id matches, by the ids' numeric value ({@code 3..7} for KITTI's zero-padded ids). A single {@code A} is a span
 * of one frame.
 */
public final class FrameSpan {
    private FrameSpan() {
    }

    /**
     * The frames of {@code frameIds} (in project order) the span covers.
     *
     * @throws IllegalArgumentException naming the span when it is malformed or an end is no frame
     */
    public static List<String> select(String span, List<String> frameIds) {
        String[] ends = span.split("\\.\\.", -1);
        if (ends.length > 2 || ends[0].isBlank() || (ends.length == 2 && ends[1].isBlank())) {
            throw new IllegalArgumentException("frame span '" + span + "' is not A..B");
        }
        int a = find(ends[0].strip(), frameIds, span);
        int b = ends.length == 1 ? a : find(ends[1].strip(), frameIds, span);
        if (b < a) {
            throw new IllegalArgumentException("frame span '" + span + "' ends before it starts");
        }
        return List.copyOf(frameIds.subList(a, b + 1));
    }

    private static int find(String end, List<String> ids, String span) {
        int exact = ids.indexOf(end);
        if (exact >= 0) {
            return exact;
        }
        try {
            long wanted = Long.parseLong(end);
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i).matches("\\d+") && Long.parseLong(ids.get(i)) == wanted) {
                    return i;
                }
            }
        } catch (NumberFormatException e) {
            // not numeric: reported below
        }
        throw new IllegalArgumentException("frame span '" + span + "': no frame '" + end + "' in the project");
    }
}
