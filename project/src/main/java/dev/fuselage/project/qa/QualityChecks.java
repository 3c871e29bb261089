package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import dev.fuselage.project.dataset.FusionBoxProjector;
import dev.fuselage.project.dataset.Ontologies;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The automatic checks of a project ({@code fuselage qa}, the reviewer's finding markers). Per-frame checks look at
 * each frame's boxes and, where the project's data is present, its cloud and camera; per-track checks look at each
 * track across the checked frames. Thresholds come from the project's {@link QaSettings}. Only reads the project.
 *
 * <pre>{@code
 * List<Finding> findings = QualityChecks.run(project, FrameRange.ALL, QaSettings.load(project.folder()),
 *         ExportProgress.NONE);
 * }</pre>
 */
public final class QualityChecks {
    private QualityChecks() {
    }

    /**
     * Runs every check over the frames of {@code range}; findings come in sequence order, then by kind and track.
     *
     * @throws IOException              when a frame's data (cloud, calibration, image) cannot be read
     * @throws IllegalArgumentException when the range names frames the project does not have
     */
    public static List<Finding> run(ProjectStore project, FrameRange range, QaSettings settings,
                                    ExportProgress progress) throws IOException {
        Ontology ontology = Ontologies.resolve(project);
        ExportSource source = ExportSource.of(project, null);
        List<String> frameIds = project.annotations().frames();
        List<Finding> out = new ArrayList<>();
        if (frameIds.isEmpty()) {
            return out;
        }
        int[] span = range.resolve(frameIds);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < frameIds.size(); i++) {
            position.put(frameIds.get(i), i);
        }
        Map<String, List<ObjectAnnotation>> byFrame = new HashMap<>();
        Map<TrackId, List<ObjectAnnotation>> byTrack = new TreeMap<>();
        for (ObjectAnnotation o : project.annotations().allObjects()) {
            Integer p = position.get(o.frameId());
            if (p == null || p < span[0] || p > span[1]) {
                continue;
            }
            byFrame.computeIfAbsent(o.frameId(), f -> new ArrayList<>()).add(o);
            byTrack.computeIfAbsent(o.trackId(), t -> new ArrayList<>()).add(o);
        }
        List<FrameCheck> frameChecks = List.of(new OntologyCheck(ontology), new EmptyBoxCheck(settings),
                new GroundCheck(settings), new OverlapCheck(settings), new DuplicateTrackCheck(),
                new OutsideImageCheck(new FusionBoxProjector()));
        int total = span[1] - span[0] + 1;
        for (int p = span[0]; p <= span[1]; p++) {
            progress.checkCancelled();
            progress.progress(p - span[0], total, "frame " + frameIds.get(p));
            List<ObjectAnnotation> objects = byFrame.getOrDefault(frameIds.get(p), List.of());
            if (objects.isEmpty()) {
                continue;
            }
            QaFrame frame = new QaFrame(source, frameIds.get(p), objects);
            for (FrameCheck check : frameChecks) {
                check.check(frame, out);
            }
        }
        List<TrackCheck> trackChecks = List.of(new SizeOutlierCheck(ontology, settings),
                new TrackContinuityCheck(settings));
        for (Map.Entry<TrackId, List<ObjectAnnotation>> e : byTrack.entrySet()) {
            List<ObjectAnnotation> boxes = e.getValue();
            boxes.sort(Comparator.comparingInt(o -> position.get(o.frameId())));
            int[] positions = boxes.stream().mapToInt(o -> position.get(o.frameId())).toArray();
            TrackHistory history = new TrackHistory(e.getKey(), boxes, positions, frameIds);
            for (TrackCheck check : trackChecks) {
                check.check(history, out);
            }
        }
        out.sort(Comparator.<Finding>comparingInt(f -> position.get(f.frameId()))
                .thenComparing(Finding::kind)
                .thenComparingLong(f -> f.track().map(TrackId::value).orElse(0L)));
        progress.progress(total, total, "done");
        return out;
    }
}
