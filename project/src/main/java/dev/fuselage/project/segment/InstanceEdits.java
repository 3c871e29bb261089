package dev.fuselage.project.segment;

import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.edit.AnnotationModel;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.CompoundCommand;
import dev.fuselage.core.edit.LabelPoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Instance edits on one frame's point labels, each one undoable edit that keeps every point's class: a new
 * instance id, joining one instance into another, and splitting selected points off into a new instance.
 */
public final class InstanceEdits {
    private InstanceEdits() {
    }

    /** The smallest instance id above every id the frame uses (1 for a frame without instances). */
    public static int newInstance(AnnotationModel model, String frameId) {
        int max = 0;
        Optional<PointLabels> labels = model.pointLabels(frameId);
        if (labels.isPresent()) {
            for (int v : labels.get().instance()) {
                max = Math.max(max, v);
            }
        }
        if (max >= 0xFFFF) {
            throw new IllegalStateException("frame " + frameId + " has used up the 16-bit instance ids");
        }
        return max + 1;
    }

    /** Every point of instance {@code from} becomes instance {@code into}; empty when {@code from} has no points. */
    public static Optional<Command> join(AnnotationModel model, String frameId, int from, int into) {
        if (from == 0 || from == into) {
            return Optional.empty();
        }
        PointLabels labels = model.pointLabels(frameId).orElse(null);
        if (labels == null) {
            return Optional.empty();
        }
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < labels.pointCount(); i++) {
            if (labels.instance()[i] == from) {
                points.add(i);
            }
        }
        return relabel(model, frameId, labels, points.stream().mapToInt(Integer::intValue).toArray(), into,
                "Join instance " + from + " into " + into);
    }

    /** The selected points that belong to an instance move to a new instance id; empty when none does. */
    public static Optional<Command> split(AnnotationModel model, String frameId, int[] selected) {
        PointLabels labels = model.pointLabels(frameId).orElse(null);
        if (labels == null) {
            return Optional.empty();
        }
        int[] points = Arrays.stream(selected).filter(i -> i >= 0 && i < labels.pointCount()
                && labels.instance()[i] != 0).distinct().sorted().toArray();
        return relabel(model, frameId, labels, points, newInstance(model, frameId),
                "Split " + points.length + " points into a new instance");
    }

    /** Gives {@code points} instance {@code instance}, keeping each point's class (one part per class). */
    private static Optional<Command> relabel(AnnotationModel model, String frameId, PointLabels labels, int[] points,
                                             int instance, String description) {
        if (points.length == 0) {
            return Optional.empty();
        }
        Map<Integer, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i : points) {
            byClass.computeIfAbsent(labels.semantic()[i], k -> new ArrayList<>()).add(i);
        }
        List<Command> parts = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : byClass.entrySet()) {
            parts.add(LabelPoints.paint(model, frameId, labels.pointCount(),
                    e.getValue().stream().mapToInt(Integer::intValue).toArray(), e.getKey(), instance));
        }
        return Optional.of(parts.size() == 1 ? parts.get(0) : new CompoundCommand(description, parts));
    }
}
