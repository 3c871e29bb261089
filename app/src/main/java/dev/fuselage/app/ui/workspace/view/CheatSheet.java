package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** A dialog listing every key: the actions' and the classes'. */
final class CheatSheet {
    private CheatSheet() {
    }

    static Alert dialog(Window owner, Ontology ontology) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(3);
        int row = 0;
        String menu = null;
        for (WorkspaceAction a : WorkspaceAction.values()) {
            if (!a.menu().equals(menu)) {
                menu = a.menu();
                Label head = new Label(menu);
                head.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
                grid.add(head, 0, row++, 2, 1);
            }
            grid.addRow(row++, new Label(a.key().getDisplayText()), new Label(a.label()
                    + (a.takesFineStep() ? " (Shift: fine)" : "")));
        }
        Label head = new Label("Classes");
        head.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        grid.add(head, 0, row++, 2, 1);
        for (LabelClass c : ontology.concreteClasses()) {
            if (c.hotkey().isPresent()) {
                grid.addRow(row++, new Label(c.hotkey().get().toString()), new Label(c.name()));
            }
        }
        grid.addRow(row, new Label("B / F / R"), new Label("Bird's-eye view / fit / reset camera"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefSize(420, 520);
        alert.getDialogPane().setContent(scroll);
        alert.initOwner(owner);
        return alert;
    }
}
