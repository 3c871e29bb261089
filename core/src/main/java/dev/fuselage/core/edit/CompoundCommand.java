package dev.fuselage.core.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Several commands that form one edit (delete five boxes, propagate a box to ten frames): applied in order,
 * reverted in reverse order, undone and redone as one step, and persisted as one transaction.
 */
public record CompoundCommand(String description, List<Command> parts) implements Command {
    public CompoundCommand {
        Objects.requireNonNull(description, "description");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a compound command needs at least one part");
        }
    }

    @Override
    public void apply(AnnotationModel model) {
        for (Command c : parts) {
            c.apply(model);
        }
    }

    @Override
    public void revert(AnnotationModel model) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).revert(model);
        }
    }

    @Override
    public Set<String> frameIds() {
        Set<String> frames = new LinkedHashSet<>();
        for (Command c : parts) {
            frames.addAll(c.frameIds());
        }
        return frames;
    }
}
