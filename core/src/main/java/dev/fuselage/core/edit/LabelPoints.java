package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.PointLabels;

import java.util.Objects;
import java.util.Set;

/**
 * Gives a set of points of one frame a semantic class and instance (a brush stroke, a box fill). Holds only the
 * touched indices and their previous labels, not copies of the whole frame, so a long history of strokes stays
 * small.
 */
public final class LabelPoints implements Command {
    private final String frameId;
    private final int pointCount;
    private final int[] indices;
    private final int[] oldSemantic;
    private final int[] oldInstance;
    private final int newSemantic;
    private final int newInstance;

    private LabelPoints(String frameId, int pointCount, int[] indices, int[] oldSemantic, int[] oldInstance,
                        int newSemantic, int newInstance) {
        this.frameId = frameId;
        this.pointCount = pointCount;
        this.indices = indices;
        this.oldSemantic = oldSemantic;
        this.oldInstance = oldInstance;
        this.newSemantic = newSemantic;
        this.newInstance = newInstance;
    }

    /**
     * Labels {@code indices} of a frame of {@code pointCount} points with the given codes, remembering the labels
     * they have now in the model (0 where the frame has no labels yet).
     */
    public static LabelPoints paint(AnnotationModel model, String frameId, int pointCount, int[] indices,
                                    int semantic, int instance) {
        Objects.requireNonNull(frameId, "frameId");
        int[] idx = indices.clone();
        for (int i : idx) {
            if (i < 0 || i >= pointCount) {
                throw new IllegalArgumentException("point index " + i + " outside 0.." + (pointCount - 1));
            }
        }
        int[] oldS = new int[idx.length];
        int[] oldI = new int[idx.length];
        PointLabels current = model.pointLabels(frameId).orElse(null);
        if (current != null) {
            checkCount(frameId, current, pointCount);
            for (int k = 0; k < idx.length; k++) {
                oldS[k] = current.semantic()[idx[k]];
                oldI[k] = current.instance()[idx[k]];
            }
        }
        return new LabelPoints(frameId, pointCount, idx, oldS, oldI, semantic, instance);
    }

    @Override
    public void apply(AnnotationModel model) {
        PointLabels labels = current(model);
        for (int i : indices) {
            labels.semantic()[i] = newSemantic;
            labels.instance()[i] = newInstance;
        }
        model.putPointLabels(frameId, labels);
    }

    @Override
    public void revert(AnnotationModel model) {
        PointLabels labels = current(model);
        // reverse order, so a stroke that lists a point twice ends with its original label
        for (int k = indices.length - 1; k >= 0; k--) {
            labels.semantic()[indices[k]] = oldSemantic[k];
            labels.instance()[indices[k]] = oldInstance[k];
        }
        model.putPointLabels(frameId, labels);
    }

    private PointLabels current(AnnotationModel model) {
        PointLabels labels = model.pointLabels(frameId).orElseGet(() -> new PointLabels(pointCount));
        checkCount(frameId, labels, pointCount);
        return labels;
    }

    private static void checkCount(String frameId, PointLabels labels, int pointCount) {
        if (labels.pointCount() != pointCount) {
            throw new IllegalStateException("frame " + frameId + " has labels for " + labels.pointCount()
                    + " points, the edit expects " + pointCount);
        }
    }

    @Override
    public String description() {
        return "Label " + indices.length + " points";
    }

    @Override
    public Set<String> frameIds() {
        return Set.of(frameId);
    }
}
