package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.ai.PreLabeler;
import dev.fuselage.ai.PreLabelers;
import dev.fuselage.ai.fit.OneClickFit;
import dev.fuselage.ai.model.InstalledModel;
import dev.fuselage.ai.model.ModelRegistry;
import dev.fuselage.ai.model.ModelRuntime;
import dev.fuselage.ai.model.ModelTask;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.AddObject;
import dev.fuselage.core.edit.ChangeBox;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.CompoundCommand;
import dev.fuselage.core.edit.DeleteObject;
import dev.fuselage.core.edit.SetConfirmed;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.SizePrior;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.prelabel.FrameProposal;
import dev.fuselage.project.prelabel.FrameRange;
import dev.fuselage.project.prelabel.PreLabelJob;
import dev.fuselage.project.prelabel.TrackInterpolation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The workspace's AI assist commands: pre-label the current frame, a range or all frames in the background (with
 * progress and cancel; each frame's pre-labels are one undoable edit), accept or reject the selected pre-label,
 * accept all of the frame, and refit the selected box to its points. Pre-labeling uses the first usable detect2d
 * model of the model folder (YOLOX on the camera images, lifted to 3D) and the geometric pre-labeler when the folder
 * has none. JavaFX thread only, except the work it starts.
 */
public final class PreLabelActions {
    private final WorkspaceModel ws;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Path modelFolder;
    private ModelRuntime runtime;

    /**
     * @param ws          the workspace
     * @param modelFolder the model folder searched for a detector
     */
    public PreLabelActions(WorkspaceModel ws, Path modelFolder) {
        this.ws = Objects.requireNonNull(ws, "ws");
        this.modelFolder = Objects.requireNonNull(modelFolder, "modelFolder");
    }

    /** Whether pre-labeling is under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction of the frames done, 0–1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line on what pre-labeling is doing or did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Uses another model folder from the next run on. */
    public void setModelFolder(Path folder) {
        modelFolder = Objects.requireNonNull(folder, "folder");
    }

    public void prelabelFrame() {
        String id = ws.frame().frameId();
        if (id != null) {
            prelabel(List.of(id));
        }
    }

    public void prelabelAll() {
        prelabel(List.copyOf(ws.frames()));
    }

    /**
     * Pre-labels the frames {@code "A..B"} (ids, inclusive) or one id.
     *
     * @throws IllegalArgumentException when a bound is not a frame of the project (the message says which)
     */
    public void prelabelRange(String range) {
        prelabel(List.copyOf(FrameRange.select(range.strip(), ws.frames())));
    }

    /** Stops pre-labeling after the frame in progress; the frames done stay, each undoable. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            status.set("Cancelling\u2026");
        }
    }

    /** Pre-labels {@code frames} in the background; ignored while a run is under way. */
    public void prelabel(List<String> frames) {
        if (running.get() || frames.isEmpty()) {
            return;
        }
        cancelled.set(false);
        running.set(true);
        progress.set(0);
        status.set("Pre-labeling\u2026");
        Path folder = modelFolder;
        Thread worker = new Thread(() -> run(frames, folder), "fuselage-prelabel");
        worker.setDaemon(true);
        worker.start();
    }

    private void run(List<String> frames, Path folder) {
        int[] added = {0};
        String method = "";
        try {
            Optional<InstalledModel> model = new ModelRegistry(folder).list().stream()
                    .filter(m -> m.usable() && m.descriptor().get().task() == ModelTask.DETECT2D).findFirst();
            PreLabeler labeler = model.isPresent()
                    ? PreLabelers.yolox(runtime(), model.get().onnx(), Optional.of(model.get().descriptorFile()),
                    ws.ontology())
                    : PreLabelers.geometric(ws.ontology());
            method = model.map(m -> "YOLOX (" + m.name() + ")").orElse("geometric (no model in " + folder + ")");
            PreLabelJob job = new PreLabelJob(labeler, ProjectFrames.of(ws.project()), model.isPresent());
            for (int i = 0; i < frames.size() && !cancelled.get(); i++) {
                String m = method;
                int n = i;
                FrameProposal proposal = job.propose(frames.get(i));
                Platform.runLater(() -> {
                    PreLabelJob.PreLabelEdit edit = PreLabelJob.edit(ws.store(), proposal);
                    if (edit.command().isEmpty() || ws.execute(edit.command().get())) {
                        added[0] += edit.result().added().size();
                    }
                    progress.set((n + 1) / (double) frames.size());
                    status.set("Pre-labeling with " + m + ": " + (n + 1) + " / " + frames.size() + " frames, "
                            + added[0] + " boxes");
                });
            }
            String m = method;
            boolean stopped = cancelled.get();
            Platform.runLater(() -> finish((stopped ? "Cancelled; " : "Pre-labeled with " + m + ": ") + added[0]
                    + " boxes added"));
        } catch (Exception e) {
            Platform.runLater(() -> finish("Pre-labeling failed: " + e.getMessage()));
        }
    }

