package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.view3d.FrameStatus;
import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.model.ToolModel;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.project.edit.BoxPoints;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.render.FrameImage;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Points in view, points inside the selected box, frame times, the save state, and a progress bar for loading. */
public final class StatusBarView extends HBox {
    private final WorkspaceModel model;
    private final Label view = new Label();
    private final Label inside = new Label();
    private final Label times = new Label();
    private final Label saved = new Label();
    private final Label tool = new Label();
    private final Label notice = new Label();

    public StatusBarView(WorkspaceModel model, Viewport3D viewport) {
        super(14);
        this.model = model;
        getStyleClass().add("status-bar");
        setStyle("-fx-padding: 3 8 3 8;");
        saved.textProperty().bind(model.saveStateProperty());
        saved.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(saved, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar(-1);
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        tool.getStyleClass().add("tool-state");
        tool.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.tools().toolProperty().get() == ToolModel.Tool.CREATE
                        ? "Create Box: drag a rectangle in the view \u2022 Esc leaves"
                        : "Select / Move", model.tools().toolProperty()));
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        getChildren().addAll(tool, view, inside, times, notice, saved, progress);
        FrameStatus.Throttle throttle = new FrameStatus.Throttle();
        viewport.lastFrameProperty().addListener((o, a, f) -> {
            if (throttle.due(f)) {
                frameDrawn(f);
            }
        });
        model.switchMillisProperty().addListener((o, a, b) -> frameDrawn(viewport.lastFrameProperty().get()));
        model.selection().selectedProperty().addListener((o, a, b) -> countInside());
        model.selection().previewProperty().addListener((o, a, b) -> countInside());
        countInside();
    }

    private void frameDrawn(FrameImage f) {
        view.setText(FrameStatus.describe(f));
        double sw = model.switchMillisProperty().get();
        times.setText(Double.isNaN(sw) ? "" : String.format(Locale.ROOT, "frame switch %.0f ms", sw));
    }

    private void countInside() {
        Cuboid box = model.selection().shownBox().orElse(null);
        inside.setText(box == null || model.cloud() == null ? "no selection"
                : String.format(Locale.ROOT, "%,d points in box", BoxPoints.countInside(model.cloud(), box)));
    }
}
