package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.project.EditSession;
import dev.fuselage.project.FrameNavigator;
import dev.fuselage.render.scene.FrameCloud;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.render.Renderer;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open project as the workspace sees it, in JavaFX properties the views bind to: its frames and per-frame
 * object counts, the current frame ({@link FrameViewModel}), the selection, the active tool. The project layer does
 * the work: every edit goes through the project's {@link EditSession} (one undo history that survives frame
 * switches; undoing an edit of another frame brings that frame back), and frames come from its
 * {@link FrameNavigator}, which reads and prepares clouds in the background and prefetches the neighbours; the
 * JavaFX thread only swaps a ready cloud and the frame's boxes into the scene. JavaFX thread only.
 */
public final class WorkspaceModel {

    private final ProjectStore project;
    private final AnnotationStore store;
    private final EditSession edits;
    private final Ontology ontology;
    private final FrameNavigator<FrameCloud> navigator;
    private final SelectionModel selection = new SelectionModel();
    private final ToolModel tools = new ToolModel();
    private final ViewSettingsModel view;
    private final FrameViewModel frame;
    private final Renderer renderer;
    private final Executor background;
    private final ObservableList<String> frames = FXCollections.observableArrayList();
    private final ObservableList<Integer> objectCounts = FXCollections.observableArrayList();
    private final ObservableList<String> framesView = FXCollections.unmodifiableObservableList(frames);
    private final ObservableList<Integer> objectCountsView = FXCollections.unmodifiableObservableList(objectCounts);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private boolean closed;
    private final ReadOnlyDoubleWrapper switchMillis = new ReadOnlyDoubleWrapper(this, "switchMillis", Double.NaN);
    private final java.util.List<java.util.function.Consumer<Set<String>>> editListeners =
            new java.util.ArrayList<>();

    public WorkspaceModel(ProjectStore project, Ontology ontology, Renderer renderer, Executor background)
            throws IOException {
        this.project = project;
        this.store = project.annotations();
        this.ontology = ontology;
        this.renderer = renderer;
        this.background = background;
        this.navigator = FrameNavigator.of(project, background, FrameCloud::prepare);
        this.edits = new EditSession(project);
        this.frame = new FrameViewModel(renderer.scene(), ontology, selection);
        this.view = new ViewSettingsModel(renderer.scene(), frame);
        frames.setAll(navigator.frames());
        for (String id : frames) {
            objectCounts.add(edits.objectCount(id));
        }
        ontology.concreteClasses().stream().findFirst().ifPresent(c -> tools.activeClassProperty().set(c.name()));
        edits.addListener(this::afterEdit);
        // edits are stored as they are made, but the undo history lives only as long as the window: say so
        saveState.set(project.readOnlyReason().map(r -> "Read-only: " + r)
                .orElse("All changes saved \u2022 undo history starts with this window"));
    }

    public String projectName() {
        return project.descriptor().name();
    }

    /** The renderer of this workspace's window (its scene shows the current frame). */
    public Renderer renderer() {
        return renderer;
    }

    /** The executor this workspace's background work runs on (frame reads, checks, the review overview). */
    public Executor background() {
        return background;
    }

    public ProjectStore project() {
        return project;
    }

    public Ontology ontology() {
        return ontology;
    }

    /** The project's annotations, to read (change them only through {@link #execute}). */
    public AnnotationStore store() {
        return store;
    }

    /** The project's edit session: the undo history every edit of this window goes through. */
    public EditSession edits() {
        return edits;
    }

    public SelectionModel selection() {
        return selection;
    }

    public ToolModel tools() {
        return tools;
    }

    public FrameViewModel frame() {
        return frame;
    }

    /** Point size and colouring of the 3D view. */
    public ViewSettingsModel view() {
        return view;
    }

    /** A short note for the status bar about the last command that did nothing visible (empty when none). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Frame ids in sequence order (read-only; always the same list, so listeners stay attached). */
    public ObservableList<String> frames() {
        return framesView;
    }

