package dev.fuselage.app.ui.workspace.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.workspace.WorkspaceFixture;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.review.ReviewModel.Mode;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.review.FrameStatus;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.ReviewBook;
import dev.fuselage.project.store.ReviewDecision;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
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
 * Issue 13, acceptance 3, on the KITTI object sample: the reviewer rejects a car with a reason and a comment; in
 * annotate mode the annotator sees the red frame, the comment marker and the comment, jumps to the rejected frame,
 * fixes the box, resolves the comment; the reviewer accepts. Every step is an undoable edit of the store.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewFlowUiTest {
    @TempDir
    static Path temp;
    private static Path project;

    private WorkspaceFixture workspace;
    private Stage stage;

    @BeforeAll
    static void importKitti() throws IOException {
        project = temp.resolve("kitti");
        KittiImporter.createProject(TestData.file("kitti/object/training"), project, ExportProgress.NONE).close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = WorkspaceFixture.open(project, temp.resolve("projects"), stage);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void rejectCommentFixResolveAccept(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        ReviewModel review = window.review().model();
        ReviewBook book = review.book();
        assertEquals("", review.qaStateProperty().get(), "no checks before anyone reviews");

        // the KITTI label folder as the reference: its boxes drawn over the frame's, the scores in the panel
        var kitti = ReviewWorkspace.readReference(TestData.file("kitti/object/training"));
        int own = ws.frame().objects().size();
        robot.interact(() -> review.referenceProperty().set(kitti));
        waitFor(() -> workspace.renderer().scene().snapshot().cuboids().size() == own + kitti.boxes("000000").size());
        waitFor(() -> review.comparisonProperty().get().endsWith("precision 1.00, recall 1.00, mean IoU 1.00"));
        robot.interact(() -> review.referenceProperty().set(null));
        waitFor(() -> workspace.renderer().scene().snapshot().cuboids().size() == own);
        assertFalse(shown(robot.lookup(".review-reject").query()), "annotate mode hides the verdict buttons");

        // reviewer: review mode, frame 000003, its car selected, rejected with a reason and a comment
        robot.interact(() -> window.run(WorkspaceAction.REVIEW_MODE));
        assertEquals(Mode.REVIEW, review.modeProperty().get());
        assertTrue(shown(robot.lookup(".review-reject").query()));
        waitFor(() -> review.qaStateProperty().get().equals("0 findings"));
        robot.interact(() -> ws.goTo(3));
        waitFor(() -> ws.frame().frameIndexProperty().get() == 3);
        ObjectAnnotation car = ws.frame().objects().get(0);
        robot.interact(() -> ws.selection().select(car.id()));
        robot.clickOn(".review-reason").write("box ends short of the rear bumper");
        robot.clickOn(".review-reject");
        waitFor(() -> book.decision("000003", car.id()).isPresent());
        ReviewDecision rejected = book.decision("000003", car.id()).get();
        assertEquals(ReviewStatus.REJECTED, rejected.status());
        assertEquals("box ends short of the rear bumper", rejected.reason());
        robot.clickOn(".comment-text").write("extend it about 0.4 m backwards");
        robot.clickOn(".add-comment");
        waitFor(() -> review.frameComments().size() == 1);

        // annotator: annotate mode; the strip shows the frame red with a comment marker; the comment is listed
        robot.interact(() -> window.run(WorkspaceAction.REVIEW_MODE));
        assertEquals(Mode.ANNOTATE, review.modeProperty().get());
        assertFalse(shown(robot.lookup(".review-reject").query()));
        waitFor(() -> review.overviewProperty().get() != null
                && review.overviewProperty().get().status(3) == FrameStatus.REJECTED
                && review.overviewProperty().get().openComments(3) == 1);
        // the filter leaves the rejected frame in full and dims the others
        robot.interact(() -> review.filterProperty().set(dev.fuselage.project.review.ReviewOverview.Marker.REJECTED));
        ReviewStrip strip = window.review().strip();
        assertTrue(strip.dimmed(0) && strip.dimmed(1) && strip.dimmed(2) && !strip.dimmed(3));
        robot.interact(() -> review.filterProperty().set(null));
        robot.interact(() -> ws.goTo(0));
        waitFor(() -> ws.frame().frameIndexProperty().get() == 0);
        robot.interact(() -> window.run(WorkspaceAction.NEXT_REJECTED));
        waitFor(() -> ws.frame().frameIndexProperty().get() == 3);
        assertTrue(robot.lookup(".comment-open").queryLabeled().getText()
                .contains("on Car " + car.trackId() + ": extend it about 0.4 m backwards"));
        Shots.save(robot, stage.getScene(), temp, "review-annotator.png");

        // fix: the box longer, then the comment resolved
        robot.interact(() -> ws.selection().select(car.id()));
        double before = car.box().length();
        for (int i = 0; i < 4; i++) {
            robot.interact(() -> window.run(WorkspaceAction.LONGER));
        }
        waitFor(() -> ws.selection().selected().map(o -> o.box().length() > before).orElse(false));
        robot.clickOn(".comment-resolve");
        waitFor(() -> book.comments("000003").get(0).comment().resolved());
        waitFor(() -> robot.lookup(".comment-resolved").tryQuery().isPresent());

        // reviewer: accepts the fixed car; the frame is no longer rejected
        robot.interact(() -> window.run(WorkspaceAction.REVIEW_MODE));
        robot.interact(() -> ws.selection().select(car.id()));
        robot.clickOn(".review-accept");
        waitFor(() -> book.decision("000003", car.id()).map(d -> d.status() == ReviewStatus.ACCEPTED)
                .orElse(false));
        waitFor(() -> review.overviewProperty().get().status(3) == FrameStatus.DONE
                && review.overviewProperty().get().openComments(3) == 0);

        // all of it is undoable: one undo brings the rejection back
        robot.interact(() -> window.run(WorkspaceAction.UNDO));
        assertEquals(ReviewStatus.REJECTED, book.decision("000003", car.id()).orElseThrow().status());
        robot.interact(() -> window.run(WorkspaceAction.REDO));
        assertEquals(ReviewStatus.ACCEPTED, book.decision("000003", car.id()).orElseThrow().status());
    }

    /** Whether the node and all its parents are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WorkspaceFixture.waitFor(30, condition);
    }
}
