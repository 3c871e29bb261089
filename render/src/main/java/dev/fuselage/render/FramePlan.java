package dev.fuselage.render;

/**
 * What one frame must draw, decided by the {@link RenderLoop} and carried out by a backend.
 *
 * @param kind   moving (level of detail), full detail at once, or a step of a progressive still frame
 * @param points the point budget of a {@link Kind#MOVING} frame, or the points a refinement step adds; unused for
 *               {@link Kind#FULL}
 */
public record FramePlan(Kind kind, int points) {
    /** The kinds of frame. */
    public enum Kind {
        /**
         * The camera moves: clear, draw at most {@code points} points through the level-of-detail index, splat
         * sizes adapted to the sample's on-screen density (see {@code SplatSizes}).
         */
        MOVING,
        /** Clear and draw every visible point at the style's size (today's still frame, in one go). */
        FULL,
        /**
         * First step of a still frame: clear and draw a uniform sample of {@code points} points of every visible
         * chunk at the style's size.
         */
        REFINE_FIRST,
        /**
         * Next step of the same still frame (same scene version, same camera): keep the depth buffer and add up to
         * {@code points} more, nearest chunks first. The last step leaves exactly the {@link #FULL} frame.
         */
        REFINE_NEXT
    }

    public FramePlan {
        if (points < 1 && kind != Kind.FULL) {
            throw new IllegalArgumentException("a " + kind + " frame needs a positive point count: " + points);
        }
    }

    /** A full-detail frame. */
    public static FramePlan full() {
        return new FramePlan(Kind.FULL, Integer.MAX_VALUE);
    }

    /** True for the frames that restart from a cleared buffer. */
    public boolean clears() {
        return kind != Kind.REFINE_NEXT;
    }
}
