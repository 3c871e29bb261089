package dev.fuselage.project.review;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.edit.BoxPoints;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contact sheet of one track: in each frame it appears in, its box and the points in and around it, in the
 * box's own frame, for the gallery's top / side / rear views, where size jumps and misfits stand out side by side.
 * Reads one cloud per frame, so build it off the UI thread.
 */
public final class TrackGallery {
    /** Metres of context around the box in each shot. */
    public static final double MARGIN = 0.75;

    /**
     * One frame of the sheet.
     *
     * @param frameId  the frame
     * @param position its position in the sequence
     * @param object   the track's box there
     * @param points   the points in and around the box, or empty when the frame's cloud is not available
     */
    public record Shot(String frameId, int position, ObjectAnnotation object, Optional<BoxPoints> points) {
    }

    private TrackGallery() {
    }

    /**
     * The shots of {@code track}, in sequence order, at most {@code limit} of them (evenly spread over the track
     * when it is longer).
     */
    public static List<Shot> of(ProjectStore project, TrackId track, int limit, ExportProgress progress)
            throws IOException {
        List<ObjectAnnotation> boxes = project.annotations().track(track);
        List<String> frames = project.annotations().frames();
        ProjectFrames files = ProjectFrames.of(project);
        List<ObjectAnnotation> picked = new ArrayList<>();
        double step = Math.max(1, boxes.size() / (double) Math.max(1, limit));
        for (double i = 0; i < boxes.size() && picked.size() < limit; i += step) {
            picked.add(boxes.get((int) i));
        }
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            progress.checkCancelled();
            progress.progress(i, picked.size(), "frame " + picked.get(i).frameId());
            ObjectAnnotation o = picked.get(i);
            Optional<Path> cloudFile = files.files(o.frameId()).cloud();
            Optional<BoxPoints> points = Optional.empty();
            if (cloudFile.isPresent()) {
                PointCloud cloud = PointCloudIO.read(cloudFile.get());
                points = Optional.of(BoxPoints.around(cloud, o.box(), MARGIN));
            }
            shots.add(new Shot(o.frameId(), frames.indexOf(o.frameId()), o, points));
        }
        progress.progress(picked.size(), picked.size(), "done");
        return shots;
    }
}
