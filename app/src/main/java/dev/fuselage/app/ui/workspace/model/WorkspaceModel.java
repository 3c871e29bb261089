package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.project.FrameCache;
import dev.fuselage.render.scene.FrameCloud;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
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
 * The open project as the workspace sees it: its frames and per-frame object counts, the current frame
 * ({@link FrameViewModel}), the selection, the active tool, and the one {@link EditHistory} every edit goes
 * through (it survives frame switches; undoing an edit of another frame brings that frame back). Frame clouds
 * are read and prepared for drawing in the background through a {@link FrameCache} that prefetches the
 * neighbours; the JavaFX thread only swaps a ready cloud and the frame's boxes into the scene. JavaFX thread only.
 */
public final class WorkspaceModel {
    /** Undo depth. */
    public static final int HISTORY_LIMIT = 500;
    private static final int CACHE_FRAMES = 7;

    private final ProjectStore project;
    private final AnnotationStore store;
    private final EditHistory history;
    private final Ontology ontology;
    private final ProjectFrames source;
    private final FrameCache<FrameCloud> cache;
    private final SelectionModel selection = new SelectionModel();
    private final ToolModel tools = new ToolModel();
    private final ViewSettingsModel view;
    private final FrameViewModel frame;
    private final Renderer renderer;
    private final Executor background;
    private final ObservableList<String> frames = FXCollections.observableArrayList();
    private final ObservableList<Integer> objectCounts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyDoubleWrapper switchMillis = new ReadOnlyDoubleWrapper(this, "switchMillis", Double.NaN);
    private long switchGeneration;

    public WorkspaceModel(ProjectStore project, Ontology ontology, Renderer renderer, Executor background)
            throws IOException {
        this.project = project;
        this.store = project.annotations();
        this.ontology = ontology;
        this.renderer = renderer;
        this.background = background;
        this.source = ProjectFrames.requireSources(project.folder(), project.descriptor());
        this.cache = new FrameCache<>(source, background, CACHE_FRAMES, FrameCloud::prepare);
        this.history = new EditHistory(store, HISTORY_LIMIT);
        this.frame = new FrameViewModel(renderer.scene(), ontology, selection);
        this.view = new ViewSettingsModel(renderer.scene(), frame);
        List<String> ids = new ArrayList<>(store.frames());
        source.frameIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        frames.setAll(ids.stream().filter(source::contains).toList());
        for (String id : frames) {
            objectCounts.add(store.objects(id).size());
        }
        ontology.concreteClasses().stream().findFirst().ifPresent(c -> tools.activeClassProperty().set(c.name()));
        history.addListener((h, action, command) -> afterEdit(action, command));
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

    public AnnotationStore store() {
        return store;
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

    /** Frame ids in sequence order (read-only). */
    public ObservableList<String> frames() {
        return FXCollections.unmodifiableObservableList(frames);
    }

    /** Objects per frame, parallel to {@link #frames()} (read-only): the timeline's markers. */
    public ObservableList<Integer> objectCounts() {
        return FXCollections.unmodifiableObservableList(objectCounts);
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
        String id = frames.get(index);
        long generation = ++switchGeneration;
        long start = System.nanoTime();
        CompletableFuture<FrameCloud> cloud = cache.get(id);
        if (cloud.isDone() && !cloud.isCompletedExceptionally() && Platform.isFxApplicationThread()) {
            apply(generation, index, cloud.join(), null, start);
            return CompletableFuture.completedFuture(null);
        }
        loading.set(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        cloud.whenComplete((c, e) -> Platform.runLater(() -> {
            apply(generation, index, c, e, start);
            done.complete(null);
        }));
        return done;
    }

    private void apply(long generation, int index, FrameCloud c, Throwable e, long start) {
        if (generation != switchGeneration) {
            return; // a newer switch overtook this one
        }
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
        prefetchAround(index);
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
        for (int k = 1; k < n; k++) {
            int i = (cur + k) % n;
            if (objectCounts.get(i) == 0) {
                notice.set("");
                return goTo(i);
            }
        }
        notice.set(n <= 1 || objectCounts.get(Math.max(0, cur)) == 0 ? "No other unlabeled frame"
                : "Every frame has objects: no unlabeled frame left");
        return CompletableFuture.completedFuture(null);
    }

    private void prefetchAround(int index) {
        List<String> near = new ArrayList<>();
        for (int d : new int[] {1, -1, 2}) {
            int i = index + d;
            if (i >= 0 && i < frames.size()) {
                near.add(frames.get(i));
            }
        }
        cache.prefetch(near);
    }

    /** Whether a frame's cloud is already read and prepared (prefetched). */
    public boolean isPrefetched(int index) {
        return index >= 0 && index < frames.size() && cache.isReady(frames.get(index));
    }

    // ---- edits --------------------------------------------------------------------------------------------------

    /** Runs an edit through the history (saved before this returns); failures end up in {@link #errorProperty}. */
    public boolean execute(Command command) {
        try {
            history.execute(command);
            return true;
        } catch (RuntimeException e) {
            fail(command.description(), e);
            return false;
        }
    }

    public void undo() {
        try {
            history.undo();
        } catch (RuntimeException e) {
            fail("Undo", e);
        }
    }

    public void redo() {
        try {
            history.redo();
        } catch (RuntimeException e) {
            fail("Redo", e);
        }
    }

    private void fail(String what, RuntimeException e) {
        saveState.set("Not saved: " + e.getMessage());
        error.set(what + " failed: " + e.getMessage());
    }

    private void afterEdit(EditAction action, Command command) {
        Set<String> touched = command.frameIds();
        for (String id : touched) {
            int i = frames.indexOf(id);
            if (i >= 0) {
                objectCounts.set(i, store.objects(id).size());
            }
        }
        String current = frame.frameId();
        if (current != null && touched.contains(current)) {
            frame.setObjects(store.objects(current));
        } else if (action != EditAction.DO && touched.size() == 1) {
            goTo(frames.indexOf(touched.iterator().next())); // undo of another frame's edit: show it
        }
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.nextUndo().map(c -> "Undo " + c.description()).orElse("Undo"));
        redoText.set(history.nextRedo().map(c -> "Redo " + c.description()).orElse("Redo"));
        saveState.set("All changes saved (" + store.editCount() + " edits)");
    }

    /** The objects of the current frame as stored now. */
    public List<ObjectAnnotation> currentObjects() {
        return frame.objects();
    }

    /** Closes the project (its store and lock); the workspace is unusable afterwards. */
    public void close() throws IOException {
        switchGeneration++;
        project.close();
    }
}
