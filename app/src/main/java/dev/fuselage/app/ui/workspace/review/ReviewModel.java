package dev.fuselage.app.ui.workspace.review;

import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.project.compare.Comparison;
import dev.fuselage.project.compare.LabelComparer;
import dev.fuselage.project.compare.LabelSet;
import dev.fuselage.project.compare.LabeledBox;
import dev.fuselage.project.dataset.ExportProgress;
import java.nio.file.Path;
import dev.fuselage.project.qa.Finding;
import dev.fuselage.project.qa.FrameRange;
import dev.fuselage.project.qa.QaSettings;
import dev.fuselage.project.qa.QualityChecks;
import dev.fuselage.project.review.Decide;
import dev.fuselage.project.review.PutComment;
import dev.fuselage.project.review.ReviewOverview;
import dev.fuselage.project.review.ReviewOverview.Marker;
import dev.fuselage.project.store.PinnedComment;
import dev.fuselage.project.store.PinnedComment.Pin;
import dev.fuselage.project.store.ReviewBook;
import dev.fuselage.project.store.ReviewDecision;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The reviewer's view of the open project: the mode (annotate or review), each frame's status and markers
 * ({@link ReviewOverview}, rebuilt in the background after every edit), the QA findings (run in the background
 * on request: the workspace asks when review mode is first switched on), and the current frame's comments, findings and verdicts. Verdicts and
 * comments go through the workspace's edit history, so they are saved at once and undoable like any edit.
 * JavaFX thread only.
 */
public final class ReviewModel {
    /** What the workspace is for right now. */
    public enum Mode {
        ANNOTATE,
        REVIEW
    }

