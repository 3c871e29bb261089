package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.FusionBoxProjector;
import dev.fuselage.project.ProjectOntology;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The automatic checks of a project ({@code fuselage qa}, the reviewer's finding markers). Per-frame checks look at
 * each frame's boxes and, where the project's data is present, its cloud and camera; per-track checks look at each
 * track across the checked frames. Thresholds come from the project's {@link QaSettings}. Only reads the project.
 * The per-frame checks run on up to 8 worker threads of their own (one per core), frames being independent.
 *
 * <pre>{@code
 * List<Finding> findings = QualityChecks.run(project, FrameRange.ALL, QaSettings.load(project.folder()),
 *         ExportProgress.NONE);
 * }</pre>
 */
public final class QualityChecks {
    /** Frames one worker checks at a time. */
    private static final int CHUNK = 16;

    private QualityChecks() {
    }

    /** Each worker's own checks: they keep scratch buffers and a projector, so they are not shared. */
    private static List<FrameCheck> newFrameChecks(Ontology ontology, QaSettings settings) {
        return List.of(new OntologyCheck(ontology), new EmptyBoxCheck(settings), new GroundCheck(settings),
                new OverlapCheck(settings), new DuplicateTrackCheck(), new OutsideImageCheck(new FusionBoxProjector()));
    }

    /**
     * Runs the per-frame checks over chunks of frames on a few worker threads (reading clouds dominates, and frames
     * are independent); the findings come back in frame order.
     */
    private static List<Finding> frameChecks(List<String> frameIds, int[] span,
                                             Map<String, List<ObjectAnnotation>> byFrame, QaData source,
                                             Ontology ontology, QaSettings settings, ExportProgress progress)
            throws IOException {
        int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fuselage-qa");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<List<FrameCheck>> checks = ThreadLocal.withInitial(() -> newFrameChecks(ontology, settings));
        List<Future<List<Finding>>> chunks = new ArrayList<>();
        try {
            for (int from = span[0]; from <= span[1]; from += CHUNK) {
                int first = from, last = Math.min(span[1], from + CHUNK - 1);
                chunks.add(pool.submit(() -> {
                    List<Finding> found = new ArrayList<>();
                    for (int p = first; p <= last; p++) {
                        List<ObjectAnnotation> objects = byFrame.getOrDefault(frameIds.get(p), List.of());
                        if (objects.isEmpty()) {
                            continue;
                        }
                        QaFrame frame = new QaFrame(source, frameIds.get(p), objects);
                        for (FrameCheck check : checks.get()) {
                            check.check(frame, found);
                        }
                    }
                    return found;
                }));
            }
            List<Finding> out = new ArrayList<>();
            int total = span[1] - span[0] + 1;
            for (int i = 0; i < chunks.size(); i++) {
                progress.checkCancelled();
                progress.progress((long) i * CHUNK, total, "frame " + frameIds.get(span[0] + i * CHUNK));
                out.addAll(chunks.get(i).get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("checks interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs every check over the frames of {@code range}; findings come in sequence order, then by kind and track.
     *
     * @throws IOException              when a frame's data (cloud, calibration, image) cannot be read
     * @throws IllegalArgumentException when the range names frames the project does not have
     */
    public static List<Finding> run(ProjectStore project, FrameRange range, QaSettings settings,
                                    ExportProgress progress) throws IOException {
        Ontology ontology = ProjectOntology.of(project);
        QaData source = QaData.of(project);
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
        int total = span[1] - span[0] + 1;
        out.addAll(frameChecks(frameIds, span, byFrame, source, ontology, settings, progress));
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
