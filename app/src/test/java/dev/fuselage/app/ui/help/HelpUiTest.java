package dev.fuselage.app.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.support.AboutInfo;
import dev.fuselage.app.ui.workspace.WorkspaceFixture;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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

/** Issue #14: the first-run key overlay over the workspace, and Help > About. */
@ExtendWith(ApplicationExtension.class)
class HelpUiTest {
    @TempDir
    Path projects;
    private WorkspaceFixture workspace;

    @Start
    void start(Stage stage) {
        workspace = WorkspaceFixture.open(TestData.file("kitti/object/training"), projects, stage);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theOverlayListsWorkingKeysAndIsDismissedOnce(FxRobot robot) throws Exception {
        WorkspaceModel model = workspace.awaitFirstFrame(90);
        List<KeyOverlay.Row> rows = KeyOverlay.rows(model.ontology());
        assertTrue(rows.contains(new KeyOverlay.Row("N", "Create a box: drag in the bird's-eye view")), rows.toString());
        assertTrue(rows.contains(new KeyOverlay.Row("W A S D", "Move the box (Shift: fine)")), rows.toString());
        assertTrue(rows.contains(new KeyOverlay.Row("1\u20138", "Class of the selected box")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.keys().equals(WorkspaceAction.CHEAT_SHEET.key().getDisplayText())));

        AtomicInteger dismissed = new AtomicInteger();
        KeyOverlay overlay = WaitForAsyncUtils.asyncFx(() -> KeyOverlay.showOver(workspace.stage().getScene(), model.ontology(),
                dismissed::incrementAndGet)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overlay.isVisible() && overlay.getScene() != null);
        assertTrue(robot.lookup("Welcome to Fuselage: the main keys").tryQuery().isPresent());
        robot.clickOn("Got it");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overlay.isDismissed());
        assertEquals(null, overlay.getScene(), "gone from the window");
        assertEquals(1, dismissed.get());
        assertTrue(robot.lookup(".viewport-3d").query().isFocused(), "the 3D view has the keys again");

        KeyOverlay second = WaitForAsyncUtils.asyncFx(() -> KeyOverlay.showOver(workspace.stage().getScene(), model.ontology(),
                dismissed::incrementAndGet)).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(second.isDismissed(), "Escape dismisses too");
        assertEquals(2, dismissed.get());
    }

    @Test
    void aboutNamesTheVersionsAndTheRenderer(FxRobot robot) throws Exception {
        workspace.awaitFirstFrame(90);
        WorkspaceWindow window = (WorkspaceWindow) workspace.stage().getScene().getRoot();
        robot.interact(() -> window.run(WorkspaceAction.ABOUT));
        WorkspaceFixture.waitFor(60, () -> about().isPresent());
        javafx.scene.Parent root = about().orElseThrow().getScene().getRoot();
        assertEquals("CPU renderer", ((Label) root.lookup("#about-renderer")).getText());
        String onnx = ((Label) root.lookup("#about-onnx-runtime")).getText();
        assertEquals(AboutInfo.collect(workspace.renderer()).onnxRuntime(), onnx);
        assertTrue(((Label) root.lookup("#about-javafx")).getText().matches("\\d+.*"), "JavaFX's version");
        assertTrue(((Label) root.lookup("#about-java")).getText().startsWith(System.getProperty("java.version")));
        assertFalse(((Label) root.lookup("#about-fuselage")).getText().isBlank());
        robot.interact(() -> ((Stage) about().orElseThrow()).close());
    }

    private static java.util.Optional<Window> about() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "About Fuselage".equals(s.getTitle())
                && w.isShowing()).findFirst();
    }
}
