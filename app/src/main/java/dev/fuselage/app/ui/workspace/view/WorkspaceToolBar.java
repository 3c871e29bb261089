package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.model.ToolModel.Tool;
import dev.fuselage.app.ui.workspace.model.ViewSettingsModel;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.render.scene.ColorMode;
import javafx.scene.Cursor;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/**
 * The tool strip under the menus: the active tool as a pair of toggles (the create tool also turns the 3D view's
 * cursor into a cross-hair), the point size and the point colouring.
 */
final class WorkspaceToolBar extends ToolBar {
    private final ToggleButton select = toggle("Select / Move", "Select tool: click a box to select it, drag a"
            + " selected box to move it, drag its yellow handle to turn it, Ctrl+drag a rectangle to select"
            + " several (V)");
    private final ToggleButton create = toggle("Create Box", "Create tool: drag a rectangle in the 3D view to make"
            + " a box; Esc leaves the tool (N)");

    WorkspaceToolBar(WorkspaceModel model, Viewport3D viewport) {
        getStyleClass().add("workspace-toolbar");
        select.setUserData(Tool.SELECT);
        create.setUserData(Tool.CREATE);
        select.getStyleClass().add("tool-select");
        create.getStyleClass().add("tool-create");
        ToggleGroup group = new ToggleGroup();
        select.setToggleGroup(group);
        create.setToggleGroup(group);
        Runnable show = () -> {
            Tool t = model.tools().toolProperty().get();
            group.selectToggle(t == Tool.CREATE ? create : select);
            viewport.setCursor(t == Tool.CREATE ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        };
        model.tools().toolProperty().addListener((o, a, b) -> show.run());
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                show.run(); // a click on the active toggle keeps it on
            } else {
                model.tools().toolProperty().set((Tool) b.getUserData());
            }
        });
        show.run();

        ViewSettingsModel view = model.view();
        Spinner<Integer> size = new Spinner<>(ViewSettingsModel.MIN_POINT_SIZE, ViewSettingsModel.MAX_POINT_SIZE,
                view.pointSizeProperty().get());
        size.setPrefWidth(64);
        size.setFocusTraversable(false);
        size.getStyleClass().add("point-size");
        size.valueProperty().addListener((o, a, b) -> view.pointSizeProperty().set(b));
        view.pointSizeProperty().addListener((o, a, b) -> size.getValueFactory().setValue(b.intValue()));
        ComboBox<ColorMode> colour = new ComboBox<>();
        colour.getItems().setAll(ViewSettingsModel.COLOR_MODES);
        colour.setFocusTraversable(false);
        colour.getStyleClass().add("color-mode");
        colour.setCellFactory(v -> new ModeCell());
        colour.setButtonCell(new ModeCell());
        colour.setValue(view.colorModeProperty().get());
        colour.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                view.colorModeProperty().set(b);
            }
        });
        view.colorModeProperty().addListener((o, a, b) -> colour.setValue(b));
        getItems().addAll(new Label("Tool"), select, create, new Separator(), new Label("Point size"), size,
                new Label("Colour by"), colour);
    }

    private static ToggleButton toggle(String text, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static final class ModeCell extends ListCell<ColorMode> {
        @Override
        protected void updateItem(ColorMode m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : ViewSettingsModel.title(m));
        }
    }
}
