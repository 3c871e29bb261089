package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.workspace.model.BoxActions;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.core.geometry.Cuboid;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The selected box's numbers as editable fields: centre x / y / z, length / width / height (metres) and yaw
 * (degrees). Enter or leaving a field makes one box edit (undoable); a value that is not a number, or a size that
 * is not positive, is refused and marked. The fields follow the box, a running drag included.
 */
final class BoxFieldsPane extends GridPane {
    /** The fields, in the order they are shown. */
    enum Field {
        X("x"), Y("y"), Z("z"), LENGTH("l"), WIDTH("w"), HEIGHT("h"), YAW("yaw \u00b0");

        final String label;

        Field(String label) {
            this.label = label;
        }
    }

    private final WorkspaceModel model;
    private final BoxActions actions;
    private final Map<Field, TextField> fields = new EnumMap<>(Field.class);
    private Cuboid shown;

    BoxFieldsPane(WorkspaceModel model, BoxActions actions) {
        this.model = model;
        this.actions = actions;
        getStyleClass().add("box-fields");
        setHgap(4);
        setVgap(3);
        int i = 0;
        for (Field f : Field.values()) {
            TextField t = new TextField();
            t.setPrefColumnCount(5);
            t.getStyleClass().add("box-field-" + f.name().toLowerCase(Locale.ROOT));
            KeyGuard.keepPlainKeys(t);
            t.setOnAction(e -> commit(f, t));
            t.focusedProperty().addListener((o, a, focused) -> {
                if (!focused) {
                    commit(f, t);
                }
            });
            fields.put(f, t);
            // three columns of label + field: x y z / l w h / yaw
            Label name = new Label(f.label);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            add(name, (i % 3) * 2, i / 3);
            add(t, (i % 3) * 2 + 1, i / 3);
            i++;
        }
        model.selection().selectedProperty().addListener((o, a, b) -> refresh());
        model.selection().previewProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The field of one number (tests type into it). */
    TextField field(Field f) {
        return fields.get(f);
    }

    private void refresh() {
        shown = model.selection().shownBox().orElse(null);
        setDisable(shown == null);
        for (Field f : Field.values()) {
            TextField t = fields.get(f);
            t.getStyleClass().remove("invalid");
            t.setText(shown == null ? "" : format(value(shown, f)));
        }
    }

    private void commit(Field f, TextField t) {
        if (t.getScene() == null || t.getScene().getWindow() == null || !t.getScene().getWindow().isShowing()) {
            return; // focus lost because the window closed: the project may be closed already
        }
        Cuboid b = model.selection().selected().map(o -> o.box()).orElse(null);
        if (b == null) {
            return;
        }
        double v;
        try {
            v = Double.parseDouble(t.getText().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            t.getStyleClass().add("invalid");
            return;
        }
        boolean size = f == Field.LENGTH || f == Field.WIDTH || f == Field.HEIGHT;
        if (!Double.isFinite(v) || (size && v <= 0)) {
            t.getStyleClass().add("invalid");
            return;
        }
        t.getStyleClass().remove("invalid");
        if (format(v).equals(format(value(b, f)))) {
            return; // unchanged as shown: no edit (leaving a field must not round the box)
        }
        actions.setBox(with(b, f, v));
    }

    static double value(Cuboid b, Field f) {
        return switch (f) {
            case X -> b.cx();
            case Y -> b.cy();
            case Z -> b.cz();
            case LENGTH -> b.length();
            case WIDTH -> b.width();
            case HEIGHT -> b.height();
            case YAW -> Math.toDegrees(b.yaw());
        };
    }

    static Cuboid with(Cuboid b, Field f, double v) {
        return switch (f) {
            case X -> b.withCenter(v, b.cy(), b.cz());
            case Y -> b.withCenter(b.cx(), v, b.cz());
            case Z -> b.withCenter(b.cx(), b.cy(), v);
            case LENGTH -> b.withSize(v, b.width(), b.height());
            case WIDTH -> b.withSize(b.length(), v, b.height());
            case HEIGHT -> b.withSize(b.length(), b.width(), v);
            case YAW -> b.withYaw(Math.toRadians(v));
        };
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
