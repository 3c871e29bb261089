package dev.fuselage.core.edit;

import java.util.Set;

/**
 * One undoable edit. A command holds everything it needs (the object, its old and its new value, the frame), so
 * {@link #revert} restores exactly what {@link #apply} changed, whatever frame the user is looking at by then.
 * Run commands through {@link EditHistory}, which makes each run one durable edit of the model.
 */
public interface Command {

    /** Makes the change. */
    void apply(AnnotationModel model);

    /** Undoes what {@link #apply} did. */
    void revert(AnnotationModel model);

    /** Short text for menus and the edit log, e.g. {@code Move Car 12}. */
    String description();

    /** The frames this command changes. */
    Set<String> frameIds();
}