    private final WorkspaceModel workspace;
    private final ReviewBook book;
    private final Executor background;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.ANNOTATE);
    private final StringProperty reviewer = new SimpleStringProperty(this, "reviewer",
            System.getProperty("user.name", "reviewer"));
    private final ObjectProperty<LabelSet> reference = new SimpleObjectProperty<>(this, "reference");
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper(this, "comparison", "");
    private final ObjectProperty<Marker> filter = new SimpleObjectProperty<>(this, "filter");
    private final ReadOnlyObjectWrapper<ReviewOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper qaState = new ReadOnlyStringWrapper(this, "qaState", "");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<PinnedComment> frameComments = FXCollections.observableArrayList();
    private final ObservableList<Finding> frameFindings = FXCollections.observableArrayList();
    private final ObservableList<Integer> counts;
    private long overviewGeneration;

    public ReviewModel(WorkspaceModel workspace, Executor background) {
        this.workspace = workspace;
        this.background = background;
        this.book = new ReviewBook(workspace.store());
        workspace.frame().frameIdProperty().addListener((o, a, b) -> {
            refreshFrame();
            pushOverlay();
        });
        reference.addListener((o, a, b) -> {
            pushOverlay();
            compareInBackground();
        });
        workspace.selection().selectedIdProperty().addListener((o, a, b) -> refreshVerdict());
        // the workspace updates a frame's count after every do, undo and redo of a command touching it; its
        // accessor wraps the list anew on each call and the wrapper listens weakly, so the wrapper is kept here
        counts = workspace.objectCounts();
        counts.addListener((ListChangeListener<Integer>) c -> {
            refreshFrame();
            refreshOverview();
        });
        refreshOverview();
    }

    /** Annotate or review; the review controls show in review mode, comments in both. */
    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /**
     * Another label set to compare with (a project or a KITTI label folder): its boxes are drawn over the frame's,
     * and {@link #comparisonProperty()} scores this project against it. Null shows none.
     */
    public ObjectProperty<LabelSet> referenceProperty() {
        return reference;
    }

    /** The score against the reference as one line, or empty. */
    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Which frames the status row shows in full (the others dimmed); null shows every frame. */
    public ObjectProperty<Marker> filterProperty() {
        return filter;
    }

    /** Name written with verdicts and comments. */
    public StringProperty reviewerProperty() {
        return reviewer;
    }

    /** Frame statuses and markers; null until first built. */
    public ReadOnlyObjectProperty<ReviewOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** The verdict on the selection (or on the frame when nothing is selected), as one line. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** "Checking…", "12 findings", or the error of the last QA run. */
    public ReadOnlyStringProperty qaStateProperty() {
        return qaState.getReadOnlyProperty();
    }

    /** All findings of the last QA run (read-only). */
    public ObservableList<Finding> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    /** The current frame's comments, oldest first (read-only). */
    public ObservableList<PinnedComment> frameComments() {
        return FXCollections.unmodifiableObservableList(frameComments);
    }

    /** The current frame's findings (read-only). */
    public ObservableList<Finding> frameFindings() {
        return FXCollections.unmodifiableObservableList(frameFindings);
    }

    public ReviewBook book() {
        return book;
    }

    public WorkspaceModel workspace() {
        return workspace;
    }

    public void toggleMode() {
        mode.set(mode.get() == Mode.REVIEW ? Mode.ANNOTATE : Mode.REVIEW);
    }

    // ---- verdicts and comments ----------------------------------------------------------------------------------

    /** Accepts the selected object, or the frame when nothing is selected. */
    public void accept() {
        decide(ReviewStatus.ACCEPTED, "");
    }

    /** Rejects the selected object (or the frame) with a reason the annotator will read. */
    public void reject(String reason) {
        decide(ReviewStatus.REJECTED, reason == null ? "" : reason.trim());
    }

    private void decide(ReviewStatus status, String reason) {
        String frame = workspace.frame().frameId();
        if (frame == null) {
            return;
        }
        ObjectId object = workspace.selection().selectedIdProperty().get();
        workspace.execute(Decide.to(book, ReviewDecision.of(frame, object, status, reason, reviewer.get())));
    }

    /**
     * Adds a comment on the selected object, or on the frame when nothing is selected; {@code pin} places it at a
     * 3D position of the frame.
     */
    public void comment(String text, Optional<Pin> pin) {
        String frame = workspace.frame().frameId();
        if (frame == null || text == null || text.isBlank()) {
            return;
        }
        ObjectId object = workspace.selection().selectedIdProperty().get();
        workspace.execute(PutComment.add(book, new PinnedComment(Comment.create(frame, object, reviewer.get(),
                text.trim()), pin)));
    }

    /** Marks a comment resolved, or open again. */
    public void resolve(PinnedComment comment, boolean resolved) {
        workspace.execute(PutComment.resolve(book, comment, resolved));
    }

    // ---- navigation ---------------------------------------------------------------------------------------------

    /** Goes to the next frame with the marker (wrapping around); stays when there is none. */
    public void next(Marker marker) {
        ReviewOverview o = overview.get();
        int cur = workspace.frame().frameIndexProperty().get();
        if (o == null || o.frameIds().size() != workspace.frames().size()) {
            return;
        }
        OptionalInt next = o.next(marker, cur);
        next.ifPresent(workspace::goTo);
    }

    // ---- background refresh -------------------------------------------------------------------------------------

    /** Runs the automatic checks in the background; the markers and the frame's findings follow. */
    public Task<List<Finding>> runChecks() {
        qaState.set("Checking\u2026");
        Task<List<Finding>> task = new Task<>() {
            @Override
            protected List<Finding> call() throws Exception {
                Task<?> self = this;
                return QualityChecks.run(workspace.project(), FrameRange.ALL,
                        QaSettings.load(workspace.project().folder()), new ExportProgress() {
                            @Override
                            public void progress(long done, long total, String what) {
                                updateProgress(done, total);
                            }

                            @Override
                            public boolean isCancelled() {
                                return self.isCancelled();
                            }
                        });
            }
        };
        task.setOnSucceeded(e -> {
            findings.setAll(task.getValue());
            qaState.set(findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
            refreshFrame();
            refreshOverview();
        });
        task.setOnFailed(e -> qaState.set("Checks failed: " + task.getException().getMessage()));
        background.execute(task);
        return task;
    }

    /** Rebuilds the frame statuses and markers in the background. */
    public void refreshOverview() {
        long generation = ++overviewGeneration;
        List<Finding> snapshot = List.copyOf(findings);
        Task<ReviewOverview> task = new Task<>() {
            @Override
            protected ReviewOverview call() {
                return ReviewOverview.of(book, snapshot);
            }
        };
        task.setOnSucceeded(e -> {
            if (generation == overviewGeneration) {
                overview.set(task.getValue());
            }
        });
        task.setOnFailed(e -> qaState.set("Review state unreadable: " + task.getException().getMessage()));
        background.execute(task);
    }

    private void pushOverlay() {
        LabelSet ref = reference.get();
        String frame = workspace.frame().frameId();
        workspace.frame().setOverlay(ref == null || frame == null ? List.of()
                : ref.boxes(frame).stream().map(LabeledBox::box).toList());
    }

    private void compareInBackground() {
        LabelSet ref = reference.get();
        if (ref == null) {
            comparison.set("");
            return;
        }
        comparison.set("Comparing\u2026");
        Task<Comparison> task = new Task<>() {
            @Override
            protected Comparison call() {
                return new LabelComparer(0.5).compare(LabelSet.of(workspace.project()), ref);
            }
        };
        task.setOnSucceeded(e -> {
            if (reference.get() == ref) {
                Comparison.Scores s = task.getValue().overall();
                comparison.set(String.format(java.util.Locale.ROOT,
                        "vs %s: precision %.2f, recall %.2f, mean IoU %.2f", Path.of(ref.name()).getFileName(),
                        s.precision(), s.recall(), s.meanIou()));
            }
        });
        task.setOnFailed(e -> comparison.set("Comparison failed: " + task.getException().getMessage()));
        background.execute(task);
    }

    private void refreshFrame() {
        String frame = workspace.frame().frameId();
        if (frame == null) {
            return;
        }
        frameComments.setAll(book.comments(frame));
        frameFindings.setAll(findings.stream().filter(f -> f.frameId().equals(frame)).toList());
        refreshVerdict();
    }

    private void refreshVerdict() {
        String frame = workspace.frame().frameId();
        if (frame == null) {
            verdict.set("");
            return;
        }
        ObjectId object = workspace.selection().selectedIdProperty().get();
        String what = object == null ? "Frame " + frame : workspace.selection().selected()
                .map(o -> o.className() + " " + o.trackId()).orElse("Object");
        verdict.set(what + ": " + book.decision(frame, object).map(ReviewModel::describe).orElse("not reviewed"));
    }

    private static String describe(ReviewDecision d) {
        String s = d.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return d.reason().isEmpty() ? s : s + " \u2014 " + d.reason();
    }

    /** The object a comment is on, if it is on one of the current frame's objects. */
    public Optional<ObjectAnnotation> objectOf(PinnedComment c) {
        return c.comment().objectId().flatMap(id -> workspace.frame().objects().stream()
                .filter(o -> o.id().equals(id)).findFirst());
    }
}
