package dev.fuselage.ai;

import java.io.IOException;
import java.util.List;

/**
 * Proposes boxes for one frame. The two kinds: {@link dev.fuselage.ai.lift.DetectionPreLabeler} (a 2D model's
 * detections lifted to cuboids with the lidar) and {@link dev.fuselage.ai.geometric.GeometricPreLabeler} (clusters
 * of the scan, no model). Implementations are thread-safe; a call takes tens to hundreds of milliseconds, so run it
 * on a background thread.
 */
public interface PreLabeler {
    /** The pre-labels of one frame, best first. */
    List<PreLabel> prelabel(PreLabelInput frame) throws IOException;
}
