package dev.fuselage.app.ui.workspace.view;

import javafx.scene.input.KeyCombination;

/**
 * Every command of the workspace with its menu, its label and its key. Menus, the key bindings and the
 * cheat sheet are all built from this list, so a key shown is a key that works. Keys of box moves accept Shift
 * for a fine step.
 */
public enum WorkspaceAction {
    OPEN("File", "Open Project or Folder\u2026", "Shortcut+O"),
    EXPORT("File", "Export Dataset…", "Shortcut+E"),
    CLOSE("File", "Close Window", "Shortcut+W"),

    UNDO("Edit", "Undo", "Shortcut+Z"),
    REDO("Edit", "Redo", "Shortcut+Shift+Z"),
    COPY("Edit", "Copy Box", "Shortcut+C"),
    PASTE("Edit", "Paste Box", "Shortcut+V"),
    COPY_TO_NEXT("Edit", "Copy Box to Next Frame", "Shortcut+Right"),
    DELETE("Edit", "Delete Box", "Delete"),

    SELECT_TOOL("Tools", "Select", "V"),
    CREATE_TOOL("Tools", "Create Box (drag in bird's-eye view)", "N"),
    SNAP_GROUND("Tools", "Snap Bottom to Ground", "G"),

    MOVE_FORWARD("Box", "Move Forward", "W"),
    MOVE_BACK("Box", "Move Back", "S"),
    MOVE_LEFT("Box", "Move Left", "A"),
    MOVE_RIGHT("Box", "Move Right", "D"),
    MOVE_UP("Box", "Move Up", "Page_Up"),
    MOVE_DOWN("Box", "Move Down", "Page_Down"),
    TURN_LEFT("Box", "Turn Left", "Q"),
    TURN_RIGHT("Box", "Turn Right", "E"),
    LONGER("Box", "Longer", "Alt+W"),
    SHORTER("Box", "Shorter", "Alt+S"),
    WIDER("Box", "Wider", "Alt+A"),
    NARROWER("Box", "Narrower", "Alt+D"),
    TALLER("Box", "Taller", "Alt+Page_Up"),
    LOWER("Box", "Lower", "Alt+Page_Down"),

    NEXT_FRAME("Frame", "Next Frame", "Right"),
    PREVIOUS_FRAME("Frame", "Previous Frame", "Left"),
    NEXT_UNLABELED("Frame", "Next Unlabeled Frame", "U"),
    PLAY("Frame", "Play / Pause", "Space"),

    CAMERA_POINTS("View", "Lidar Points in Camera Images", "P"),

    PRELABEL_FRAME("AI", "Pre-label Frame", "Shortcut+I"),
    PRELABEL_RANGE("AI", "Pre-label Frames\u2026", "Shortcut+Shift+I"),
    PRELABEL_ALL("AI", "Pre-label All Frames", "Shortcut+Alt+I"),
    ACCEPT_PRELABEL("AI", "Accept Pre-label", "Y"),
    ACCEPT_ALL_PRELABELS("AI", "Accept All Pre-labels in Frame", "Shift+Y"),
    REJECT_PRELABEL("AI", "Reject Pre-label", "X"),
    REFIT("AI", "Refit Box to Its Points", "T"),
    INTERPOLATE_TRACK("AI", "Interpolate Track Between Keyframes", "K"),

    CHEAT_SHEET("Help", "Keyboard Shortcuts", "F1");

    private final String menu;
    private final String label;
    private final String key;

    WorkspaceAction(String menu, String label, String key) {
        this.menu = menu;
        this.label = label;
        this.key = key;
    }

    /** The menu the action is in. */
    public String menu() {
        return menu;
    }

    public String label() {
        return label;
    }

    /** The key as JavaFX parses it. */
    public KeyCombination key() {
        return KeyCombination.keyCombination(key);
    }

    /** Whether Shift with the key means a fine step. */
    public boolean takesFineStep() {
        return "Box".equals(menu);
    }
}
