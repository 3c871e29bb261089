package dev.fuselage.project.segment;

import dev.fuselage.ai.segment.GroundEstimator;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.AnnotationModel;
import dev.fuselage.core.edit.Command;
import dev.fuselage.ontology.SemanticKitti;
import java.util.Optional;

/** Ground in one action: the estimator's ground points get the ground class ({@code road}, 40), no instance. */
public final class GroundLabels {
    private GroundLabels() {
    }

    /** One edit labelling a frame's ground; empty when nothing changes. */
    public static Optional<Command> forFrame(AnnotationModel model, PointCloud cloud, String frameId,
                                             GroundEstimator estimator, boolean overwrite) {
        int[] ground = estimator.groundPoints(cloud);
        return new PointPainter(SemanticKitti.ROAD, 0, PaintMode.ADD, overwrite)
                .paint(model, frameId, cloud.size(), ground);
    }
}
