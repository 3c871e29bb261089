package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.edit.DeleteObject;
import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.project.demo.DemoSceneGenerator;
import dev.fuselage.project.demo.ProgressListener;
import dev.fuselage.project.prelabel.PreLabelJob;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.scene.SceneCuboid;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.joml.Vector3d;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #12, acceptance 6, on the demo project: pre-label a frame (Ctrl+P; no model in the model folder, so the
 * geometric pre-labeler), see the pre-labels drawn dashed, accept one (Alt+Y), reject one (Alt+X), undo both; one-click
 * fit with the create tool; a track's gap filled between keyframes (Alt+K).
 */
@ExtendWith(ApplicationExtension.class)
class PreLabelUiTest {
    @TempDir
    static Path temp;
    private static Path demo;

    private WorkspaceFixture workspace;
    private Stage stage;

    @BeforeAll
    static void generateDemo() throws IOException {
        demo = DemoProject.createIfAbsent(temp.resolve("demo"), 3, DemoSceneGenerator.DEFAULT_SEED,
                ProgressListener.NONE).folder();
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
    void preLabelAcceptOneRejectOneUndo(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        window.preLabels().setModelFolder(Files.createDirectories(temp.resolve("no-models")));

        keysTo(robot, viewport).press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        // the status is set on the key press and names the outcome when the run ends
        waitFor(() -> !window.preLabels().runningProperty().get()
                && window.preLabels().statusProperty().get().matches("Pre-label(ed with|ing failed).*"));
        List<ObjectAnnotation> open = ws.frame().objects().stream().filter(PreLabelJob::isOpenPreLabel).toList();
        assertTrue(open.size() >= 2, "geometric pre-labels on the demo frame: "
                + window.preLabels().statusProperty().get());
        int before = ws.frame().objects().size() - open.size();
        assertTrue(window.preLabels().statusProperty().get().endsWith(": " + open.size() + " boxes added"),
                window.preLabels().statusProperty().get());
        assertTrue(window.preLabels().statusProperty().get().startsWith("Pre-labeled with geometric"),
                window.preLabels().statusProperty().get());
        List<SceneCuboid> drawn = workspace.renderer().scene().snapshot().cuboids();
        assertEquals(open.size(), drawn.stream().filter(SceneCuboid::dashed).count(), "open pre-labels dashed");
        assertEquals(before, drawn.stream().filter(c -> !c.dashed()).count(), "the demo's boxes solid");
        screenshot(robot, viewport, open);

        ObjectId accepted = open.get(0).id();
        ObjectId rejected = open.get(1).id();
        robot.interact(() -> ws.selection().select(accepted));
        keysTo(robot, viewport).press(KeyCode.ALT).type(KeyCode.Y).release(KeyCode.ALT);
        waitFor(() -> ws.store().object(accepted).map(ObjectAnnotation::confirmed).orElse(false));
        ObjectAnnotation acceptedNow = ws.store().object(accepted).orElseThrow();
        assertEquals(Source.PRE_LABEL, acceptedNow.source());
        assertEquals(open.get(0).score(), acceptedNow.score(), "the score stays with an accepted pre-label");
        assertEquals(open.size() - 1, workspace.renderer().scene().snapshot().cuboids().stream()
                .filter(SceneCuboid::dashed).count(), "an accepted pre-label is drawn solid");

        robot.interact(() -> ws.selection().select(rejected));
        keysTo(robot, viewport).press(KeyCode.ALT).type(KeyCode.X).release(KeyCode.ALT);
        waitFor(() -> ws.store().object(rejected).isEmpty());
        assertEquals(before + open.size() - 1, ws.frame().objects().size());

        keysTo(robot, viewport).press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> ws.store().object(rejected).isPresent());
        keysTo(robot, viewport).press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> !ws.store().object(accepted).orElseThrow().confirmed());
        assertEquals(open, ws.frame().objects().stream().filter(PreLabelJob::isOpenPreLabel).toList(),
                "both undone: every pre-label open again");
        keysTo(robot, viewport).press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> ws.frame().objects().size() == before);
        assertFalse(ws.frame().objects().stream().anyMatch(PreLabelJob::isOpenPreLabel),
                "the frame's pre-labeling was one edit");
    }

    @Test
    void oneClickFitWithTheCreateToolAndInterpolationBetweenKeyframes(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        ObjectAnnotation car = ws.frame().objects().stream().filter(o -> o.className().equals("Car"))
                .min(Comparator.comparingDouble(o -> Math.hypot(o.box().cx(), o.box().cy()))).orElseThrow();
        int before = ws.frame().objects().size();

        // one-click fit: the create tool (N, bird's-eye), a click on the car's middle
        keysTo(robot, viewport).type(KeyCode.N);
        waitFor(() -> viewport.camera().mode() == OrbitCamera.Mode.BIRDS_EYE);
        Vector3d s = new Vector3d();
        viewport.currentCamera().project(car.box().cx(), car.box().cy(), car.box().cz() + car.box().height() / 2, s);
        robot.clickOn(viewport.localToScreen(s.x, s.y));
        waitFor(() -> ws.frame().objects().size() == before + 1);
        ObjectAnnotation fitted = ws.selection().selected().orElseThrow();
        assertEquals(Source.MANUAL, fitted.source());
        assertEquals(car.box().cx(), fitted.box().cx(), 0.5, "fitted on the clicked car");
        assertEquals(car.box().cy(), fitted.box().cy(), 0.5);
        assertEquals(car.box().length(), fitted.box().length(), 0.8);

        // interpolation: take the car's box out of frame 000001, then fill its track from frame 000000 (K)
        List<String> frames = List.copyOf(ws.frames());
        ObjectAnnotation middle = ws.store().objects(frames.get(1)).stream()
                .filter(o -> o.trackId().equals(car.trackId())).findFirst().orElseThrow();
        assertTrue(ws.store().objects(frames.get(2)).stream().anyMatch(o -> o.trackId().equals(car.trackId())),
                "the car is in the third frame too");
        robot.interact(() -> {
            ws.execute(new DeleteObject(middle));
            ws.selection().select(car.id());
        });
        keysTo(robot, viewport).press(KeyCode.ALT).type(KeyCode.K).release(KeyCode.ALT);
        waitFor(() -> ws.store().objects(frames.get(1)).stream().anyMatch(o -> o.trackId().equals(car.trackId())));
        ObjectAnnotation filled = ws.store().objects(frames.get(1)).stream()
                .filter(o -> o.trackId().equals(car.trackId())).findFirst().orElseThrow();
        assertTrue(PreLabelJob.isOpenPreLabel(filled), "an interpolated box waits for review");
        assertEquals(middle.box().cx(), filled.box().cx(), 0.5, "between the keyframes, near the truth");
        assertEquals(middle.box().cy(), filled.box().cy(), 0.5);
    }

    /** The window with its dashed pre-labels, into the temp folder, and to -Dfuselage.screenshot when given. */
    private void screenshot(FxRobot robot, Viewport3D viewport, List<ObjectAnnotation> open) throws Exception {
        // close in on the pre-labels near the sensor, so the dashes show
        ObjectAnnotation near = open.stream().min(Comparator.comparingDouble(
                o -> Math.hypot(o.box().cx(), o.box().cy()))).orElseThrow();
        robot.interact(() -> {
            viewport.camera().setTarget(near.box().cx() / 2, near.box().cy() / 2, 0);
            viewport.camera().setDistance(Math.hypot(near.box().cx(), near.box().cy()) + 12);
            viewport.redraw();
        });
        Thread.sleep(2000); // the still frame refines over a few steps
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, shot[0].getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(img, "png", temp.resolve("prelabel.png").toFile());
        String docs = System.getProperty("fuselage.screenshot");
        if (docs != null && !docs.isBlank()) {
            ImageIO.write(img, "png", Path.of(docs).toFile());
        }
    }

    /** Makes sure keys reach this window's 3D view (see WorkspaceUiTest). */
    private FxRobot keysTo(FxRobot robot, Viewport3D viewport) {
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
            viewport.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WorkspaceFixture.waitFor(60, condition);
    }
}
