package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.core.annotation.ObjectId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SelectionMode;
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
    private boolean syncing;

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

        // the list drops its selection when its rows are replaced (every edit, every frame): that is no user
        // choice, so it is ignored between these two listeners and the workspace's selection is mirrored after
        model.frame().objects().addListener((ListChangeListener<ObjectAnnotation>) c -> syncing = true);
        FilteredList<ObjectAnnotation> shown = new FilteredList<>(model.frame().objects());
        Runnable refilter = () -> {
            String c = cls.getValue(), q = search.getText().trim().toLowerCase(Locale.ROOT);
            syncing = true;
            try {
                shown.setPredicate(o -> (c == null || ALL.equals(c) || o.className().equals(c))
                        && (q.isEmpty() || o.trackId().toString().startsWith(q)
                        || o.id().toString().startsWith(q)));
            } finally {
                syncing = false;
            }
            mirror(model);
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
        // Shift/Ctrl+click select several rows; the list and the workspace's selection mirror each other
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ObjectAnnotation>) c -> {
            if (syncing) {
                return;
            }
            List<ObjectId> ids = list.getSelectionModel().getSelectedItems().stream()
                    .filter(java.util.Objects::nonNull).map(ObjectAnnotation::id).toList();
            ObjectAnnotation primary = list.getSelectionModel().getSelectedItem();
            if (!Set.copyOf(ids).equals(model.selection().selectedIdsProperty().get())) {
                model.selection().selectAll(ids, primary == null ? null : primary.id());
            }
        });
        model.frame().objects().addListener((ListChangeListener<ObjectAnnotation>) c -> {
            syncing = false;
            mirror(model);
        });
        model.selection().selectedIdsProperty().addListener((o, a, ids) -> mirror(model));
        model.selection().selectedProperty().addListener((o, a, sel) -> mirror(model));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label("Objects");
        title.getStyleClass().add("pane-title");
        getChildren().addAll(title, filters, list);
    }

    private void mirror(WorkspaceModel model) {
        Set<ObjectId> ids = model.selection().selectedIdsProperty().get();
        ObjectId primary = model.selection().selectedIdProperty().get();
        ObjectAnnotation shown = list.getSelectionModel().getSelectedItem();
        if ((primary == null ? shown == null : shown != null && primary.equals(shown.id()))
                && ids.equals(list.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                        .map(ObjectAnnotation::id).collect(java.util.stream.Collectors.toSet()))) {
            return; // the list shows it already (it made it): re-selecting would lose the anchor of a Shift+click
        }
        syncing = true;
        try {
            var sm = list.getSelectionModel();
            sm.clearSelection();
            int primaryRow = -1;
            for (int i = 0; i < list.getItems().size(); i++) {
                ObjectId id = list.getItems().get(i).id();
                if (id.equals(primary)) {
                    primaryRow = i;
                } else if (ids.contains(id)) {
                    sm.select(i);
                }
            }
            if (primaryRow >= 0) {
                sm.select(primaryRow); // last, so it is the list's selected item and focus
                list.scrollTo(primaryRow);
            }
        } finally {
            syncing = false;
        }
    }

    /** The list (tests read it). */
    public ListView<ObjectAnnotation> list() {
        return list;
    }
}
