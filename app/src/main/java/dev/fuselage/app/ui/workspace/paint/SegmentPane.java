package dev.fuselage.app.ui.workspace.paint;

import dev.fuselage.ontology.SemanticKitti;
import dev.fuselage.render.scene.ColorMode;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The Segment section of the workspace: paint tool buttons, the active class (SemanticKITTI, with its colour),
 * add/subtract, overwrite, depth mode, brush radius, colour mode, the merged-view span, and the height and range
 * filters that hide points so the tools reach what they covered. It only binds to the
 * {@link PaintModel}; the one-key actions are in the Segment menu ({@code WorkspaceAction}).
 */
public final class SegmentPane extends TitledPane {
    private final ToggleGroup tools = new ToggleGroup();
    /** Held: a bidirectional binding keeps only weak references, and the combo box must stay bound. */
    private final javafx.beans.property.ObjectProperty<Integer> activeClass;
    private final javafx.beans.property.ObjectProperty<Integer> span;
    private final javafx.beans.property.ObjectProperty<Double> maxHeight;
    private final javafx.beans.property.ObjectProperty<Double> maxRange;

    public SegmentPane(PaintModel model) {
        setText("Segment");
        getStyleClass().add("segment-pane");
        FlowPane buttons = new FlowPane(4, 4);
        for (PaintTool t : PaintTool.values()) {
            ToggleButton b = new ToggleButton(t.label());
            b.setUserData(t);
            b.setToggleGroup(tools);
            b.setFocusTraversable(false);
            b.getStyleClass().add("paint-tool-" + t.name().toLowerCase(java.util.Locale.ROOT));
            buttons.getChildren().add(b);
        }
        select(model.toolProperty().get());
        model.toolProperty().addListener((o, a, t) -> select(t));
        tools.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                select(model.toolProperty().get()); // one tool is always active
            } else {
                model.toolProperty().set((PaintTool) t.getUserData());
            }
        });

        ComboBox<Integer> classes = new ComboBox<>();
        classes.getItems().setAll(Arrays.stream(SemanticKitti.ids()).filter(id -> id != 0).boxed().toList());
        classes.setCellFactory(l -> new ClassCell());
        classes.setButtonCell(new ClassCell());
        activeClass = model.activeClassProperty().asObject();
        classes.valueProperty().bindBidirectional(activeClass);
        classes.setMaxWidth(Double.MAX_VALUE);

        CheckBox subtract = new CheckBox("Subtract (Ctrl inverts)");
        subtract.selectedProperty().bindBidirectional(model.subtractProperty());
        CheckBox overwrite = new CheckBox("Overwrite labelled points");
        overwrite.selectedProperty().bindBidirectional(model.overwriteProperty());
        CheckBox surface = new CheckBox("Visible surface only");
        surface.selectedProperty().bindBidirectional(model.surfaceOnlyProperty());
        Slider radius = new Slider(2, 120, model.brushRadiusProperty().get());
        radius.valueProperty().bindBidirectional(model.brushRadiusProperty());
        ComboBox<ColorMode> colours = new ComboBox<>();
        colours.getItems().setAll(List.of(ColorMode.SEMANTIC, ColorMode.INSTANCE, ColorMode.HEIGHT,
                ColorMode.INTENSITY));
        colours.valueProperty().bindBidirectional(model.colorModeProperty());
        Spinner<Integer> spanSpinner = new Spinner<>(2, 200, model.mergedSpanProperty().get());
        spanSpinner.setEditable(true);
        spanSpinner.setPrefWidth(80);
        span = model.mergedSpanProperty().asObject();
        spanSpinner.getValueFactory().valueProperty().bindBidirectional(span);
        CheckBox merged = new CheckBox("Merged view of");
        model.mergedProperty().addListener((o, a, v) -> merged.setSelected(v));
        merged.setOnAction(e -> (merged.isSelected() ? model.showMerged() : model.showSingle())
                .thenRun(() -> merged.setSelected(model.mergedProperty().get())));
        CheckBox heightOn = new CheckBox("Hide above");
        heightOn.getStyleClass().add("height-filter");
        heightOn.selectedProperty().bindBidirectional(model.heightFilterProperty());
        Spinner<Double> heightSpinner = new Spinner<>(-10.0, 20.0, model.maxHeightProperty().get(), 0.1);
        heightSpinner.getStyleClass().add("max-height");
        maxHeight = model.maxHeightProperty().asObject();
        heightSpinner.getValueFactory().valueProperty().bindBidirectional(maxHeight);
        CheckBox rangeOn = new CheckBox("Hide beyond");
        rangeOn.getStyleClass().add("range-filter");
        rangeOn.selectedProperty().bindBidirectional(model.rangeFilterProperty());
        Spinner<Double> rangeSpinner = new Spinner<>(1.0, 300.0, model.maxRangeProperty().get(), 1.0);
        rangeSpinner.getStyleClass().add("max-range");
        maxRange = model.maxRangeProperty().asObject();
        rangeSpinner.getValueFactory().valueProperty().bindBidirectional(maxRange);
        for (Spinner<Double> sp : List.of(heightSpinner, rangeSpinner)) {
            sp.setEditable(true);
            sp.setPrefWidth(80);
        }
        heightOn.setTooltip(new Tooltip("Hide the points higher than this above their sensor (metres, z up; a KITTI "
                + "frame's road is about 1.73 m below it), so the tools reach what they covered"));
        rangeOn.setTooltip(new Tooltip("Hide the points farther than this from their sensor (metres, horizontal), "
                + "so the tools reach the points they covered"));
        Label instance = new Label();
        instance.textProperty().bind(Bindings.concat("Instance ", model.instanceProperty().asString()));
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        VBox box = new VBox(6, buttons, classes, new HBox(6, instance), subtract, overwrite, surface,
                new HBox(6, new Label("Brush"), radius), new HBox(6, new Label("Colour"), colours),
                new HBox(6, merged, spanSpinner, new Label("frames")),
                new HBox(6, heightOn, heightSpinner, new Label("m")),
                new HBox(6, rangeOn, rangeSpinner, new Label("m")), status);
        setContent(box);
    }

    private void select(PaintTool t) {
        tools.getToggles().stream().filter(b -> b.getUserData() == t).findFirst().ifPresent(tools::selectToggle);
    }

    /** A class with its SemanticKITTI colour and id. */
    private static final class ClassCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer id, boolean empty) {
            super.updateItem(id, empty);
            if (empty || id == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(SemanticKitti.nameOf(id) + " (" + id + ")");
            setGraphic(new Rectangle(12, 12, Color.rgb(SemanticKitti.colorOf(id) >> 16 & 0xFF,
                    SemanticKitti.colorOf(id) >> 8 & 0xFF, SemanticKitti.colorOf(id) & 0xFF)));
        }
    }
}
