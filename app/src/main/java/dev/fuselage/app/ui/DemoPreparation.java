package dev.fuselage.app.ui;

import dev.fuselage.project.demo.DemoProject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The first start's wait: the demo project is generated in the background (about ten seconds on two cores) while
 * the window shows what is being made; then the project opens in the same window.
 */
final class DemoPreparation {
    private DemoPreparation() {
    }

    /** Makes the demo project at its default place if absent, then hands its folder to {@code open}. */
    static void run(Stage stage, Executor background, Consumer<Path> open) {
        Path folder = DemoProject.defaultLocation();
        Task<DemoProject> task = new Task<>() {
            @Override
            protected DemoProject call() throws Exception {
                updateMessage("Preparing the demo project in " + folder);
                return DemoProject.createIfAbsent(folder, (done, total, what) -> {
                    updateProgress(done, total);
                    updateMessage(String.format(Locale.ROOT, "Generating the demo street: %s (%d of %d)", what,
                            done, total));
                });
            }
        };
        Label title = new Label("Welcome to Fuselage");
        title.getStyleClass().add("title-3");
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(task.progressProperty());
        VBox box = new VBox(14, title, message, bar);
        box.setAlignment(Pos.CENTER);
        stage.setTitle("Fuselage");
        stage.setScene(new Scene(box, 640, 240));
        stage.show();
        task.setOnSucceeded(e -> open.accept(task.getValue().folder()));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR, t.getMessage() == null ? t.toString() : t.getMessage());
            alert.setHeaderText("Could not create the demo project in " + folder);
            alert.initOwner(stage);
            alert.show();
        });
        background.execute(task);
    }
}
