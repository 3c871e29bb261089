package dev.fuselage.project.segment;

import dev.fuselage.ai.segment.GroundEstimator;
import dev.fuselage.ai.segment.GroundParams;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Headless segmentation of a span of frames ({@code fuselage segment}): ground labelling or box → points, one edit
 * per frame (each durable when it returns, undoable in the workspace like any other).
 */
public final class SegmentRun {

    /** What to label. */
    public enum Method {
        /** The ground estimate, as {@code road}. */
        GROUND,
        /** The points of every cuboid, with its class and track. */
        BOXES;

        /** The method named {@code ground} or {@code boxes}. */
        public static Method parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "ground" -> GROUND;
                case "boxes" -> BOXES;
                default -> throw new IllegalArgumentException("unknown method '" + name + "'; ground or boxes");
            };
        }
    }

    /**
     * What a run did.
     *
     * @param frames  frames processed
     * @param changed frames whose labels changed
     * @param points  points labelled (changed) in all
     */
    public record Result(int frames, int changed, long points) {
    }

    private SegmentRun() {
    }

    /**
     * Labels {@code frameIds} of an open, writable project.
     *
     * @param overwrite whether points that already have a class may be relabelled
     * @throws IOException when a frame's cloud cannot be read (naming the file)
     */
    public static Result run(ProjectStore project, Method method, List<String> frameIds, boolean overwrite,
                             ExportProgress progress) throws IOException {
        ProjectFrames frames = ProjectFrames.of(project);
        EditHistory history = new EditHistory(project.annotations(), 1);
        GroundEstimator estimator = new GroundEstimator(GroundParams.DEFAULT);
        int changed = 0;
        long points = 0;
        for (int i = 0; i < frameIds.size(); i++) {
            progress.checkCancelled();
            String id = frameIds.get(i);
            progress.progress(i, frameIds.size(), "frame " + id);
            Path file = frames.cloud(id);
            PointCloud cloud = PointCloudIO.read(file);
            Optional<Command> edit = method == Method.GROUND
                    ? GroundLabels.forFrame(project.annotations(), cloud, id, estimator, overwrite)
                    : BoxLabels.forFrame(project.annotations(), cloud, id, overwrite);
            if (edit.isPresent()) {
                PointLabels before = project.annotations().pointLabels(id).orElse(new PointLabels(cloud.size()));
                history.execute(edit.get());
                PointLabels after = project.annotations().pointLabels(id).orElseThrow();
                changed++;
                points += differing(before, after);
            }
        }
        progress.progress(frameIds.size(), frameIds.size(), "done");
        return new Result(frameIds.size(), changed, points);
    }

    private static long differing(PointLabels a, PointLabels b) {
        long n = 0;
        for (int i = 0; i < a.pointCount(); i++) {
            if (a.semantic()[i] != b.semantic()[i] || a.instance()[i] != b.instance()[i]) {
                n++;
            }
        }
        return n;
    }
}
