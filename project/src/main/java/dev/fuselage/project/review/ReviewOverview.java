package dev.fuselage.project.review;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.project.qa.Finding;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.PinnedComment;
import dev.fuselage.project.store.ReviewBook;
import dev.fuselage.project.store.ReviewDecision;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A snapshot of a project's review state for the reviewer's timeline and dashboard: each frame's
 * {@link FrameStatus}, its QA findings and open comments, and the statistics the dashboard charts. Built off the UI
 * thread in one pass over the store; immutable.
 */
public final class ReviewOverview {
    /** What "next" jumps to on the timeline. */
    public enum Marker {
        REJECTED,
        FINDING,
        OPEN_COMMENT
    }

    private final List<String> frameIds;
    private final FrameStatus[] status;
    private final int[] findings;
    private final int[] openComments;
    private final Map<String, int[]> objectsPerClass;
    private final Map<String, List<double[]>> sizesPerClass;

    private ReviewOverview(List<String> frameIds, FrameStatus[] status, int[] findings, int[] openComments,
                           Map<String, int[]> objectsPerClass, Map<String, List<double[]>> sizesPerClass) {
        this.frameIds = frameIds;
        this.status = status;
        this.findings = findings;
        this.openComments = openComments;
        this.objectsPerClass = objectsPerClass;
        this.sizesPerClass = sizesPerClass;
    }

    /** Reads the review state of every frame of the store, with the given QA findings as markers. */
    public static ReviewOverview of(ReviewBook book, List<Finding> qaFindings) {
        AnnotationStore store = book.store();
        List<String> frames = List.copyOf(store.frames());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < frames.size(); i++) {
            position.put(frames.get(i), i);
        }
        List<List<ObjectAnnotation>> objects = new ArrayList<>();
        List<List<ReviewDecision>> decisions = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            objects.add(new ArrayList<>());
            decisions.add(new ArrayList<>());
        }
        Map<String, int[]> perClass = new TreeMap<>();
        Map<String, List<double[]>> sizes = new TreeMap<>();
        for (ObjectAnnotation o : store.allObjects()) {
            Integer p = position.get(o.frameId());
            if (p == null) {
                continue;
            }
            objects.get(p).add(o);
            perClass.computeIfAbsent(o.className(), c -> new int[frames.size()])[p]++;
            sizes.computeIfAbsent(o.className(), c -> new ArrayList<>())
                    .add(new double[] {o.box().length(), o.box().width(), o.box().height()});
        }
        for (ReviewDecision d : book.decisions()) {
            Integer p = position.get(d.frameId());
            if (p != null) {
                decisions.get(p).add(d);
            }
        }
        FrameStatus[] status = new FrameStatus[frames.size()];
        for (int i = 0; i < frames.size(); i++) {
            status[i] = FrameStatus.of(objects.get(i), decisions.get(i));
        }
        int[] found = new int[frames.size()];
        for (Finding f : qaFindings) {
            Integer p = position.get(f.frameId());
            if (p != null) {
                found[p]++;
            }
        }
        int[] open = new int[frames.size()];
        for (PinnedComment c : book.comments(frames)) {
            if (!c.comment().resolved()) {
                open[position.get(c.frameId())]++;
            }
        }
        return new ReviewOverview(frames, status, found, open, perClass, sizes);
    }

    public List<String> frameIds() {
        return frameIds;
    }

    public FrameStatus status(int position) {
        return status[position];
    }

    /** QA findings in the frame at {@code position}. */
    public int findings(int position) {
        return findings[position];
    }

    /** Unresolved comments in the frame at {@code position}. */
    public int openComments(int position) {
        return openComments[position];
    }

    /** Whether the frame at {@code position} carries the marker. */
    public boolean has(Marker marker, int position) {
        return switch (marker) {
            case REJECTED -> status[position] == FrameStatus.REJECTED;
            case FINDING -> findings[position] > 0;
            case OPEN_COMMENT -> openComments[position] > 0;
        };
    }

    /** The next frame after {@code position} with the marker, wrapping around; empty when no frame has it. */
    public OptionalInt next(Marker marker, int position) {
        int n = frameIds.size();
        for (int step = 1; step <= n; step++) {
            int p = Math.floorMod(position + step, n);
            if (has(marker, p)) {
                return OptionalInt.of(p);
            }
        }
        return OptionalInt.empty();
    }

    /** How many frames have each status. */
    public Map<FrameStatus, Integer> statusCounts() {
        Map<FrameStatus, Integer> counts = new EnumMap<>(FrameStatus.class);
        for (FrameStatus s : FrameStatus.values()) {
            counts.put(s, 0);
        }
        for (FrameStatus s : status) {
            counts.merge(s, 1, Integer::sum);
        }
        return counts;
    }

    /** Objects of each class in each frame (array index = frame position), classes by name. */
    public Map<String, int[]> objectsPerClass() {
        Map<String, int[]> copy = new TreeMap<>();
        objectsPerClass.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** Length, width and height of every box of each class, classes by name. */
    public Map<String, List<double[]>> sizesPerClass() {
        return sizesPerClass;
    }
}
