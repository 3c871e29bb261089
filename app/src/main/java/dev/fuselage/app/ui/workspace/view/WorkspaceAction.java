package dev.fuselage.app.ui.workspace.view;

import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every command of the workspace with its menu, its label and its key. Menus, the key bindings and the
 * cheat sheet are all built from this list, so a key shown is a key that works: the keys reach their action from
 * anywhere in the window except while typing in a text field ({@link WorkspaceKeys}). Keys of box moves accept
 * Shift for a fine step.
 */
public enum WorkspaceAction {
    OPEN("File", "Open Folder or Project\u2026", "Shortcut+O"),
    EXPORT("File", "Export Dataset\u2026", "Shortcut+E"),
    CLOSE("File", "Close Window", "Shortcut+W"),

    UNDO("Edit", "Undo", "Shortcut+Z"),
    REDO("Edit", "Redo", "Shortcut+Shift+Z"),
    COPY("Edit", "Copy Box", "Shortcut+C"),
    PASTE("Edit", "Paste Box", "Shortcut+V"),
    COPY_TO_NEXT("Edit", "Copy Box to Next Frame", "Shortcut+Right"),
    SELECT_ALL("Edit", "Select All Boxes", "Shortcut+A"),
    DELETE("Edit", "Delete Selected Boxes", "Delete"),

    SELECT_TOOL("Tools", "Select / Move Tool", "V"),
    CREATE_TOOL("Tools", "Create Box Tool (drag in the view)", "N"),
    LEAVE_TOOL("Tools", "Leave Tool / Clear Selection", "Esc"),
    SNAP_GROUND("Tools", "Snap Bottom to Ground", "G"),

    MOVE_FORWARD("Box", "Move Forward", "W"),
    MOVE_BACK("Box", "Move Back", "S"),
    MOVE_LEFT("Box", "Move Left", "A"),
    MOVE_RIGHT("Box", "Move Right", "D"),
    MOVE_UP("Box", "Move Up", "Page Up"),
    MOVE_DOWN("Box", "Move Down", "Page Down"),
    TURN_LEFT("Box", "Turn Left", "Q"),
    TURN_RIGHT("Box", "Turn Right", "E"),
    LONGER("Box", "Longer", "Alt+W"),
    SHORTER("Box", "Shorter", "Alt+S"),
    WIDER("Box", "Wider", "Alt+A"),
    NARROWER("Box", "Narrower", "Alt+D"),
    TALLER("Box", "Taller", "Alt+Page Up"),
    LOWER("Box", "Lower", "Alt+Page Down"),

    BRUSH_TOOL("Segment", "Brush", "H"),
    LASSO_TOOL("Segment", "Lasso", "J"),
    POLYGON_TOOL("Segment", "Polygon (double-click closes)", "K"),
    RECTANGLE_TOOL("Segment", "Rectangle", "Y"),
    SMART_SELECT("Segment", "Smart Select (click grows a region)", "M"),
    BOX_TOOLS("Segment", "Box Tools (no paint tool; Esc too)", "Shift+Esc"),
    SUBTRACT("Segment", "Add / Subtract", "X"),
    OVERWRITE("Segment", "Overwrite On / Off", "O"),
    VISIBLE_SURFACE("Segment", "Visible Surface / All Through", "I"),
    BOX_TO_POINTS("Segment", "Box \u2192 Points", "T"),
    ALL_BOXES_TO_POINTS("Segment", "All Boxes of the Frame \u2192 Points", "Shift+T"),
    GROUND("Segment", "Label Ground", "Shortcut+G"),
    NEW_INSTANCE("Segment", "New Instance", "Shortcut+I"),
    JOIN_INSTANCE("Segment", "Join Selected Instance into Active", "Shortcut+J"),
    SPLIT_INSTANCE("Segment", "Split Selection into New Instance", "Shortcut+K"),
    HIDE_CLASS("Segment", "Hide / Show Active Class", "Alt+H"),
    ISOLATE_CLASS("Segment", "Isolate Active Class / Show All", "Alt+I"),
    UNLABELED_ONLY("Segment", "Show Unlabelled Only / All", "Alt+U"),
    COLOR_MODE("Segment", "Colour by Class / Instance / Height", "Shift+C"),
    MERGED_VIEW("Segment", "Merged View of Frames On / Off", "Shortcut+M"),

