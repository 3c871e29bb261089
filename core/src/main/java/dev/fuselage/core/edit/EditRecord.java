package dev.fuselage.core.edit;

import java.util.Objects;
import java.util.Set;

/**
 * What a model is told about an edit it is about to perform, so a persistent model can log it in the same
 * transaction as the change itself.
 *
 * @param action      do, undo or redo
 * @param description the command's description, e.g. {@code Move Car 12}
 * @param frameIds    the frames the edit touches
 */
public record EditRecord(EditAction action, String description, Set<String> frameIds) {
    public EditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(description, "description");
        frameIds = Set.copyOf(frameIds);
    }
}
