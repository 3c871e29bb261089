package dev.fuselage.ai.lift;

import dev.fuselage.ai.PreLabel;
import dev.fuselage.ai.PreLabelInput;
import dev.fuselage.ai.PreLabeler;
import dev.fuselage.ai.detect.Detection2D;
import dev.fuselage.ai.detect.YoloxDetector;
import dev.fuselage.ai.geometry.BevIou;
import dev.fuselage.ai.geometry.SceneSegmentation;
import dev.fuselage.ontology.Ontology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * 3D pre-labels from a 2D model: every camera image of the frame through the {@link YoloxDetector}, the detections
 * lifted by the {@link DetectionLifter}, and boxes that two cameras both saw (bird's-eye overlap above
 * {@value #SAME_OBJECT_IOU}) kept once, with the better score.
 */
public final class DetectionPreLabeler implements PreLabeler {
    static final double SAME_OBJECT_IOU = 0.3;

    private final YoloxDetector detector;
    private final DetectionLifter lifter;

    public DetectionPreLabeler(YoloxDetector detector, Ontology ontology) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.lifter = new DetectionLifter(ontology);
    }

    @Override
    public List<PreLabel> prelabel(PreLabelInput frame) throws IOException {
        SceneSegmentation scene = SceneSegmentation.of(frame.cloud());
        List<PreLabel> all = new ArrayList<>();
        for (PreLabelInput.CameraView view : frame.cameras()) {
            List<Detection2D> found = detector.detect(view.image());
            all.addAll(lifter.lift(scene, view.camera(), found));
        }
        all.sort(Comparator.comparingDouble(PreLabel::score).reversed());
        List<PreLabel> kept = new ArrayList<>();
        for (PreLabel p : all) {
            if (kept.stream().noneMatch(k -> BevIou.of(k.box(), p.box()) > SAME_OBJECT_IOU)) {
                kept.add(p);
            }
        }
        return kept;
    }
}