    NEXT_FRAME("Frame", "Next Frame", "Right"),
    PREVIOUS_FRAME("Frame", "Previous Frame", "Left"),
    NEXT_UNLABELED("Frame", "Next Unlabeled Frame", "U"),
    PLAY("Frame", "Play / Pause", "Space"),

    BIRDS_EYE("View", "Bird's-Eye View On / Off", "B"),
    FLY("View", "Fly Mode On / Off", "L"),
    FIT("View", "Fit to Cloud", "F"),
    RESET_CAMERA("View", "Reset Camera", "R"),
    LARGER_POINTS("View", "Larger Points", "Shortcut+Equals"),
    SMALLER_POINTS("View", "Smaller Points", "Shortcut+Minus"),
    NEXT_COLOR_MODE("View", "Next Point Colouring (intensity, height, class)", "C"),
    CAMERA_POINTS("View", "Lidar Points in Camera Images", "P"),

    PRELABEL_FRAME("AI", "Pre-label Frame", "Shortcut+P"),
    PRELABEL_RANGE("AI", "Pre-label Frames\u2026", "Shortcut+Shift+P"),
    PRELABEL_ALL("AI", "Pre-label All Frames", "Shortcut+Alt+P"),
    ACCEPT_PRELABEL("AI", "Accept Pre-label", "Alt+Y"),
    ACCEPT_ALL_PRELABELS("AI", "Accept All Pre-labels in Frame", "Alt+Shift+Y"),
    REJECT_PRELABEL("AI", "Reject Pre-label", "Alt+X"),
    REFIT("AI", "Refit Box to Its Points", "Alt+T"),
    INTERPOLATE_TRACK("AI", "Interpolate Track Between Keyframes", "Alt+K"),

    REVIEW_MODE("Review", "Review Mode On / Off", "Shortcut+R"),
    ACCEPT("Review", "Accept Selection or Frame", "Shortcut+Shift+A"),
    REJECT("Review", "Reject Selection or Frame (with the reason typed)", "Shortcut+Shift+R"),
    NEXT_REJECTED("Review", "Next Rejected Frame", "F6"),
    NEXT_FINDING("Review", "Next Frame with a QA Finding", "F7"),
    NEXT_COMMENT("Review", "Next Frame with an Open Comment", "F8"),
    RUN_CHECKS("Review", "Run Automatic Checks", "Shortcut+Shift+Q"),
    GALLERY("Review", "Track Gallery of the Selection", "Shortcut+Shift+G"),
    DASHBOARD("Review", "Dashboard", "Shortcut+Shift+D"),
    COMPARE("Review", "Compare with Another Label Set\u2026", "Shortcut+Shift+C"),

    CHEAT_SHEET("Help", "Keyboard Shortcuts", "F1"),
    ABOUT("Help", "About Fuselage", "Shift+F1");

    private final String menu;
    private final String label;
    private final KeyCodeCombination key;

    WorkspaceAction(String menu, String label, String key) {
        this.menu = menu;
        this.label = label;
        // a name JavaFX does not know as a key ("Page_Up") parses as a character combination that never matches a
        // key press: refuse it here, so a wrong name fails at start-up instead of leaving a dead key in the menus
        if (!(KeyCombination.keyCombination(key) instanceof KeyCodeCombination k)) {
            throw new IllegalArgumentException(name() + ": '" + key + "' is not a JavaFX key name");
        }
        this.key = k;
    }

    /** The menu the action is in. */
    public String menu() {
        return menu;
    }

    public String label() {
        return label;
    }

    /** The key. */
    public KeyCodeCombination key() {
        return key;
    }

    /** Whether Shift with the key means a fine step. */
    public boolean takesFineStep() {
        return "Box".equals(menu);
    }

    /** The Shift variant of the key (the fine step), for actions that {@link #takesFineStep() take one}. */
    public KeyCodeCombination fineKey() {
        return key.getAlt() == KeyCombination.ModifierValue.DOWN
                ? new KeyCodeCombination(key.getCode(), KeyCombination.SHIFT_DOWN, KeyCombination.ALT_DOWN)
                : new KeyCodeCombination(key.getCode(), KeyCombination.SHIFT_DOWN);
    }
}
