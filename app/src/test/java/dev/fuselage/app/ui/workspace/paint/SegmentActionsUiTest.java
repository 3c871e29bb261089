package dev.fuselage.app.ui.workspace.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.WorkspaceFixture;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.core.select.BoxSelection;
import dev.fuselage.ontology.SemanticKitti;
import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.project.demo.DemoSceneGenerator;
import dev.fuselage.project.demo.ProgressListener;
import dev.fuselage.project.segment.BoxLabels;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.Scene;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
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
 * The Segment menu's one-key actions on the demo project: box → points gives exactly the points in the box its
 * class and track id (undoable), ground labels road in one edit, new instance, hide / show unlabelled only reach
 * the renderer's palette, and the colour mode cycles.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentActionsUiTest {
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
    void boxToPointsGroundInstancesAndVisibility(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        PaintModel paint = window.paint();
        String f0 = ws.frames().get(0);
        waitFor(() -> !ws.frame().objects().isEmpty()); // the frame index is set before the objects
        ObjectAnnotation car = ws.frame().objects().stream().filter(o -> o.className().equals("Car"))
                .min(java.util.Comparator.comparingDouble(o -> Math.hypot(o.box().cx(), o.box().cy())))
                .orElseThrow(() -> new AssertionError("no car among " + ws.frame().objects()));

        // box -> points: exactly the points in the box, its class and track id
        robot.interact(() -> {
            ws.selection().select(car.id());
            window.run(WorkspaceAction.BOX_TO_POINTS);
        });
        waitFor(() -> ws.store().pointLabels(f0).isPresent());
        PointLabels labels = ws.store().pointLabels(f0).orElseThrow();
        BitSet inside = new BitSet();
        Arrays.stream(BoxSelection.inside(ws.cloud(), car.box())).forEach(inside::set);
        assertTrue(inside.cardinality() > 20, "the car has points: " + inside.cardinality());
        for (int i = 0; i < labels.pointCount(); i++) {
            assertEquals(inside.get(i) ? SemanticKitti.idOf("Car") : 0, labels.semantic()[i], "point " + i);
            assertEquals(inside.get(i) ? BoxLabels.instanceOf(car) : 0, labels.instance()[i], "point " + i);
            assertEquals(labels.semantic()[i], paint.viewSemantic(i), "drawn as stored: point " + i);
        }
        robot.interact(() -> window.run(WorkspaceAction.UNDO));
        waitFor(() -> ws.store().pointLabels(f0).map(l -> Arrays.stream(l.semantic()).allMatch(s -> s == 0))
                .orElse(true));
        for (int i = 0; i < labels.pointCount(); i++) {
            assertEquals(0, paint.viewSemantic(i), "undo recoloured the view: point " + i);
        }

        // all boxes, then ground in one action with overwrite off: the boxes' points keep their classes
        robot.interact(() -> window.run(WorkspaceAction.ALL_BOXES_TO_POINTS));
        waitFor(() -> ws.store().pointLabels(f0).map(l -> l.semantic()[inside.nextSetBit(0)] != 0).orElse(false));
        PointLabels boxes = ws.store().pointLabels(f0).orElseThrow();
        robot.interact(() -> {
            window.run(WorkspaceAction.OVERWRITE);
            window.run(WorkspaceAction.GROUND);
        });
        assertFalse(paint.overwriteProperty().get());
        waitFor(() -> count(ws.store().pointLabels(f0).orElseThrow(), SemanticKitti.ROAD) > 1000);
        PointLabels ground = ws.store().pointLabels(f0).orElseThrow();
        for (int i = 0; i < ground.pointCount(); i++) {
            if (boxes.semantic()[i] != 0) {
                assertEquals(boxes.semantic()[i], ground.semantic()[i], "overwrite off keeps box labels");
            }
        }

        // instances: a new id above every id of the frame
        int maxInstance = Arrays.stream(ground.instance()).max().orElse(0);
        robot.interact(() -> window.run(WorkspaceAction.NEW_INSTANCE));
        assertEquals(maxInstance + 1, paint.instanceProperty().get());

        // visibility and colours reach the renderer's style
        Scene scene = ws.renderer().scene();
        robot.interact(() -> window.run(WorkspaceAction.UNLABELED_ONLY));
        assertTrue(scene.style().palette().isHidden(SemanticKitti.ROAD));
        assertFalse(scene.style().palette().isHidden(SemanticKitti.UNLABELED));
        robot.interact(() -> window.run(WorkspaceAction.UNLABELED_ONLY));
        assertFalse(scene.style().palette().isHidden(SemanticKitti.ROAD));
        robot.interact(() -> {
            paint.activeClassProperty().set(SemanticKitti.ROAD);
            window.run(WorkspaceAction.HIDE_CLASS);
        });
        assertTrue(scene.style().palette().isHidden(SemanticKitti.ROAD));
        assertFalse(scene.style().palette().isHidden(SemanticKitti.idOf("Car")));
        // smart select with the road hidden: a click on the car's roof grows over the car, not the street; split
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        robot.interact(() -> {
            if (viewport.camera().mode() != OrbitCamera.Mode.BIRDS_EYE) {
                viewport.toggleBirdsEye();
            }
            paint.activeClassProperty().set(SemanticKitti.idOf("Car"));
            paint.overwriteProperty().set(true);
            window.run(WorkspaceAction.SMART_SELECT);
        });
        int grown = paint.instanceProperty().get();
        RenderCamera cam = viewport.currentCamera();
        Vector3d roof = new Vector3d();
        cam.project(car.box().cx(), car.box().cy(), car.box().cz() + car.box().height() / 2 - 0.2, roof);
        java.util.concurrent.CompletableFuture<?>[] grownDone = new java.util.concurrent.CompletableFuture<?>[1];
        robot.interact(() -> grownDone[0] = paint.smartSelect(cam, roof.x, roof.y, false));
        grownDone[0].get(60, java.util.concurrent.TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(count(ws.store().pointLabels(f0).orElseThrow().instance(), grown) > 0,
                "smart select at " + roof + " in " + cam.width() + "x" + cam.height() + ": "
                        + paint.statusProperty().get());
        int[] instances = ws.store().pointLabels(f0).orElseThrow().instance();
        Cuboid margin = Cuboid.upright(car.box().cx(), car.box().cy(), car.box().cz(), car.box().length() + 0.6,
                car.box().width() + 0.6, car.box().height() + 0.6, car.box().yaw());
        BitSet near = new BitSet();
        Arrays.stream(BoxSelection.inside(ws.cloud(), margin)).forEach(near::set);
        int in = 0, all = 0;
        for (int i = 0; i < instances.length; i++) {
            if (instances[i] == grown) {
                all++;
                in += near.get(i) ? 1 : 0;
            }
        }
        assertTrue(in >= 0.9 * all && in >= 0.5 * inside.cardinality(),
                "the grown region is the car: " + in + " of " + all + " near it, car has " + inside.cardinality());
        robot.interact(() -> window.run(WorkspaceAction.SPLIT_INSTANCE));
        waitFor(() -> count(ws.store().pointLabels(f0).orElseThrow().instance(), grown) == 0);
        assertEquals(all, count(ws.store().pointLabels(f0).orElseThrow().instance(), grown + 1),
                "split moved the selection to a new instance");

        // polygon: four clicks in the bird's-eye view, a double click closes it; parking behind the car
        robot.interact(() -> {
            paint.activeClassProperty().set(SemanticKitti.ROAD);
            window.run(WorkspaceAction.HIDE_CLASS); // road shown (and paintable) again
            assertTrue(paint.hiddenClasses().isEmpty());
            paint.activeClassProperty().set(44);
            paint.surfaceOnlyProperty().set(false);
            window.run(WorkspaceAction.POLYGON_TOOL);
        });
        double[][] corners = {{-6, -3}, {-12, -3}, {-12, 3}, {-6, 3}};
        for (double[] c : corners) {
            robot.moveTo(screen(viewport, cam, c[0], c[1])).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        }
        robot.doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        try {
            WorkspaceFixture.waitFor(10, () -> count(ws.store().pointLabels(f0).orElseThrow(), 44) > 50);
        } catch (TimeoutException e) {
            throw new AssertionError("polygon painted nothing: " + paint.statusProperty().get() + ", tool "
                    + paint.toolProperty().get() + ", outline " + viewport.overlay().getChildren());
        }
        PointLabels parked = ws.store().pointLabels(f0).orElseThrow();
        for (int i = 0; i < parked.pointCount(); i++) {
            if (parked.semantic()[i] == 44) {
                double x = ws.cloud().worldX(i), y = ws.cloud().worldY(i);
                assertTrue(x > -12.3 && x < -5.7 && y > -3.3 && y < 3.3, "point " + i + " at " + x + ", " + y
                        + " is inside the polygon");
            }
        }

        robot.interact(() -> window.run(WorkspaceAction.COLOR_MODE));
        ColorMode after = scene.style().mode();
        robot.interact(() -> window.run(WorkspaceAction.COLOR_MODE));
        assertTrue(after != scene.style().mode(), "the colour mode cycles");
    }

    private static javafx.geometry.Point2D screen(Viewport3D viewport, RenderCamera cam, double x, double y) {
        Vector3d s = new Vector3d();
        cam.project(x, y, 0, s);
        return viewport.localToScreen(s.x, s.y);
    }

    private static int count(PointLabels l, int cls) {
        return count(l.semantic(), cls);
    }

    private static int count(int[] values, int v) {
        int n = 0;
        for (int s : values) {
            n += s == v ? 1 : 0;
        }
        return n;
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WorkspaceFixture.waitFor(60, condition);
    }
}
