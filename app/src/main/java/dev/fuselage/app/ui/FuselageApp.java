package dev.fuselage.app.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application shell. */
public final class FuselageApp extends Application {

    /** Starts the JavaFX toolkit and opens the main window; returns when the window closes. */
    public static void launchDesktop(String[] args) {
        Application.launch(FuselageApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Fuselage"));
        stage.setTitle("Fuselage");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}