    /** Objects per frame, parallel to {@link #frames()} (read-only, always the same list): the timeline's markers. */
    public ObservableList<Integer> objectCounts() {
        return objectCountsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** "All changes saved", "Read-only: …" or "Not saved: …" (every edit is saved as it is made). */
    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The last error as one line, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Milliseconds the last frame switch took, from the request to the frame's data in the scene. */
    public ReadOnlyDoubleProperty switchMillisProperty() {
        return switchMillis.getReadOnlyProperty();
    }

    /** The current frame's cloud, or null while none is shown. */
    public PointCloud cloud() {
        return frame.cloudProperty().get();
    }

    // ---- frames -------------------------------------------------------------------------------------------------

    /**
     * Shows frame {@code index}. Its cloud comes from the cache, read and prepared for drawing in the background
     * (already, when prefetched: then the switch happens at once, on this thread, and costs only the swap of the
     * scene's cloud and boxes); the neighbours are prefetched next.
     *
     * @return completes on the JavaFX thread once the frame is shown (or was overtaken by a newer switch)
     */
    public CompletableFuture<Void> goTo(int index) {
        if (index < 0 || index >= frames.size()) {
            return CompletableFuture.completedFuture(null);
        }
        long start = System.nanoTime();
        FrameNavigator<FrameCloud>.Load load = navigator.load(index);
        CompletableFuture<FrameCloud> cloud = load.data();
        if (cloud.isDone() && !cloud.isCompletedExceptionally() && Platform.isFxApplicationThread()) {
            apply(load, cloud.join(), null, start);
            return CompletableFuture.completedFuture(null);
        }
        loading.set(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        cloud.whenComplete((c, e) -> Platform.runLater(() -> {
            apply(load, c, e, start);
            done.complete(null);
        }));
        return done;
    }

    /**
     * Starts reading and preparing frame {@code index}'s cloud in the background, so that a {@link #goTo} of it
     * soon after finds it ready or on its way: the launcher calls it for the first frame while the window is still
     * being built. Call it before the model is handed to the JavaFX thread, or on that thread.
     */
    public void preload(int index) {
        if (index >= 0 && index < frames.size()) {
            navigator.data(frames.get(index));
        }
    }

    private void apply(FrameNavigator<FrameCloud>.Load load, FrameCloud c, Throwable e, long start) {
        if (!load.isLatest() || closed) {
            return; // a newer switch overtook this one, or the window closed meanwhile
        }
        int index = load.index();
        loading.set(false);
        if (e != null) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            error.set("Could not load frame " + frames.get(index) + ": " + cause.getMessage());
            return;
        }
        String id = frames.get(index);
        notice.set("");
        frame.show(id, c, index, store.objects(id));
        switchMillis.set((System.nanoTime() - start) / 1e6);
        navigator.shown(load);
    }

    public CompletableFuture<Void> next() {
        return goTo(frame.frameIndexProperty().get() + 1);
    }

    public CompletableFuture<Void> previous() {
        return goTo(frame.frameIndexProperty().get() - 1);
    }

    /** Goes to the first frame after the current one without objects (wrapping around); stays when none. */
    public CompletableFuture<Void> nextUnlabeled() {
        int n = frames.size(), cur = frame.frameIndexProperty().get();
        java.util.OptionalInt next = navigator.nextWhere(i -> objectCounts.get(i) == 0);
        if (next.isPresent()) {
            notice.set("");
            return goTo(next.getAsInt());
        }
        notice.set(n <= 1 || objectCounts.get(Math.max(0, cur)) == 0 ? "No other unlabeled frame"
                : "Every frame has objects: no unlabeled frame left");
        return CompletableFuture.completedFuture(null);
    }

    /** Whether a frame's cloud is already read and prepared (prefetched). */
    public boolean isPrefetched(int index) {
        return navigator.isReady(index);
    }

    // ---- edits --------------------------------------------------------------------------------------------------

    /** Runs an edit through the history (saved before this returns); failures end up in {@link #errorProperty}. */
    public boolean execute(Command command) {
        return reported(edits.execute(command));
    }

    public void undo() {
        reported(edits.undo());
    }

    public void redo() {
        reported(edits.redo());
    }

    /** Shows a failed edit's message; a successful one was shown by {@link #afterEdit}. */
    private boolean reported(boolean done) {
        if (!done && !edits.lastError().isEmpty()) {
            saveState.set(edits.saveState());
            error.set(edits.lastError());
        }
        return done;
    }

    private void afterEdit(EditAction action, Command command, Set<String> touched) {
        for (String id : touched) {
            int i = frames.indexOf(id);
            if (i >= 0) {
                objectCounts.set(i, edits.objectCount(id));
            }
        }
        String current = frame.frameId();
        if (current != null && touched.contains(current)) {
            frame.setObjects(store.objects(current));
        } else if (action != EditAction.DO && touched.size() == 1) {
            goTo(frames.indexOf(touched.iterator().next())); // undo of another frame's edit: show it
        }
        canUndo.set(edits.canUndo());
        canRedo.set(edits.canRedo());
        undoText.set(edits.undoLabel());
        redoText.set(edits.redoLabel());
        saveState.set(edits.saveState());
        for (java.util.function.Consumer<Set<String>> l : editListeners) {
            l.accept(touched);
        }
    }

    /** The objects of the current frame as stored now. */
    public List<ObjectAnnotation> currentObjects() {
        return frame.objects();
    }

    /**
     * Adds a listener told the frame ids an edit, undo or redo touched, after the workspace took it in (the paint
     * tools bring their view of point labels in line with the store).
     */
    public void addEditListener(java.util.function.Consumer<Set<String>> listener) {
        editListeners.add(listener);
    }

    /** A frame's cloud, read and prepared in the background (from the cache when there). */
    public CompletableFuture<FrameCloud> frameCloud(String frameId) {
        return navigator.data(frameId);
    }

    /** Closes the project (its store and lock); the workspace is unusable afterwards. */
    public void close() throws IOException {
        closed = true;
        project.close();
    }
}
