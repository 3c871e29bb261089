package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.ObjectListPane;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #10 item 10, the small things: whole labels in the export dialog, class names as written in the Class
 * menu, step buttons that do not look like play, a word when there is no unlabeled frame, the undo history's
 * lifetime said, and the object list in track order in every frame.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceDetailsUiTest {
    @TempDir
    Path projects;

    private WorkspaceFixture workspace;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = WorkspaceFixture.open(TestData.file("kitti/object/training"), projects, stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        workspace.close();
    }

    @Test
    void smallThings(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();

        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu classes = bar.getMenus().stream().filter(m -> m.getText().equals("Class")).findFirst().orElseThrow();
        MenuItem sitting = classes.getItems().stream().filter(i -> i.getText().equals("Person_sitting"))
                .findFirst().orElseThrow();
        assertFalse(sitting.isMnemonicParsing(), "the underscore is shown, not taken as a mnemonic");

        robot.interact(() -> window.run(WorkspaceAction.EXPORT));
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> labels = Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".field-label").stream())
                .map(Label.class::cast).toList();
        assertEquals(2, labels.size(), "Format and Output folder");
        for (Label l : labels) {
            Text shown = (Text) l.lookup(".text");
            assertEquals(l.getText(), shown.getText(), "the whole label is shown");
        }

        List<Button> buttons = robot.lookup(".timeline .button").queryAll().stream()
                .filter(n -> n instanceof Button).map(Button.class::cast).toList();
        String prev = buttons.get(0).getText(), play = buttons.get(1).getText(), next = buttons.get(2).getText();
        assertNotEquals(play.charAt(0), prev.charAt(0), "previous does not start like play");
        assertEquals(next.length(), prev.length(), "previous mirrors next");

        robot.interact(() -> window.run(WorkspaceAction.NEXT_UNLABELED));
        assertTrue(ws.noticeProperty().get().contains("no unlabeled frame"), ws.noticeProperty().get());
        assertTrue(ws.saveStateProperty().get().contains("undo history starts with this window"),
                ws.saveStateProperty().get());

        ObjectListPane list = robot.lookup(".object-list").queryAs(ObjectListPane.class);
        for (int i = 0; i < ws.frames().size(); i++) {
            int index = i;
            robot.interact(() -> ws.goTo(index));
            WorkspaceFixture.waitFor(30, () -> ws.frame().frameIndexProperty().get() == index);
            List<ObjectAnnotation> rows = List.copyOf(list.list().getItems());
            for (int k = 1; k < rows.size(); k++) {
                assertTrue(rows.get(k - 1).trackId().compareTo(rows.get(k).trackId()) <= 0,
                        "frame " + index + ": the list is in track order");
            }
        }
    }
}
