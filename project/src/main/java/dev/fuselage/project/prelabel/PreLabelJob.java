package dev.fuselage.project.prelabel;

import dev.fuselage.ai.PreLabel;
import dev.fuselage.ai.PreLabelInput;
import dev.fuselage.ai.PreLabelInput.CameraView;
import dev.fuselage.ai.PreLabeler;
import dev.fuselage.ai.detect.RgbImage;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.AddObject;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.CompoundCommand;
import dev.fuselage.core.edit.DeleteObject;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.EditSession;
import dev.fuselage.project.camera.CameraRigLoader;
import dev.fuselage.project.camera.FrameCamera;
import dev.fuselage.project.dataset.ExportCancelledException;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.AnnotationStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Pre-labels frames of a project: {@link #propose} reads a frame's scan (and, for image detectors, its calibrated
 * camera images) and runs the {@link PreLabeler}; {@link #apply} adds the proposals as one undoable edit per frame.
 * Proposing is heavy and thread-safe (run it in the background); applying goes through the {@link EditSession} on
 * the thread that owns it.
 *
 * <p>Pre-labeling a frame again replaces its pre-labels that nobody accepted yet, so repeated runs do not pile up
 * boxes; a proposal whose centre lies within {@value #DUPLICATE_DISTANCE} m (bird's-eye view) of a box that stays
 * (drawn, imported or accepted) is dropped, since that object is labeled already.
 */
public final class PreLabelJob {
    /** Bird's-eye distance (m) under which a proposal counts as the same object as a box already there. */
    public static final double DUPLICATE_DISTANCE = 1.5;

    private final PreLabeler labeler;
    private final ProjectFrames frames;
    private final boolean withImages;

    /**
     * @param labeler    the pre-labeler (YOLOX + lifting, or geometric)
     * @param frames     where the frames' files lie
     * @param withImages whether the labeler looks at camera images (a frame without any is then skipped)
     */
    public PreLabelJob(PreLabeler labeler, ProjectFrames frames, boolean withImages) {
        this.labeler = Objects.requireNonNull(labeler, "labeler");
        this.frames = Objects.requireNonNull(frames, "frames");
        this.withImages = withImages;
    }

    /**
     * The pre-labels for one frame; nothing is changed. Safe on any thread, one frame at a time per job.
     *
     * @throws IOException when the frame's cloud, calibration or images cannot be read, or the model fails
     */
    public FrameProposal propose(String frameId) throws IOException {
        ProjectFrames.FrameFiles files = frames.files(frameId);
        Optional<Path> cloudFile = files.cloud();
        if (cloudFile.isEmpty()) {
            return FrameProposal.skipped(frameId, "no cloud in the project's sources");
        }
        List<CameraView> views = new ArrayList<>();
        if (withImages) {
            for (FrameCamera c : CameraRigLoader.load(frameId, files)) {
                views.add(new CameraView(c.camera(), RgbImage.read(c.image())));
            }
            if (views.isEmpty()) {
                return FrameProposal.skipped(frameId, "no calibrated camera image");
            }
        }
        PointCloud cloud = PointCloudIO.read(cloudFile.get());
        return new FrameProposal(frameId, labeler.prelabel(new PreLabelInput(cloud, views)), Optional.empty());
    }

    /**
     * The one undoable edit that adds a frame's proposals (replacing its open pre-labels, leaving out duplicates of
     * boxes that stay), and what it changes; the command is empty when nothing would change. Nothing is applied:
     * run the command through the owner of the history. Call it on that owner's thread, just before running it.
     */
    public static PreLabelEdit edit(AnnotationStore store, FrameProposal proposal) {
        String frameId = proposal.frameId();
        if (proposal.skipped().isPresent()) {
            return new PreLabelEdit(Optional.empty(), new FrameResult(frameId, List.of(), 0, 0, proposal.skipped()));
        }
        List<Command> parts = new ArrayList<>();
        List<ObjectAnnotation> kept = new ArrayList<>();
        int replaced = 0;
        for (ObjectAnnotation o : store.objects(frameId)) {
            if (isOpenPreLabel(o)) {
                parts.add(new DeleteObject(o));
                replaced++;
            } else {
                kept.add(o);
            }
        }
        List<ObjectAnnotation> added = new ArrayList<>();
        int duplicates = 0;
        long track = store.nextTrackId().value();
        for (PreLabel p : proposal.labels()) {
            if (nearAny(p, kept)) {
                duplicates++;
                continue;
            }
            ObjectAnnotation o = p.toAnnotation(frameId, TrackId.of(track++));
            added.add(o);
            parts.add(new AddObject(o));
        }
        FrameResult result = new FrameResult(frameId, added, replaced, duplicates, Optional.empty());
        if (parts.isEmpty()) {
            return new PreLabelEdit(Optional.empty(), result);
        }
        String what = "Pre-label " + frameId + " (" + added.size() + (added.size() == 1 ? " box)" : " boxes)");
        return new PreLabelEdit(Optional.of(new CompoundCommand(what, parts)), result);
    }

    /**
     * Adds a frame's proposals through {@code session} as one undoable edit (nothing when there is nothing to
     * change). Call it on the thread that owns the session.
     *
     * @throws IOException when the edit could not be saved (a read-only project, a store error); nothing changed
     */
    public static FrameResult apply(EditSession session, FrameProposal proposal) throws IOException {
        PreLabelEdit e = edit(session.annotations(), proposal);
        if (e.command().isPresent() && !session.execute(e.command().get())) {
            throw new IOException(session.lastError());
        }
        return e.result();
    }

    /**
     * A frame's pre-labeling edit and its outcome.
     *
     * @param command the compound edit; empty when nothing changes
     * @param result  what it adds and replaces
     */
    public record PreLabelEdit(Optional<Command> command, FrameResult result) {
    }

    /**
     * Pre-labels {@code frameIds} in order: the next frame is proposed on a background thread while the current one
     * is applied on the calling thread (which must own {@code session}). {@code each} hears every frame's result.
     *
     * @throws ExportCancelledException when {@code progress} cancels (frames done so far stay, each undoable)
     * @throws IOException              when a frame cannot be read or saved (the message names it)
     */
    public List<FrameResult> run(EditSession session, List<String> frameIds, ExportProgress progress,
                                 Consumer<FrameResult> each) throws IOException {
        List<FrameResult> results = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuselage-prelabel");
            t.setDaemon(true);
            return t;
        });
        try {
            int n = frameIds.size();
            Future<FrameProposal> next = n > 0 ? submit(worker, frameIds.get(0)) : null;
            for (int i = 0; i < n; i++) {
                progress.checkCancelled();
                progress.progress(i, n, "frame " + frameIds.get(i));
                FrameProposal current = await(next, frameIds.get(i));
                next = i + 1 < n ? submit(worker, frameIds.get(i + 1)) : null;
                FrameResult r = apply(session, current);
                results.add(r);
                each.accept(r);
            }
            progress.progress(n, n, "done");
            return results;
        } finally {
            worker.shutdownNow();
        }
    }

    /** Whether an object is a machine proposal nobody has accepted yet. */
    public static boolean isOpenPreLabel(ObjectAnnotation o) {
        return o.source() == Source.PRE_LABEL && !o.confirmed();
    }

    private Future<FrameProposal> submit(ExecutorService worker, String frameId) {
        return worker.submit(() -> {
            try {
                return propose(frameId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static FrameProposal await(Future<FrameProposal> f, String frameId) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportCancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("frame " + frameId + ": pre-labeling failed: " + cause, cause);
        }
    }

    private static boolean nearAny(PreLabel p, List<ObjectAnnotation> kept) {
        for (ObjectAnnotation o : kept) {
            double dx = o.box().cx() - p.box().cx();
            double dy = o.box().cy() - p.box().cy();
            if (dx * dx + dy * dy < DUPLICATE_DISTANCE * DUPLICATE_DISTANCE) {
                return true;
            }
        }
        return false;
    }
}
