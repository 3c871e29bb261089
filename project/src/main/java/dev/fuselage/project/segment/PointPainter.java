package dev.fuselage.project.segment;

import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.edit.AnnotationModel;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.CompoundCommand;
import dev.fuselage.core.edit.LabelPoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns selected points into one undoable edit, following the paint settings: the active class and instance,
 * add or subtract, and the overwrite toggle (off: only unlabelled points change, as point_labeler does). Points
 * whose label would not change are left out, so an edit holds only real changes and an empty stroke makes no edit.
 *
 * @param semantic  the active SemanticKITTI class id
 * @param instance  the active instance id (0: none)
 * @param mode      add or subtract
 * @param overwrite whether points that already have a class may be repainted
 */
public record PointPainter(int semantic, int instance, PaintMode mode, boolean overwrite) {
    public PointPainter {
        if ((semantic & ~0xFFFF) != 0 || (instance & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("class and instance ids are 16-bit: " + semantic + ", " + instance);
        }
    }

    /**
     * A paint of points of one frame, or empty when it would change nothing.
     *
     * @param pointCount the frame's point count
     * @param indices    the selected points (any order, repeats allowed)
     */
    public Optional<Command> paint(AnnotationModel model, String frameId, int pointCount, int[] indices) {
        PointLabels current = model.pointLabels(frameId).orElse(null);
        int[] changed = changes(current, indices);
        if (changed.length == 0) {
            return Optional.empty();
        }
        return Optional.of(mode == PaintMode.ADD
                ? LabelPoints.paint(model, frameId, pointCount, changed, semantic, instance)
                : LabelPoints.paint(model, frameId, pointCount, changed, 0, 0));
    }

    /**
     * One edit over several frames (a stroke in a merged view): each frame's own points change, and the whole is
     * one undo step. Empty when no frame changes.
     *
     * @param selections frame id → its selected points
     * @param counts     frame id → its point count
     */
    public Optional<Command> paint(AnnotationModel model, Map<String, int[]> selections, Map<String, Integer> counts) {
        List<Command> parts = new ArrayList<>();
        int points = 0;
        for (Map.Entry<String, int[]> e : selections.entrySet()) {
            Optional<Command> part = paint(model, e.getKey(), counts.get(e.getKey()), e.getValue());
            if (part.isPresent()) {
                parts.add(part.get());
                points += e.getValue().length;
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.size() == 1) {
            return Optional.of(parts.get(0));
        }
        return Optional.of(new CompoundCommand((mode == PaintMode.ADD ? "Label " : "Unlabel ") + points
                + " points in " + parts.size() + " frames", parts));
    }

    /** The selected points whose label this paint changes, ascending and distinct. */
    int[] changes(PointLabels current, int[] indices) {
        int[] sorted = indices.clone();
        Arrays.sort(sorted);
        int[] out = new int[sorted.length];
        int n = 0;
        for (int k = 0; k < sorted.length; k++) {
            int i = sorted[k];
            if (k > 0 && sorted[k - 1] == i) {
                continue;
            }
            int s = current == null || i < 0 || i >= current.pointCount() ? 0 : current.semantic()[i];
            int inst = current == null || i < 0 || i >= current.pointCount() ? 0 : current.instance()[i];
            boolean change;
            if (mode == PaintMode.ADD) {
                change = (overwrite || s == 0) && (s != semantic || inst != instance);
            } else {
                change = s == semantic && s != 0 && (instance == 0 || inst == instance);
            }
            if (change) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
