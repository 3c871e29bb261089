package dev.fuselage.core.edit;

/** Which way a command is being run. */
public enum EditAction {
    /** First application of a new command. */
    DO,
    /** Revert of the most recent applied command. */
    UNDO,
    /** Re-application of the most recently undone command. */
    REDO
}
