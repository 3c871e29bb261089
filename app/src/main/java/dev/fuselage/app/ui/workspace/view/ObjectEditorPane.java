package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.workspace.model.BoxActions;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.ontology.AttributeDef;
import dev.fuselage.ontology.BoolAttribute;
import dev.fuselage.ontology.EnumAttribute;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.NumberAttribute;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Class and attributes of the selected object. Every change is one edit through {@link BoxActions}; the pane is
 * rebuilt from the object whenever it changes, so undo shows at once.
 */
public final class ObjectEditorPane extends VBox {
    private final WorkspaceModel model;
    private final BoxActions actions;
    private final ComboBox<String> classBox = new ComboBox<>();
    private final GridPane attributes = new GridPane();
    private final Label summary = new Label();
    private final BoxFieldsPane fields;
    private boolean updating;

    public ObjectEditorPane(WorkspaceModel model, BoxActions actions) {
        super(6);
        this.model = model;
        this.actions = actions;
        getStyleClass().add("object-editor");
        model.ontology().concreteClasses().stream().map(LabelClass::name).forEach(classBox.getItems()::add);
        classBox.setMaxWidth(Double.MAX_VALUE);
        classBox.setFocusTraversable(false);
        classBox.valueProperty().addListener((o, a, c) -> {
            if (!updating && c != null) {
                actions.setClass(c);
            }
        });
        attributes.setHgap(6);
        attributes.setVgap(4);
        summary.setWrapText(true);
        Label title = new Label("Selection");
        title.getStyleClass().add("pane-title");
        fields = new BoxFieldsPane(model, actions);
        getChildren().addAll(title, classBox, summary, fields, attributes);
        model.selection().selectedProperty().addListener((o, a, sel) -> rebuild(sel));
        rebuild(null);
    }

    private void rebuild(ObjectAnnotation sel) {
        updating = true;
        try {
            classBox.setDisable(sel == null);
            classBox.setValue(sel == null ? null : sel.className());
            attributes.getChildren().clear();
            if (sel == null) {
                summary.setText("No box selected");
                return;
            }
            int more = model.selection().selectedIdsProperty().get().size() - 1;
            summary.setText(String.format(Locale.ROOT, "Track %s \u2022 %s%s", sel.trackId(),
                    sel.source().name().toLowerCase(Locale.ROOT), more > 0 ? " (+" + more + " more selected)" : ""));
            int row = 0;
            for (AttributeDef def : model.ontology().attributesOf(sel.className())) {
                attributes.addRow(row++, new Label(def.name()), editor(def, sel.attributes().get(def.name())));
            }
        } finally {
            updating = false;
        }
    }

    /** The x/y/z, l/w/h and yaw fields. */
    BoxFieldsPane boxFields() {
        return fields;
    }

    private Node editor(AttributeDef def, Object value) {
        if (def instanceof EnumAttribute en) {
            ComboBox<String> c = new ComboBox<>();
            c.getItems().addAll(en.values());
            c.setValue(value == null ? null : value.toString());
            c.setFocusTraversable(false);
            c.valueProperty().addListener((o, a, v) -> {
                if (!updating) {
                    actions.setAttribute(def.name(), v);
                }
            });
            return c;
        }
        if (def instanceof BoolAttribute) {
            CheckBox c = new CheckBox();
            c.setSelected(Boolean.TRUE.equals(value));
            c.setFocusTraversable(false);
            c.selectedProperty().addListener((o, a, v) -> {
                if (!updating) {
                    actions.setAttribute(def.name(), v);
                }
            });
            return c;
        }
        TextField f = new TextField(value == null ? "" : value.toString());
        f.setPrefColumnCount(8);
        KeyGuard.keepPlainKeys(f);
        f.setOnAction(e -> commitText(def, f));
        f.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commitText(def, f);
            }
        });
        return f;
    }

    private void commitText(AttributeDef def, TextField f) {
        String t = f.getText().trim();
        Object v = t.isEmpty() ? null : t;
        if (def instanceof NumberAttribute && v != null) {
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                f.setStyle("-fx-border-color: #e06c75;");
                return;
            }
        }
        if (def.problemWith(v == null ? "" : v).isPresent() && v != null) {
            f.setStyle("-fx-border-color: #e06c75;");
            return;
        }
        f.setStyle("");
        actions.setAttribute(def.name(), v);
    }
}
