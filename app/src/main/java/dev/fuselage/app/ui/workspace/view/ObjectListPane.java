package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.ontology.LabelClass;
import java.util.Locale;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The current frame's objects: filter by class, search by track id; selecting a row selects the box. */
public final class ObjectListPane extends VBox {
    static final String ALL = "All classes";
    private final ListView<ObjectAnnotation> list = new ListView<>();

    public ObjectListPane(WorkspaceModel model) {
        super(4);
        getStyleClass().add("object-list");
        ComboBox<String> cls = new ComboBox<>();
        cls.getItems().add(ALL);
        model.ontology().concreteClasses().stream().map(LabelClass::name).forEach(cls.getItems()::add);
        cls.setValue(ALL);
        cls.setFocusTraversable(false);
        TextField search = new TextField();
        search.setPromptText("Track id");
        search.setPrefColumnCount(6);
        KeyGuard.keepPlainKeys(search);
        HBox filters = new HBox(4, cls, search);
        HBox.setHgrow(search, Priority.ALWAYS);

        FilteredList<ObjectAnnotation> shown = new FilteredList<>(model.frame().objects());
        Runnable refilter = () -> {
            String c = cls.getValue(), q = search.getText().trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(o -> (c == null || ALL.equals(c) || o.className().equals(c))
                    && (q.isEmpty() || o.trackId().toString().startsWith(q)
                    || o.id().toString().startsWith(q)));
        };
        cls.valueProperty().addListener((o, a, b) -> refilter.run());
        search.textProperty().addListener((o, a, b) -> refilter.run());
        list.setItems(shown);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ObjectAnnotation o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : String.format(Locale.ROOT, "%s %s%s \u2022 %.1f\u00d7%.1f\u00d7%.1f m",
                        o.className(), o.trackId(), o.source() == Source.IMPORTED ? " (imported)" : "",
                        o.box().length(), o.box().width(), o.box().height()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.id().equals(model.selection().selectedIdProperty().get())) {
                model.selection().select(b.id());
            }
        });
        model.selection().selectedProperty().addListener((o, a, sel) -> {
            if (sel == null) {
                list.getSelectionModel().clearSelection();
            } else if (!sel.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(sel);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label("Objects");
        title.getStyleClass().add("pane-title");
        getChildren().addAll(title, filters, list);
    }

    /** The list (tests read it). */
    public ListView<ObjectAnnotation> list() {
        return list;
    }
}
