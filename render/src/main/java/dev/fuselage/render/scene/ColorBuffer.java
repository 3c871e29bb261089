package dev.fuselage.render.scene;

/**
 * Per-point ARGB colours of a prepared cloud, in sorted order. Alpha 0 marks a hidden point (filtered out); it is
 * neither drawn nor picked. {@code stamp} changes whenever the colours were recomputed, so a GPU backend knows to
 * re-upload its colour buffer. The array is not written while anyone may read it: never again once
 * {@link SceneCloud#colors} handed it out, and not before {@link SceneCloud#releaseColors} for a reader of
 * {@link SceneCloud#acquireColors} (after that a partial update may reuse it).
 *
 * <p>A buffer made by a partial update ({@link Scene#updateColors(CloudHandle, int[])}) also names the buffer it
 * was derived from ({@code baseStamp}) and the sorted positions whose colour differs from it ({@code changed},
 * ascending): a backend that holds {@code baseStamp} uploads only those.
 *
 * @param argb      the colours
 * @param stamp     changes with every new buffer
 * @param baseStamp the stamp of the buffer this one differs from at {@code changed} only, or -1 (a full recolour)
 * @param changed   the positions that differ from {@code baseStamp}'s buffer, ascending, or null
 */
public record ColorBuffer(int[] argb, long stamp, long baseStamp, int[] changed) {
    /** A fully recomputed buffer. */
    public ColorBuffer(int[] argb, long stamp) {
        this(argb, stamp, -1, null);
    }

    /** Whether this buffer is {@code heldStamp}'s buffer with only {@link #changed} positions different. */
    public boolean isPartialOf(long heldStamp) {
        return changed != null && baseStamp == heldStamp;
    }
}
