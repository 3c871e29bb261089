package dev.fuselage.app.ui.workspace.view;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keeps single-key shortcuts (class digits, W/A/S/D) from firing while the user types into a text field: the
 * field's plain key presses are consumed after the field has handled them, so the scene's accelerators never see
 * them. Typing itself arrives as key-typed events and is not affected.
 */
public final class KeyGuard {
    private KeyGuard() {
    }

    public static void keepPlainKeys(TextInputControl field) {
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean shortcut = e.isShortcutDown() || e.isAltDown();
            // Enter and Tab stay: they commit the field (its action) and move on
            if (!shortcut && e.getCode() != KeyCode.ESCAPE && e.getCode() != KeyCode.ENTER
                    && e.getCode() != KeyCode.TAB && !e.getCode().isFunctionKey()) {
                e.consume();
            }
        });
    }
}
