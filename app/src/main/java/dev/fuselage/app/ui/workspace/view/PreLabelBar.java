package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.workspace.model.PreLabelActions;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The pre-labeling strip above the status bar: progress and Cancel while pre-labels are computed, then the outcome
 * until dismissed. Hidden when there is nothing to say.
 */
final class PreLabelBar extends HBox {
    PreLabelBar(PreLabelActions actions) {
        super(8);
        getStyleClass().add("prelabel-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 6, 2, 6));
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(actions.progressProperty());
        bar.setPrefWidth(200);
        Label status = new Label();
        status.textProperty().bind(actions.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button button = new Button();
        button.getStyleClass().add("prelabel-cancel");
        button.textProperty().bind(Bindings.when(actions.runningProperty()).then("Cancel").otherwise("Dismiss"));
        boolean[] dismissed = {false};
        button.setOnAction(e -> {
            if (actions.runningProperty().get()) {
                actions.cancel();
            } else {
                dismissed[0] = true;
                setVisible(false);
            }
        });
        actions.statusProperty().addListener((o, a, b) -> {
            if (actions.runningProperty().get()) {
                dismissed[0] = false;
            }
            setVisible(!dismissed[0] && b != null && !b.isEmpty());
        });
        bar.visibleProperty().bind(actions.runningProperty());
        managedProperty().bind(visibleProperty());
        setVisible(false);
        getChildren().addAll(bar, status, button);
    }
}
