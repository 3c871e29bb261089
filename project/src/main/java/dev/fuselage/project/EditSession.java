package dev.fuselage.project;

import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The edits of one open project, as the workspace and the command line share them: the one undo history every
 * edit goes through (saved before {@link #execute} returns), its undo/redo labels, the save state and the object
 * count of each frame. A failed edit leaves the store and the history as they were and is reported through
 * {@link #saveState()} and the returned flag, never thrown at the UI.
 *
 * <p>Not thread-safe: one thread (the UI thread, or the command line's) owns it.
 */
public final class EditSession {
    /** Undo depth. */
    public static final int HISTORY_LIMIT = 500;

    /** Told after every successful do, undo and redo, with the frames the command touched. */
    @FunctionalInterface
    public interface Listener {
        void edited(EditAction action, Command command, Set<String> frames);
    }

    private final ProjectStore project;
    private final AnnotationStore store;
    private final EditHistory history;
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private String saveState;
    private String lastError = "";

    public EditSession(ProjectStore project) {
        this.project = Objects.requireNonNull(project, "project");
        this.store = project.annotations();
        this.history = new EditHistory(store, HISTORY_LIMIT);
        this.saveState = project.readOnlyReason().map(r -> "Read-only: " + r).orElse("All changes saved");
        history.addListener((h, action, command) -> afterEdit(action, command));
    }

    /** The annotations the edits act on (read them freely; change them only through {@link #execute}). */
    public AnnotationStore annotations() {
        return store;
    }

    /** Applies a new edit; false (and {@link #lastError()}) when it failed and nothing changed. */
    public boolean execute(Command command) {
        lastError = "";
        try {
            history.execute(command);
            return true;
        } catch (RuntimeException e) {
            fail(command.description(), e);
            return false;
        }
    }

    /** Reverts the latest edit; false when there was none or it failed. */
    public boolean undo() {
        lastError = "";
        try {
            return history.undo().isPresent();
        } catch (RuntimeException e) {
            fail("Undo", e);
            return false;
        }
    }

    /** Re-applies the latest undone edit; false when there was none or it failed. */
    public boolean redo() {
        lastError = "";
        try {
            return history.redo().isPresent();
        } catch (RuntimeException e) {
            fail("Redo", e);
            return false;
        }
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** The undo menu item's text: "Undo Move Car 12", or "Undo" when there is nothing to undo. */
    public String undoLabel() {
        return history.nextUndo().map(c -> "Undo " + c.description()).orElse("Undo");
    }

    /** The redo menu item's text. */
    public String redoLabel() {
        return history.nextRedo().map(c -> "Redo " + c.description()).orElse("Redo");
    }

    /** "All changes saved (N edits)", "Read-only: …" or "Not saved: …". */
    public String saveState() {
        return saveState;
    }

    /** The failure of the latest execute, undo or redo as one line ("Move Car 3 failed: …"), or empty. */
    public String lastError() {
        return lastError;
    }

    /** Objects stored for a frame now (cached; refreshed by every edit touching the frame). */
    public int objectCount(String frameId) {
        return counts.computeIfAbsent(frameId, id -> store.objects(id).size());
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fail(String what, RuntimeException e) {
        saveState = "Not saved: " + e.getMessage();
        lastError = what + " failed: " + e.getMessage();
    }

    private void afterEdit(EditAction action, Command command) {
        Set<String> touched = command.frameIds();
        for (String id : touched) {
            counts.put(id, store.objects(id).size());
        }
        saveState = "All changes saved (" + store.editCount() + " edits)";
        lastError = "";
        for (Listener l : listeners) {
            l.edited(action, command, touched);
        }
    }
}
