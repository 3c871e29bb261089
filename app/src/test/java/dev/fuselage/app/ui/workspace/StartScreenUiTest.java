package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue #10 item 8: a new user starts on a screen that opens a folder (a KITTI object folder here) or the demo,
 * and lists the recent projects.
 */
@ExtendWith(ApplicationExtension.class)
class StartScreenUiTest {
    @TempDir
    Path temp;

    private WorkspaceFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = WorkspaceFixture.launcherOnly(temp.resolve("projects"), stage);
        fixture.launcher().setFolderChooser(w -> Optional.of(TestData.file("kitti/object/training")));
        new StartScreen(stage, fixture.launcher(), List.of(TestData.file("kitti/object/training")),
                temp.resolve("demo"), 2, s -> { }).show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        fixture.close();
    }

    @Test
    void openFolderOpensTheWorkspaceInThisWindow(FxRobot robot) throws Exception {
        StartScreen screen = (StartScreen) stage.getScene().getRoot();
        assertEquals(List.of(TestData.file("kitti/object/training")), screen.recentList().getItems());
        robot.clickOn(".open-folder");
        WorkspaceFixture.waitFor(60, () -> stage.getScene().getRoot() instanceof WorkspaceWindow
                && robot.lookup(".timeline .label").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().startsWith("000000  1 / 4")));
    }

    @Test
    void openDemoMakesTheDemoAndOpensIt(FxRobot robot) throws Exception {
        robot.clickOn(".open-demo");
        WorkspaceFixture.waitFor(120, () -> stage.getScene().getRoot() instanceof WorkspaceWindow
                && robot.lookup(".timeline .label").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().endsWith("1 / 2")));
        assertTrue(java.nio.file.Files.isRegularFile(temp.resolve("demo/project.json")), "the demo was made");
    }
}
