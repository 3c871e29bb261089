package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * One row of the sheet.
     *
     * @param heading the menu (or "Classes", "View") the rows below belong to, on heading rows only
     * @param key     the key as shown in menus
     * @param label   what it does
     */
    record Row(String heading, String key, String label) {
        static Row heading(String h) {
            return new Row(h, "", "");
        }

        boolean isHeading() {
            return !heading.isEmpty();
        }
    }

    /** The sheet's rows: every action with its key, grouped by menu, then the class hotkeys and the view keys. */
    static List<Row> rows(Ontology ontology) {
        List<Row> rows = new ArrayList<>();
        String menu = null;
        for (WorkspaceAction a : WorkspaceAction.values()) {
            if (!a.menu().equals(menu)) {
                menu = a.menu();
                rows.add(Row.heading(menu));
            }
            rows.add(new Row("", a.key().getDisplayText(), a.label() + (a.takesFineStep() ? " (Shift: fine)" : "")));
        }
        rows.add(Row.heading("Classes"));
        for (LabelClass c : ontology.concreteClasses()) {
            c.hotkey().ifPresent(k -> rows.add(new Row("", k.toString(), c.name())));
        }
        rows.add(Row.heading("View"));
        rows.add(new Row("", "B / F / R", "Bird's-eye view / fit / reset camera"));
        return rows;
    }

    static Alert dialog(Window owner, Ontology ontology) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(3);
        int row = 0;
        for (Row r : rows(ontology)) {
            if (r.isHeading()) {
                Label head = new Label(r.heading());
                head.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
                grid.add(head, 0, row++, 2, 1);
            } else {
                grid.addRow(row++, new Label(r.key()), new Label(r.label()));
            }
        }
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
