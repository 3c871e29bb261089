package dev.fuselage.app.ui.workspace.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.app.ui.workspace.WorkspaceFixture;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.edit.ChangeBox;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.project.CuboidProjection;
import dev.fuselage.io.image.Images;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue #5 in the workspace: on a project made from the KITTI training folder the camera strip shows frame
 * 000001's image_2 with its three labelled boxes in class colours; editing the Car's box moves its projection; a
 * click on the Car's projection selects the Car, drawn highlighted; {@code P} hides and shows the points.
 */
@ExtendWith(ApplicationExtension.class)
class CameraPanelUiTest {
    @TempDir
    static Path projects;

    private WorkspaceFixture workspace;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = WorkspaceFixture.open(TestData.file("kitti/object/training"), projects, stage);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void cameraStripShowsBoxesFollowsEditsAndSelectsOnClick(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(30);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        robot.interact(() -> ws.goTo(1));
        try {
            waitFor(() -> "000001".equals(window.cameras().model().shownFrameProperty().get()));
        } catch (TimeoutException e) {
            throw new AssertionError("cameras of 000001 not shown: '" + window.cameras().model().messageProperty().get()
                    + "', frame " + ws.frame().frameId(), e);
        }
        assertEquals("", window.cameras().model().messageProperty().get());
        assertEquals(1, window.cameras().panels().size());
        CameraPanel panel = window.cameras().panels().get(0);
        CameraView view = panel.view();
        assertEquals("image_2", view.name());
        Images.DecodedImage png = Images.decode(TestData.file("kitti/object/training/image_2/000001.png"));
        assertEquals(png.width(), view.width());
        assertEquals(png.height(), view.height());
        assertTrue(panel.getWidth() > 300 && panel.getHeight() > 80, "panel laid out: " + panel.getWidth() + " x "
                + panel.getHeight());
        assertTrue(view.points().count() > 10_000, "lidar points on the image: " + view.points().count());

        // the three labelled boxes, each in its class colour, none selected yet
        List<ProjectedBox> boxes = view.boxes().boxes();
        assertEquals(List.of("Car", "Cyclist", "Truck"), boxes.stream().map(ProjectedBox::className).sorted().toList());
        for (ProjectedBox b : boxes) {
            assertEquals(SceneLoader.classColor(ws.ontology(), b.className()), b.argb());
            assertFalse(b.selected());
        }

        // an edit through the workspace's history moves the Car's projection at once
        ObjectAnnotation car = ws.currentObjects().stream().filter(o -> o.className().equals("Car")).findFirst()
                .orElseThrow();
        double before = carBox(view, car).boxLeft();
        Cuboid moved = car.box().withCenter(car.box().cx(), car.box().cy() + 1.5, car.box().cz());
        robot.interact(() -> ws.execute(ChangeBox.to(ws.store(), car.id(), moved)));
        double after = carBox(view, car).boxLeft();
        assertTrue(after < before - 5, "moved left: " + before + " -> " + after);
        robot.interact(ws::undo);
        assertEquals(before, carBox(view, car).boxLeft(), 1e-9, "undo moves it back");

        // hide the points so the pixel check below sees the boxes on the plain image
        robot.clickOn(panel).type(KeyCode.P);
        waitFor(() -> !modelOf(window).showPointsProperty().get());

        // a click in the Car's projected box selects the Car
        CuboidProjection p = carBox(view, car);
        Point2D at = panel.toScreen((p.boxLeft() + p.boxRight()) / 2, (p.boxTop() + p.boxBottom()) / 2);
        robot.clickOn(at);
        waitFor(() -> ws.selection().selected().map(ObjectAnnotation::className).orElse("").equals("Car"));
        ProjectedBox selected = view.boxes().boxes().stream().filter(ProjectedBox::selected).findFirst().orElseThrow();
        assertEquals(car.id(), selected.id());

        // the Car is drawn in its class colour: sample the middle of its projected edges on screen
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = panel.snapshot(null, null));
        PixelReader px = shot[0].getPixelReader();
        int carColour = SceneLoader.classColor(ws.ontology(), "Car");
        CuboidProjection sel = selected.projection();
        int near = 0;
        for (int i = 0; i < sel.segmentCount(); i++) {
            double[] s = sel.segments();
            Point2D mid = panel.screenToLocal(panel.toScreen((s[4 * i] + s[4 * i + 2]) / 2,
                    (s[4 * i + 1] + s[4 * i + 3]) / 2));
            int x = (int) Math.round(mid.getX()), y = (int) Math.round(mid.getY());
            if (x >= 0 && y >= 0 && x < shot[0].getWidth() && y < shot[0].getHeight()
                    && close(px.getArgb(x, y), carColour)) {
                near++;
            }
        }
        assertTrue(near >= sel.segmentCount() / 2, near + " of " + sel.segmentCount() + " Car edges in Car colour");

        robot.type(KeyCode.P);
        waitFor(() -> modelOf(window).showPointsProperty().get());

        // the image grows with its strip: a taller strip shows it larger, still fitted whole
        javafx.scene.control.SplitPane strip = window.lookupAll(".split-pane").stream()
                .map(javafx.scene.control.SplitPane.class::cast)
                .filter(sp -> sp.getItems().contains(window.cameras())).findFirst().orElseThrow();
        robot.interact(() -> {
            panel.fit();
            strip.setDividerPositions(0.88); // a low strip: the image's height is what limits it
        });
        waitFor(() -> panel.getHeight() < panel.getWidth() * view.height() / view.width() - 20);
        double smallScale = panel.scale(), smallHeight = panel.getHeight();
        robot.interact(() -> strip.setDividerPositions(0.25));
        waitFor(() -> panel.getHeight() > smallHeight + 50);
        double fitted = Math.min(panel.getWidth() / view.width(), panel.getHeight() / view.height());
        assertEquals(fitted, panel.scale(), 1e-6, "the image is fitted to the grown panel");
        assertTrue(panel.scale() > smallScale, "larger in a taller strip: " + smallScale + " -> " + panel.scale());
    }

    private static CameraOverlayModel modelOf(WorkspaceWindow window) {
        return window.cameras().model();
    }

    private static CuboidProjection carBox(CameraView view, ObjectAnnotation car) {
        return view.boxes().boxes().stream().filter(b -> b.id().equals(car.id())).findFirst().orElseThrow()
                .projection();
    }

    private static boolean close(int a, int b) {
        int dr = (a >> 16 & 0xFF) - (b >> 16 & 0xFF), dg = (a >> 8 & 0xFF) - (b >> 8 & 0xFF), db = (a & 0xFF) - (b & 0xFF);
        return dr * dr + dg * dg + db * db < 45 * 45;
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WorkspaceFixture.waitFor(30, condition);
    }
}
