package dev.fuselage.app.ui.help;

import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The short overlay of the main keys a first start shows over the workspace: the keys come from
 * {@link WorkspaceAction} and the ontology, so they are the keys that work. "Got it", Escape or a click outside
 * the card dismisses it; F1 (Help &gt; Keyboard Shortcuts) has the full list.
 */
public final class KeyOverlay extends StackPane {
    /** The style sheet of the overlay. */
    static final String STYLESHEET = "/dev/fuselage/app/ui/help/help.css";

    /**
     * One line of the overlay.
     *
     * @param keys  the keys, as menus show them
     * @param label what they do
     */
    public record Row(String keys, String label) {
    }

    private final Runnable onDismiss;
    private boolean dismissed;
    /** Removes what {@link #showOver} hooked into the window. */
    private Runnable whenGone = () -> { };

    /**
     * @param onDismiss told once when the user dismisses the overlay (the app remembers it)
     */
    public KeyOverlay(Ontology ontology, Runnable onDismiss) {
        this.onDismiss = onDismiss;
        getStylesheets().add(KeyOverlay.class.getResource(STYLESHEET).toExternalForm());
        getStyleClass().add("key-overlay");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("key-overlay-grid");
        int r = 0;
        for (Row row : rows(ontology)) {
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("key-overlay-keys");
            grid.addRow(r++, keys, new Label(row.label()));
        }
        Label title = new Label("Welcome to Fuselage: the main keys");
        title.getStyleClass().add("key-overlay-title");
        Label hint = new Label("F1 or Help \u203a Keyboard Shortcuts lists every key.");
        Button ok = new Button("Got it");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> dismiss());
        VBox card = new VBox(12, title, grid, hint, ok);
        card.getStyleClass().add("key-overlay-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setOnMouseClicked(e -> e.consume());
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> dismiss());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                dismiss();
                e.consume();
            }
        });
    }

    /** The overlay's lines: the keys an annotator needs in the first minutes. */
    public static List<Row> rows(Ontology ontology) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Left drag / right drag / wheel", "Orbit / pan / zoom the 3D view"));
        rows.add(new Row("B", "Bird's-eye view"));
        rows.add(row("Create a box: drag in the bird's-eye view", WorkspaceAction.CREATE_TOOL));
        List<String> classKeys = ontology.concreteClasses().stream().map(LabelClass::hotkey)
                .flatMap(java.util.Optional::stream).map(Object::toString).toList();
        if (!classKeys.isEmpty()) {
            rows.add(new Row(classKeys.get(0) + "\u2013" + classKeys.get(classKeys.size() - 1),
                    "Class of the selected box"));
        }
        rows.add(row("Move the box (Shift: fine)", WorkspaceAction.MOVE_FORWARD, WorkspaceAction.MOVE_LEFT,
                WorkspaceAction.MOVE_BACK, WorkspaceAction.MOVE_RIGHT));
        rows.add(row("Turn the box", WorkspaceAction.TURN_LEFT, WorkspaceAction.TURN_RIGHT));
        rows.add(row("Previous / next frame", WorkspaceAction.PREVIOUS_FRAME, WorkspaceAction.NEXT_FRAME));
        rows.add(row(WorkspaceAction.COPY_TO_NEXT.label(), WorkspaceAction.COPY_TO_NEXT));
        rows.add(row("Undo / redo", WorkspaceAction.UNDO, WorkspaceAction.REDO));
        rows.add(row(WorkspaceAction.CHEAT_SHEET.label(), WorkspaceAction.CHEAT_SHEET));
        return rows;
    }

    private static Row row(String label, WorkspaceAction... actions) {
        return new Row(Arrays.stream(actions).map(a -> a.key().getDisplayText()).collect(Collectors.joining(" ")),
                label);
    }

    /**
     * Lays the overlay over the window's content (the scene's root moves into a stack below it).
     *
     * @return the overlay
     */
    public static KeyOverlay showOver(Scene scene, Ontology ontology, Runnable onDismiss) {
        Parent content = scene.getRoot();
        StackPane stack = new StackPane();
        scene.setRoot(stack);
        KeyOverlay overlay = new KeyOverlay(ontology, onDismiss);
        stack.getChildren().addAll(content, overlay);
        overlay.lookupAll(".button").stream().findFirst().ifPresent(Node::requestFocus);
        // Escape reaches the overlay before the workspace's own keys (which would leave a tool instead): the
        // window's filters run before the scene's
        javafx.event.EventTarget target = scene.getWindow() != null ? scene.getWindow() : scene;
        javafx.event.EventHandler<KeyEvent> escape = e -> {
            if (e.getCode() == KeyCode.ESCAPE && !overlay.dismissed) {
                overlay.dismiss();
                e.consume();
            }
        };
        if (target instanceof javafx.stage.Window w) {
            w.addEventFilter(KeyEvent.KEY_PRESSED, escape);
            overlay.whenGone = () -> w.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        } else {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
            overlay.whenGone = () -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        }
        return overlay;
    }

    /** Removes the overlay and tells the listener (once). */
    public void dismiss() {
        if (dismissed) {
            return;
        }
        dismissed = true;
        whenGone.run();
        if (getParent() instanceof StackPane stack) {
            stack.getChildren().remove(this);
            Node viewport = stack.lookup(".viewport-3d");
            if (viewport != null) {
                viewport.requestFocus();
            }
        }
        onDismiss.run();
    }

    /** Whether it was dismissed. */
    public boolean isDismissed() {
        return dismissed;
    }
}
