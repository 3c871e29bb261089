package dev.fuselage.project.store;

import dev.fuselage.core.edit.EditAction;

import java.time.Instant;
import java.util.Set;

/**
 * One row of the store's edit log: an edit as it was committed.
 *
 * @param seq         position in the log (increasing)
 * @param at          when it was committed
 * @param action      do, undo or redo
 * @param description the command's description
 * @param frameIds    the frames it touched
 */
public record EditLogEntry(long seq, Instant at, EditAction action, String description, Set<String> frameIds) {
    public EditLogEntry {
        frameIds = Set.copyOf(frameIds);
    }
}
