package dev.fuselage.core.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Undo and redo stacks over one {@link AnnotationModel}. Every run of a command (do, undo, redo) is one
 * {@link AnnotationModel#edit edit} of the model, so a persistent model saves it before the call returns.
 *
 * <p>There is one history per project, not per frame: commands carry their frame ids, so switching frames keeps
 * the history, and undo in frame 7 of an edit made in frame 3 reverts frame 3 (the listener gets the command, so
 * the UI can show that frame). The oldest commands fall off beyond {@link #limit()}.
 *
 * <p>Not thread-safe: the UI thread owns it.
 */
public final class EditHistory {

    /** Told after every successful do, undo and redo. */
    @FunctionalInterface
    public interface Listener {
        void historyChanged(EditHistory history, EditAction action, Command command);
    }

    private final AnnotationModel model;
    private final int limit;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public EditHistory(AnnotationModel model, int limit) {
        this.model = Objects.requireNonNull(model, "model");
        if (limit < 1) {
            throw new IllegalArgumentException("history limit must be >= 1: " + limit);
        }
        this.limit = limit;
    }

    /**
     * Applies a new command and puts it on the undo stack (clearing redo). If applying fails, the model is left as
     * it was (for models whose {@code edit} is atomic) and the history is unchanged.
     */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        model.edit(new EditRecord(EditAction.DO, command.description(), command.frameIds()),
                () -> command.apply(model));
        undo.push(command);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        fire(EditAction.DO, command);
    }

    /** Reverts the most recent command; empty when there is nothing to undo. */
    public Optional<Command> undo() {
        Command command = undo.peek();
        if (command == null) {
            return Optional.empty();
        }
        model.edit(new EditRecord(EditAction.UNDO, command.description(), command.frameIds()),
                () -> command.revert(model));
        undo.pop();
        redo.push(command);
        fire(EditAction.UNDO, command);
        return Optional.of(command);
    }

    /** Re-applies the most recently undone command; empty when there is nothing to redo. */
    public Optional<Command> redo() {
        Command command = redo.peek();
        if (command == null) {
            return Optional.empty();
        }
        model.edit(new EditRecord(EditAction.REDO, command.description(), command.frameIds()),
                () -> command.apply(model));
        redo.pop();
        undo.push(command);
        fire(EditAction.REDO, command);
        return Optional.of(command);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would revert, for the menu ("Undo Move Car 12"). */
    public Optional<Command> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** What redo would re-apply. */
    public Optional<Command> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    public int undoSize() {
        return undo.size();
    }

    public int redoSize() {
        return redo.size();
    }

    public int limit() {
        return limit;
    }

    /** Forgets all commands (the model keeps its state). */
    public void clear() {
        undo.clear();
        redo.clear();
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire(EditAction action, Command command) {
        for (Listener l : listeners) {
            l.historyChanged(this, action, command);
        }
    }
}
