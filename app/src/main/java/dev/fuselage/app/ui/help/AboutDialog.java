package dev.fuselage.app.ui.help;

import dev.fuselage.app.support.AboutInfo;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help &gt; About: Fuselage's, Java's, JavaFX's and ONNX Runtime's versions and the renderer in use. */
public final class AboutDialog {
    private AboutDialog() {
    }

    /** The dialog for {@code info}, owned by {@code owner} (null: none). */
    public static Alert create(Window owner, AboutInfo info) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (String[] r : info.rows()) {
            Label value = new Label(r[1]);
            value.setId("about-" + r[0].toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            value.setWrapText(true);
            grid.addRow(row++, new Label(r[0]), value);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle("About Fuselage");
        alert.setHeaderText("Fuselage " + info.fuselage()
                + "\nLabeling lidar point clouds fused with camera images, offline.");
        alert.getDialogPane().setContent(grid);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }
}
