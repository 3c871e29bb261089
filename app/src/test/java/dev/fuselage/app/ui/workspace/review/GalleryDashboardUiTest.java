package dev.fuselage.app.ui.workspace.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.workspace.WorkspaceFixture;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.project.demo.DemoSceneGenerator;
import dev.fuselage.project.demo.ProgressListener;
import dev.fuselage.project.store.ReviewBook;
import dev.fuselage.project.store.ReviewDecision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The track gallery and the dashboard on the demo project (24 frames of tracked cars and pedestrians): the gallery
 * of a track has a tile per frame it appears in, a click on a tile goes to that frame; the dashboard counts frames
 * by status. Saves both as screenshots (into {@code docs/} with {@code -Dfuselage.shots=docs}).
 */
@ExtendWith(ApplicationExtension.class)
class GalleryDashboardUiTest {
    @TempDir
    static Path temp;
    private static Path demo;

    private WorkspaceFixture workspace;
    private Stage stage;

    @BeforeAll
    static void generateDemo() throws IOException {
        demo = DemoProject.createIfAbsent(temp.resolve("demo"), DemoProject.DEFAULT_FRAMES,
                DemoSceneGenerator.DEFAULT_SEED, ProgressListener.NONE).folder();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = WorkspaceFixture.open(demo, temp.resolve("projects"), stage);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void galleryOfATrackAndTheDashboard(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        ReviewWorkspace review = window.review();
        ReviewBook book = review.model().book();
        // the longest track of the first frame
        ObjectAnnotation target = ws.frame().objects().stream()
                .max(Comparator.comparingInt(o -> ws.store().track(o.trackId()).size())).orElseThrow();
        int frames = ws.store().track(target.trackId()).size();
        assertTrue(frames >= 5, "a track over several frames: " + frames);

        // some review state for the dashboard: frames accepted, one rejected
        for (int i = 0; i < 6; i++) {
            String f = ws.frames().get(i);
            robot.interact(() -> ws.execute(dev.fuselage.project.review.Decide.to(book,
                    ReviewDecision.of(f, null, ReviewStatus.ACCEPTED, "", "rita"))));
        }
        String bad = ws.frames().get(9);
        robot.interact(() -> ws.execute(dev.fuselage.project.review.Decide.to(book,
                ReviewDecision.of(bad, null, ReviewStatus.REJECTED, "pedestrian missing", "rita"))));

        robot.interact(() -> ws.selection().select(target.id()));
        robot.interact(() -> window.run(WorkspaceAction.GALLERY));
        TrackGalleryView gallery = review.gallery().orElseThrow();
        waitFor(() -> gallery.tiles().getChildren().size() == frames
                && gallery.tiles().getChildren().get(0) instanceof javafx.scene.layout.VBox);
        Shots.save(robot, gallery.getScene(), temp, "review-gallery.png");
        // a click on the fourth tile shows that frame with the box selected
        robot.clickOn(gallery.tiles().getChildren().get(3));
        String fourth = ws.store().track(target.trackId()).get(3).frameId();
        waitFor(() -> fourth.equals(ws.frame().frameId()) && ws.selection().selected().isPresent());

        robot.interact(() -> window.run(WorkspaceAction.DASHBOARD));
        ReviewDashboard dashboard = review.dashboard().orElseThrow();
        waitFor(() -> Integer.valueOf(6).equals(dashboard.statusCounts().get("accepted")));
        assertEquals(1, dashboard.statusCounts().get("rejected"));
        assertEquals(ws.frames().size(), dashboard.statusCounts().values().stream().mapToInt(Integer::intValue).sum());
        Shots.save(robot, dashboard.getScene(), temp, "review-dashboard.png");
        robot.interact(() -> window.run(WorkspaceAction.REVIEW_MODE));
        robot.interact(() -> ws.goTo(9));
        waitFor(() -> ws.frame().frameIndexProperty().get() == 9);
        Shots.save(robot, stage.getScene(), temp, "review-mode.png");
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WorkspaceFixture.waitFor(60, condition);
    }
}
