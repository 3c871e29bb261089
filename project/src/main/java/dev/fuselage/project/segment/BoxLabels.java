package dev.fuselage.project.segment;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.AnnotationModel;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.CompoundCommand;
import dev.fuselage.core.edit.MemoryAnnotationModel;
import dev.fuselage.core.select.BoxSelection;
import dev.fuselage.ontology.SemanticKitti;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Box → points: the points inside a cuboid take its class, mapped onto SemanticKITTI ids ({@link SemanticKitti#idOf}),
 * and its track id as their instance id.
 */
public final class BoxLabels {
    private BoxLabels() {
    }

    /** The instance id of a cuboid's points: its track id, in the 16 bits a label holds. */
    public static int instanceOf(ObjectAnnotation object) {
        return (int) (object.trackId().value() & 0xFFFF);
    }

    /** The SemanticKITTI class of a cuboid's points. */
    public static int classOf(ObjectAnnotation object) {
        return SemanticKitti.idOf(object.className());
    }

    /** One edit labelling the points of one box; empty when nothing changes. */
    public static Optional<Command> forObject(AnnotationModel model, PointCloud cloud, ObjectAnnotation object,
                                              boolean overwrite) {
        int[] inside = BoxSelection.inside(cloud, object.box());
        return new PointPainter(classOf(object), instanceOf(object), PaintMode.ADD, overwrite)
                .paint(model, object.frameId(), cloud.size(), inside);
    }

    /**
     * One edit labelling the points of every box of a frame (one undo step). Boxes are taken in id order, each on
     * top of the previous ones' result (worked out on a scratch copy of the frame's labels, so the model changes
     * only when the edit runs): with overwrite off a point in two boxes keeps the first box's label.
     */
    public static Optional<Command> forFrame(AnnotationModel model, PointCloud cloud, String frameId,
                                             boolean overwrite) {
        MemoryAnnotationModel scratch = new MemoryAnnotationModel();
        model.pointLabels(frameId).ifPresent(l -> scratch.putPointLabels(frameId, l));
        List<Command> parts = new ArrayList<>();
        for (ObjectAnnotation o : model.objects(frameId)) {
            Optional<Command> c = forObject(scratch, cloud, o, overwrite);
            if (c.isPresent()) {
                c.get().apply(scratch);
                parts.add(c.get());
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parts.size() == 1 ? parts.get(0)
                : new CompoundCommand("Label the points of " + parts.size() + " boxes", parts));
    }
}
