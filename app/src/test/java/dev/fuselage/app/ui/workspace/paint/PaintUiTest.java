package dev.fuselage.app.ui.workspace.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.WorkspaceFixture;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.ontology.SemanticKitti;
import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.project.demo.DemoSceneGenerator;
import dev.fuselage.project.demo.ProgressListener;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
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

/**
 * Issue #11, acceptance 3, on the demo project (12 frames, with ego poses): paint a region with the brush, lasso
 * another, undo, redo, close, reopen: the same labels are stored. Then a merged view of 10 frames: one rectangle
 * over a building labels each of the 10 frames' own points. With {@code -Dfuselage.screenshots=DIR} the window is
 * saved there after each part (the docs screenshots).
 */
@ExtendWith(ApplicationExtension.class)
class PaintUiTest {
    @TempDir
    static Path temp;
    private static Path demo;

    private WorkspaceFixture workspace;
    private Stage stage;

    @BeforeAll
    static void generateDemo() throws IOException {
        demo = DemoProject.createIfAbsent(temp.resolve("demo"), 12, DemoSceneGenerator.DEFAULT_SEED,
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
    void brushLassoUndoRedoReopenThenMergedBuilding(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        PaintModel paint = window.paint();
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        String f0 = ws.frames().get(0);
        robot.interact(() -> {
            if (viewport.camera().mode() != OrbitCamera.Mode.BIRDS_EYE) {
                viewport.toggleBirdsEye();
            }
            paint.activeClassProperty().set(SemanticKitti.ROAD);
            paint.surfaceOnlyProperty().set(false);
            window.run(WorkspaceAction.BRUSH_TOOL);
        });
        waitFor(() -> viewport.getWidth() > 400);
        assertTrue(ws.store().pointLabels(f0).isEmpty(), "the demo starts unlabelled");

        // brush: a drag along the road ahead, 5 m to 12 m
        RenderCamera cam = viewport.currentCamera();
        robot.moveTo(screen(viewport, cam, 5, 0)).press(MouseButton.PRIMARY)
                .moveTo(screen(viewport, cam, 7, 0.5)).moveTo(screen(viewport, cam, 9, 0))
                .moveTo(screen(viewport, cam, 12, -0.5)).release(MouseButton.PRIMARY);
        waitFor(() -> ws.store().pointLabels(f0).isPresent());
        PointLabels brushed = ws.store().pointLabels(f0).orElseThrow();
        int road = count(brushed, SemanticKitti.ROAD);
        assertTrue(road > 50, "the brush labelled road points: " + road);
        assertViewMatchesStore(paint, ws, f0);

        // lasso: a quadrilateral behind the car, sidewalk class
        robot.interact(() -> {
            paint.activeClassProperty().set(48);
            window.run(WorkspaceAction.LASSO_TOOL);
        });
        robot.moveTo(screen(viewport, cam, -6, -4)).press(MouseButton.PRIMARY)
                .moveTo(screen(viewport, cam, -14, -4)).moveTo(screen(viewport, cam, -14, 4))
                .moveTo(screen(viewport, cam, -6, 4)).release(MouseButton.PRIMARY);
        waitFor(() -> count(ws.store().pointLabels(f0).orElseThrow(), 48) > 0);
        PointLabels lassoed = ws.store().pointLabels(f0).orElseThrow();
        assertEquals(road, count(lassoed, SemanticKitti.ROAD), "the lasso did not reach the brushed road");
        assertViewMatchesStore(paint, ws, f0);
        shot(robot, "paint-demo-brush-lasso.png");

        // undo: the lasso is gone; redo: back
        robot.interact(() -> window.run(WorkspaceAction.UNDO));
        waitFor(() -> ws.store().pointLabels(f0).orElseThrow().equals(brushed));
        assertViewMatchesStore(paint, ws, f0);
        robot.interact(() -> window.run(WorkspaceAction.REDO));
        waitFor(() -> ws.store().pointLabels(f0).orElseThrow().equals(lassoed));
        assertViewMatchesStore(paint, ws, f0);

        // a stroke pressed before the brush's projection is ready (the camera has just moved): the press does not
        // project on this thread; the dabs wait for the background projection, then paint, as one edit
        robot.interact(() -> {
            Vector3d t = viewport.camera().target();
            viewport.camera().setTarget(t.x + 2, t.y, t.z);
            RenderCamera moved = viewport.currentCamera();
            paint.activeClassProperty().set(44);
            window.run(WorkspaceAction.BRUSH_TOOL);
            paint.beginStroke(moved, false);
            for (double x = 14; x <= 20; x += 1) {
                Vector3d s = new Vector3d();
                moved.project(x, 0, 0, s);
                paint.dab(s.x, s.y);
            }
            paint.endStroke();
        });
        waitFor(() -> count(ws.store().pointLabels(f0).orElseThrow(), 44) > 20);
        assertViewMatchesStore(paint, ws, f0);
        robot.interact(() -> window.run(WorkspaceAction.UNDO)); // one edit: one undo takes it back
        waitFor(() -> ws.store().pointLabels(f0).orElseThrow().equals(lassoed));
        robot.interact(() -> window.run(WorkspaceAction.LASSO_TOOL));

        // merged view of 10 frames; a rectangle over the building nearest the ego lane's left, class building
        List<String> ten = List.copyOf(ws.frames().subList(0, 10));
        Map<String, PointLabels> before = new HashMap<>();
        for (String f : ten) {
            before.put(f, ws.store().pointLabels(f).orElse(new PointLabels(1)));
        }
        robot.interact(() -> paint.mergedSpanProperty().set(10));
        robot.interact(paint::showMerged);
        waitFor(() -> paint.mergedProperty().get());
        assertEquals(ten, paint.viewFrames());
        double[] building = tallestWall(paint, ws);
        robot.interact(() -> {
            paint.activeClassProperty().set(50);
            window.run(WorkspaceAction.RECTANGLE_TOOL);
        });
        RenderCamera merged = viewport.currentCamera();
        robot.moveTo(screen(viewport, merged, building[0] - 4, building[1] - 1.5)).press(MouseButton.PRIMARY)
                .moveTo(screen(viewport, merged, building[0], building[1]))
                .moveTo(screen(viewport, merged, building[0] + 4, building[1] + 1.5)).release(MouseButton.PRIMARY);
        waitFor(() -> ten.stream().allMatch(f -> ws.store().pointLabels(f).map(l -> count(l, 50) > 0)
                .orElse(false)));
        for (String f : ten) {
            PointLabels now = ws.store().pointLabels(f).orElseThrow();
            assertNotEquals(before.get(f), now, "frame " + f + "'s own labels changed");
            assertEquals(ws.frameCloud(f).join().cloud().size(), now.pointCount(), "labels of the frame's own points");
        }
        assertEquals(0, ws.store().pointLabels(ws.frames().get(10)).map(l -> count(l, 50)).orElse(0),
                "frame 11 was not in the merged view");
        shot(robot, "paint-demo-merged-10.png");

        // close, reopen: the same labels
        Path folder = ws.project().folder();
        Map<String, PointLabels> stored = new HashMap<>();
        for (String f : ten) {
            stored.put(f, ws.store().pointLabels(f).orElseThrow());
        }
        robot.interact(stage::close);
        waitFor(() -> !stage.isShowing());
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            for (String f : ten) {
                assertEquals(stored.get(f), reopened.annotations().pointLabels(f).orElseThrow(), f);
            }
            PointLabels first = reopened.annotations().pointLabels(f0).orElseThrow();
            assertEquals(road, count(first, SemanticKitti.ROAD) + countWhere(first, lassoed, 50),
                    "brushed road kept, except where the building rectangle repainted it");
        }
    }

    /** The view's label columns (what is drawn) equal the stored labels. */
    private static void assertViewMatchesStore(PaintModel paint, WorkspaceModel ws, String frame) {
        PointLabels l = ws.store().pointLabels(frame).orElseThrow();
        for (int i = 0; i < l.pointCount(); i++) {
            if (paint.viewSemantic(i) != l.semantic()[i]) {
                throw new AssertionError("point " + i + " drawn as " + paint.viewSemantic(i) + ", stored "
                        + l.semantic()[i]);
            }
        }
    }

    /**
     * The merged-view position (reference lidar frame) with the most points 1.5 m above the ground, 9 m to 30 m to
     * the side: a building wall (the demo's trees and poles stand at the kerb, nearer the road).
     */
    private static double[] tallestWall(PaintModel paint, WorkspaceModel ws) {
        PointCloud m = paint.view().cloud();
        double[] z = new double[m.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = m.worldZ(i);
        }
        java.util.Arrays.sort(z);
        double ground = z[z.length / 20]; // most points are road: the 5th percentile is the ground
        Map<String, Integer> cells = new HashMap<>();
        for (int i = 0; i < m.size(); i++) {
            double x = m.worldX(i), y = m.worldY(i);
            if (m.worldZ(i) > ground + 1.5 && Math.abs(y) > 9 && Math.abs(y) < 30 && Math.abs(x) < 20) {
                cells.merge((int) Math.floor(x / 4) + "," + (int) Math.floor(y / 2), 1, Integer::sum);
            }
        }
        String[] best = cells.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()
                .split(",");
        return new double[] {Integer.parseInt(best[0]) * 4 + 2, Integer.parseInt(best[1]) * 2 + 1};
    }

    private static int count(PointLabels l, int cls) {
        int n = 0;
        for (int s : l.semantic()) {
            n += s == cls ? 1 : 0;
        }
        return n;
    }

    /** Points labelled {@code cls} in {@code now} that were road in {@code then}. */
    private static int countWhere(PointLabels now, PointLabels then, int cls) {
        int n = 0;
        for (int i = 0; i < now.pointCount(); i++) {
            n += now.semantic()[i] == cls && then.semantic()[i] == SemanticKitti.ROAD ? 1 : 0;
        }
        return n;
    }

    private static Point2D screen(Viewport3D viewport, RenderCamera cam, double x, double y) {
        Vector3d s = new Vector3d();
        cam.project(x, y, 0, s);
        return viewport.localToScreen(s.x, s.y);
    }

    /** Saves the window under {@code -Dfuselage.screenshots} when set (docs), else nothing. */
    private void shot(FxRobot robot, String name) throws IOException {
        String dir = System.getProperty("fuselage.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Image img = snapshot(robot);
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        ImageIO.write(out, "png", Path.of(dir, name).toFile());
    }

    private Image snapshot(FxRobot robot) {
        Image[] img = new Image[1];
        robot.interact(() -> img[0] = stage.getScene().snapshot(null));
        return img[0];
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WorkspaceFixture.waitFor(60, condition);
    }
}
