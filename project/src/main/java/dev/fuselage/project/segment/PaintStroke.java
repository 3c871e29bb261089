package dev.fuselage.project.segment;

import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.edit.AnnotationModel;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.LabelPoints;
import java.util.Optional;

/**
 * One brush stroke in progress on one frame: each dab changes a working copy of the frame's labels at once (what
 * the view shows while dragging) and reports just the points it changed, so the renderer recolours only those;
 * releasing the mouse turns the whole stroke into one undoable {@link LabelPoints} edit holding only the changed
 * points and their labels from before the stroke.
 *
 * <p>A dab costs its selection plus its changed points: no copy of the frame's labels per dab.
 */
public final class PaintStroke {
    private final String frameId;
    private final PointPainter painter;
    private final PointLabels working;
    private final long[] touched;
    private int changedCount;

    /** Starts a stroke on a frame of {@code pointCount} points with the current labels of the model. */
    public PaintStroke(AnnotationModel model, String frameId, int pointCount, PointPainter painter) {
        this.frameId = frameId;
        this.painter = painter;
        this.working = model.pointLabels(frameId).orElseGet(() -> new PointLabels(pointCount));
        if (working.pointCount() != pointCount) {
            throw new IllegalStateException("frame " + frameId + " has labels for " + working.pointCount()
                    + " points, the view shows " + pointCount);
        }
        this.touched = new long[(pointCount + 63) >>> 6];
    }

    /** The labels as painted so far (live; read-only for callers). */
    public PointLabels labels() {
        return working;
    }

    /** Applies one dab; returns the points whose label it changed, ascending. */
    public int[] dab(int[] selected) {
        int[] changed = painter.changes(working, selected);
        int newSemantic = painter.mode() == PaintMode.ADD ? painter.semantic() : 0;
        int newInstance = painter.mode() == PaintMode.ADD ? painter.instance() : 0;
        for (int i : changed) {
            working.semantic()[i] = newSemantic;
            working.instance()[i] = newInstance;
            if ((touched[i >>> 6] & (1L << i)) == 0) {
                touched[i >>> 6] |= 1L << i;
                changedCount++;
            }
        }
        return changed;
    }

    /** Points changed by the stroke so far. */
    public int changedCount() {
        return changedCount;
    }

    /**
     * The stroke as one edit against {@code model} (which must still hold the labels from before the stroke), or
     * empty when it changed nothing.
     */
    public Optional<Command> finish(AnnotationModel model) {
        if (changedCount == 0) {
            return Optional.empty();
        }
        int[] indices = new int[changedCount];
        int k = 0;
        for (int w = 0; w < touched.length; w++) {
            long b = touched[w];
            while (b != 0) {
                indices[k++] = (w << 6) + Long.numberOfTrailingZeros(b);
                b &= b - 1;
            }
        }
        int s = painter.mode() == PaintMode.ADD ? painter.semantic() : 0;
        int inst = painter.mode() == PaintMode.ADD ? painter.instance() : 0;
        return Optional.of(LabelPoints.paint(model, frameId, working.pointCount(), indices, s, inst));
    }

    @Override
    public String toString() {
        return "PaintStroke[" + frameId + ", " + changedCount + " points]";
    }
}
