package dev.fuselage.app.ui.workspace.view;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The workspace's keys, independent of focus: a filter on the window's scene sees every key press before the
 * focused control does, so {@code Left} still changes the frame after a click in the object list and
 * {@code Space} still plays after a click on a button. Only a text field being typed in keeps its keys (Escape
 * there hands the keys back to the window).
 */
final class WorkspaceKeys {
    private final Map<KeyCombination, Runnable> bindings = new LinkedHashMap<>();
    private final Runnable leaveTextField;

    /** @param leaveTextField moves the focus out of a text field (Escape while typing) */
    WorkspaceKeys(Runnable leaveTextField) {
        this.leaveTextField = leaveTextField;
    }

    /** Binds a key; the first binding of a key wins. */
    void bind(KeyCombination key, Runnable action) {
        bindings.putIfAbsent(key, action);
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::route);
    }

    /** Runs the action of a key press, if it has one and no text field is being typed in; consumes it then. */
    void route(KeyEvent e) {
        if (e.getTarget() instanceof Node n && typingIn(n)) {
            if (e.getCode() == KeyCode.ESCAPE) {
                leaveTextField.run();
                e.consume();
            }
            return;
        }
        for (Map.Entry<KeyCombination, Runnable> b : bindings.entrySet()) {
            if (b.getKey().match(e)) {
                e.consume();
                b.getValue().run();
                return;
            }
        }
    }

    private static boolean typingIn(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TextInputControl t) {
                return t.isEditable();
            }
        }
        return false;
    }
}
