package dev.fuselage.app.ui.export;

import dev.fuselage.project.dataset.DatasetJobs;
import dev.fuselage.project.dataset.DatasetExporter;
import dev.fuselage.project.dataset.DatasetExporters;
import dev.fuselage.project.dataset.ExportCancelledException;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.store.ProjectStore;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Modal "Export dataset" dialog: pick a format and an output folder, then watch a progress bar; Cancel stops the
 * export at the next frame and leaves nothing behind (exports are atomic). The export runs on a background thread;
 * progress reaches the bar through {@link Platform#runLater}.
 *
 * <pre>{@code ExportDialog.show(window, project);}</pre>
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final ProjectStore project;
    private final ComboBox<DatasetExporter> format = new ComboBox<>();
    private final TextField folder = new TextField();
    private final CheckBox confirmedOnly = new CheckBox("Leave out pre-labels nobody has accepted");
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label("Choose a format and an empty output folder.");
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Close");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Thread worker;

    private ExportDialog(Window owner, ProjectStore project) {
        this.project = project;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export dataset — " + project.descriptor().name());
        format.getItems().setAll(DatasetExporters.all());
        format.getSelectionModel().selectFirst();
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(DatasetExporter e) {
                return e == null ? "" : e.description();
            }

            @Override
            public DatasetExporter fromString(String s) {
                return null;
            }
        });
        folder.setText(project.folder().resolveSibling(project.folder().getFileName() + "-export").toString());
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, fieldLabel("Format"), format);
        grid.addRow(1, fieldLabel("Output folder"), folder, browse);
        grid.add(confirmedOnly, 1, 2);
        GridPane.setHgrow(folder, Priority.ALWAYS);
        bar.setMaxWidth(Double.MAX_VALUE);
        export.setDefaultButton(true);
        export.setOnAction(e -> start());
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancelOrClose());
        stage.setOnCloseRequest(e -> {
            if (worker != null) {
                cancelled.set(true);
                e.consume();
            }
        });
        HBox buttons = new HBox(8, export, cancel);
        VBox root = new VBox(12, grid, bar, status, buttons);
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root, 560, 250));
    }

    /** A field label that keeps its whole text: the growing field beside it must not squeeze it to "…". */
    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add("field-label");
        return l;
    }

    /** Opens the dialog for a project (on the FX thread) and returns it without waiting. */
    public static ExportDialog show(Window owner, ProjectStore project) {
        ExportDialog d = new ExportDialog(owner, project);
        d.stage.show();
        return d;
    }

    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export to folder");
        var chosen = chooser.showDialog(stage);
        if (chosen != null) {
            folder.setText(chosen.toPath().resolve(project.descriptor().name().replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                    + format.getValue().format()).toString());
        }
    }

    private void start() {
        DatasetExporter exporter = format.getValue();
        Path out = Path.of(folder.getText().strip());
        boolean skipOpen = confirmedOnly.isSelected();
        cancelled.set(false);
        setRunning(true);
        status.setText("Exporting " + exporter.format() + "…");
        ExportProgress progress = new ExportProgress() {
            @Override
            public void progress(long done, long total, String what) {
                double f = total <= 0 ? 1 : done / (double) total;
                Platform.runLater(() -> {
                    bar.setProgress(f);
                    status.setText(done + " / " + total + "  " + what);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        worker = new Thread(() -> {
            String message;
            try {
                DatasetJobs.export(project, exporter.format(), out, skipOpen, progress);
                message = "Exported to " + out;
            } catch (ExportCancelledException e) {
                message = "Cancelled; nothing was written.";
            } catch (Exception e) {
                message = "Export failed: " + e.getMessage();
            }
            String done = message;
            Platform.runLater(() -> finished(done));
        }, "dataset-export");
        worker.setDaemon(true);
        worker.start();
    }

    private void finished(String message) {
        worker = null;
        setRunning(false);
        status.setText(message);
        if (message.startsWith("Cancelled")) {
            bar.setProgress(0);
        }
    }

    private void cancelOrClose() {
        if (worker != null) {
            cancelled.set(true);
            status.setText("Cancelling…");
        } else {
            stage.close();
        }
    }

    private void setRunning(boolean running) {
        export.setDisable(running);
        format.setDisable(running);
        folder.setDisable(running);
        confirmedOnly.setDisable(running);
        cancel.setText(running ? "Cancel" : "Close");
    }
}
