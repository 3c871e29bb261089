package dev.fuselage.app.ui.errors;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/**
 * The dialog an unexpected error shows: what happened, that the app keeps running, where the log is, the details
 * (collapsed) and a "Copy details" button that puts them on the clipboard without closing the dialog.
 */
public final class ErrorDialog {
    /** The copy button's label. */
    public static final String COPY = "Copy details";
    private final Alert alert;
    private final Label more = new Label();
    private int suppressed;

    public ErrorDialog(ErrorReport report) {
        ButtonType copy = new ButtonType(COPY, ButtonBar.ButtonData.LEFT);
        alert = new Alert(Alert.AlertType.ERROR, "", copy, ButtonType.CLOSE);
        alert.setTitle("Fuselage \u2014 error");
        alert.setHeaderText(report.title());
        Label message = new Label(report.message());
        message.setWrapText(true);
        Label log = new Label(report.log().map(p -> "The log is " + p + ".")
                .orElse("No log file could be written (see the details)."));
        log.setWrapText(true);
        log.getStyleClass().add("error-log-path");
        more.setWrapText(true);
        more.setVisible(false);
        more.managedProperty().bind(more.visibleProperty());
        VBox content = new VBox(8, message, log, more);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        TextArea details = new TextArea(report.details());
        details.setEditable(false);
        details.setPrefRowCount(14);
        details.getStyleClass().add("error-details");
        alert.getDialogPane().setExpandableContent(details);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(report.details());
            Clipboard.getSystemClipboard().setContent(c);
            copyButton.setText("Copied");
            e.consume(); // keep the dialog open
        });
    }

    /** The underlying alert (tests and the reporter read it). */
    public Alert alert() {
        return alert;
    }

    /** Notes one more error while this dialog is open, instead of stacking a dialog per error. */
    void countAnother() {
        suppressed++;
        more.setText(suppressed + " more error" + (suppressed == 1 ? "" : "s")
                + " since this one; all are in the log.");
        more.setVisible(true);
    }
}