    private void finish(String message) {
        running.set(false);
        status.set(message);
    }

    /** The sessions, opened on first use (in the background: loading the runtime takes a moment). */
    private synchronized ModelRuntime runtime() {
        if (runtime == null) {
            runtime = new ModelRuntime();
        }
        return runtime;
    }

    /** Accepts the selected pre-label (it stays, solid, with its score). */
    public void accept() {
        ws.selection().selected().filter(PreLabelJob::isOpenPreLabel).ifPresent(o -> ws.execute(new CompoundCommand(
                "Accept " + o.className() + " " + o.trackId(), List.of(SetConfirmed.to(ws.store(), o.id(), true)))));
    }

    /** Accepts every open pre-label of the current frame, as one edit. */
    public void acceptAll() {
        List<Command> parts = new ArrayList<>();
        for (ObjectAnnotation o : ws.currentObjects()) {
            if (PreLabelJob.isOpenPreLabel(o)) {
                parts.add(SetConfirmed.to(ws.store(), o.id(), true));
            }
        }
        if (!parts.isEmpty()) {
            ws.execute(new CompoundCommand("Accept " + parts.size() + " pre-labels", parts));
        }
    }

    /** Rejects (deletes) the selected pre-label. */
    public void reject() {
        ws.selection().selected().filter(PreLabelJob::isOpenPreLabel).ifPresent(o -> ws.execute(new CompoundCommand(
                "Reject " + o.className() + " " + o.trackId(), List.of(new DeleteObject(o)))));
    }

    /**
     * One-click fit: the object around world point {@code (x, y, z)} (a clicked point) becomes a box of the active
     * class, fitted in the background; {@code fallback} runs instead when no object is there (a click on the road).
     */
    public void createAt(double x, double y, double z, Runnable fallback) {
        PointCloud cloud = ws.cloud();
        String frameId = ws.frame().frameId();
        String cls = ws.tools().activeClassProperty().get();
        if (cloud == null || frameId == null || cls == null) {
            return;
        }
        Optional<SizePrior> prior = ws.ontology().find(cls).flatMap(LabelClass::sizePrior);
        Thread worker = new Thread(() -> {
            Optional<Cuboid> box = new OneClickFit(cloud).fitAt(x, y, z, prior);
            Platform.runLater(() -> {
                if (!frameId.equals(ws.frame().frameId())) {
                    return; // the frame changed meanwhile
                }
                if (box.isEmpty()) {
                    fallback.run();
                    return;
                }
                ObjectAnnotation o = ObjectAnnotation.manual(frameId, ws.store().nextTrackId(), cls, box.get());
                if (ws.execute(new AddObject(o))) {
                    ws.selection().select(o.id());
                }
            });
        }, "fuselage-one-click-fit");
        worker.setDaemon(true);
        worker.start();
    }

    /** Refits the selected box to the points in and around it (the class's size prior completes partial views). */
    public void refit() {
        Optional<ObjectAnnotation> sel = ws.selection().selected();
        PointCloud cloud = ws.cloud();
        if (sel.isEmpty() || cloud == null) {
            return;
        }
        ObjectAnnotation o = sel.get();
        Optional<SizePrior> prior = ws.ontology().find(o.className())
                .flatMap(LabelClass::sizePrior);
        Thread worker = new Thread(() -> {
            Cuboid fitted = new OneClickFit(cloud).refit(o.box(), prior);
            Platform.runLater(() -> {
                if (ws.store().object(o.id()).map(now -> now.box().equals(o.box())).orElse(false)
                        && !fitted.equals(o.box())) {
                    ws.execute(ChangeBox.to(ws.store(), o.id(), fitted));
                }
            });
        }, "fuselage-refit");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Fills the selected box's track between its keyframes (every box of the track is one): one edit adding
     * unconfirmed boxes to the frames in between.
     */
    public void interpolateTrack() {
        ws.selection().selected().flatMap(o -> TrackInterpolation.fillGaps(ws.store(), ws.frames(), o.trackId()))
                .ifPresent(ws::execute);
    }

    /** Releases the model sessions. */
    public synchronized void close() {
        cancelled.set(true);
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }
}
