package dev.fuselage.app.ui.workspace.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.WorkspaceFixture;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.core.select.BoxSelection;
import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.project.demo.DemoSceneGenerator;
import dev.fuselage.project.demo.ProgressListener;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ColorBuffer;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneCloud;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
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
 * Issue #11's height and range filters on the demo project: with the height filter on, a lasso over a car paints
 * only the points below the height (the ground around and under the car, not the car); with the range filter on,
 * points beyond the range are neither drawn (their colour in the renderer is 0) nor painted; in a merged view each
 * point is measured from its own frame's sensor. With {@code -Dfuselage.screenshots=DIR} the window is saved there
 * ({@code segment-height-filter.png}).
 */
@ExtendWith(ApplicationExtension.class)
class PaintFiltersUiTest {
    private static final int PARKING = 44;
    private static final int TERRAIN = 72;
    @TempDir
    static Path temp;
    private static Path demo;

    private WorkspaceFixture workspace;
    private Stage stage;

    @BeforeAll
    static void generateDemo() throws IOException {
        demo = DemoProject.createIfAbsent(temp.resolve("demo"), 4, DemoSceneGenerator.DEFAULT_SEED,
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
    void heightFilterLassoReachesUnderACarAndRangeFilterHidesFarPoints(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(60);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        PaintModel paint = window.paint();
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        String f0 = ws.frames().get(0);
        waitFor(() -> !ws.frame().objects().isEmpty());
        ObjectAnnotation car = ws.frame().objects().stream().filter(o -> o.className().equals("Car"))
                .min(Comparator.comparingDouble(o -> Math.hypot(o.box().cx(), o.box().cy())))
                .orElseThrow(() -> new AssertionError("no car among " + ws.frame().objects()));
        Cuboid box = car.box();
        double bottom = box.cz() - box.height() / 2;
        double top = bottom + 0.3; // the car's lowest 30 cm and the ground stay
        robot.interact(() -> {
            if (viewport.camera().mode() != OrbitCamera.Mode.BIRDS_EYE) {
                viewport.toggleBirdsEye();
            }
            paint.activeClassProperty().set(TERRAIN);
            window.run(WorkspaceAction.LASSO_TOOL); // visible surface only: the default
        });
        assertTrue(paint.surfaceOnlyProperty().get());
        waitFor(() -> viewport.getWidth() > 400);
        // the filter is set through the Segment section's controls, as a user would
        robot.interact(() -> paint.maxHeightProperty().set(top));
        CheckBox heightBox = robot.lookup(".height-filter").queryAs(CheckBox.class);
        robot.interact(heightBox::fire); // the section may be folded or scrolled: fire it as a click would
        assertTrue(paint.heightFilterProperty().get());
        paint.filtersApplied().get(30, TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        PointCloud cloud = ws.cloud();
        BitSet carPoints = new BitSet();
        Arrays.stream(BoxSelection.inside(cloud, box)).forEach(carPoints::set);
        assertTrue(carPoints.cardinality() > 50, "the car has points: " + carPoints.cardinality());
        for (int i = carPoints.nextSetBit(0); i >= 0; i = carPoints.nextSetBit(i + 1)) {
            assertEquals(cloud.worldZ(i) <= top, paint.isDrawn(i), "car point " + i + " at z " + cloud.worldZ(i));
        }

        // a lasso around the car, 1.5 m beyond its box
        RenderCamera cam = viewport.currentCamera();
        double[][] corners = corners(box, 1.5);
        robot.moveTo(screen(viewport, cam, corners[0], bottom)).press(MouseButton.PRIMARY)
                .moveTo(screen(viewport, cam, corners[1], bottom)).moveTo(screen(viewport, cam, corners[2], bottom))
                .moveTo(screen(viewport, cam, corners[3], bottom)).release(MouseButton.PRIMARY);
        waitFor(() -> ws.store().pointLabels(f0).isPresent());
        PointLabels labels = ws.store().pointLabels(f0).orElseThrow();
        // the lasso is drawn at the car's bottom in a perspective view: allow for the slant of what lies lower
        Cuboid footprint = Cuboid.upright(box.cx(), box.cy(), box.cz(), box.length() + 3.6, box.width() + 3.6, 20,
                box.yaw());
        BitSet around = new BitSet();
        Arrays.stream(BoxSelection.inside(cloud, footprint)).forEach(around::set);
        Cuboid inner = Cuboid.upright(box.cx(), box.cy(), box.cz(), box.length() + 2.4, box.width() + 2.4, 20,
                box.yaw());
        BitSet within = new BitSet();
        Arrays.stream(BoxSelection.inside(cloud, inner)).forEach(within::set);
        int painted = 0, low = 0, lowPainted = 0;
        for (int i = 0; i < labels.pointCount(); i++) {
            if (labels.semantic()[i] == TERRAIN) {
                painted++;
                assertTrue(cloud.worldZ(i) <= top + 1e-6, "painted point " + i + " is below the height: "
                        + cloud.worldZ(i) + " > " + top);
                assertTrue(around.get(i), "painted point " + i + " is inside the lasso: " + cloud.worldX(i) + ", "
                        + cloud.worldY(i) + ", " + cloud.worldZ(i) + " car " + box);
            }
            if (within.get(i) && cloud.worldZ(i) <= top) {
                low++;
                lowPainted += labels.semantic()[i] == TERRAIN ? 1 : 0;
            }
        }
        int lowCar = 0;
        for (int i = carPoints.nextSetBit(0); i >= 0; i = carPoints.nextSetBit(i + 1)) {
            lowCar += labels.semantic()[i] == TERRAIN ? 1 : 0;
        }
        assertTrue(lowPainted >= 0.9 * low, "the lasso reached the points below the height around the car: "
                + lowPainted + " of " + low + " (" + painted + " painted)");
        assertTrue(lowCar > 0, "and the car's own lowest points, seen through the hidden body");
        robot.interact(() -> { // the screenshot shows the filter's controls
            for (javafx.scene.Node n = heightBox; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane sp) {
                    sp.setVvalue(sp.getVmax());
                    break;
                }
            }
        });
        shot(robot, "segment-height-filter.png");

        // range: points beyond 12 m are not drawn (colour 0 in the renderer) and a rectangle over the whole view
        // does not paint them
        robot.interact(() -> {
            paint.heightFilterProperty().set(false);
            paint.maxRangeProperty().set(12);
            paint.rangeFilterProperty().set(true);
            paint.surfaceOnlyProperty().set(false);
            paint.activeClassProperty().set(PARKING);
            window.run(WorkspaceAction.RECTANGLE_TOOL);
        });
        paint.filtersApplied().get(30, TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Scene scene = ws.renderer().scene();
        SceneCloud sc = scene.cloud(paint.view().handle()).orElseThrow();
        ColorBuffer colours = sc.colors(scene.style(), 0xFF101418);
        int[] src = sc.prepared().sourceIndex();
        int far = 0;
        for (int p = 0; p < src.length; p++) {
            int i = src[p];
            boolean beyond = Math.hypot(cloud.worldX(i), cloud.worldY(i)) > 12;
            far += beyond ? 1 : 0;
            assertEquals(beyond, colours.argb()[p] == 0, "point " + i + " drawn unless beyond 12 m");
            assertEquals(!beyond, paint.isDrawn(i), "point " + i + " selectable unless beyond 12 m");
        }
        assertTrue(far > 1000, "the demo has points beyond 12 m: " + far);
        robot.moveTo(viewport.localToScreen(5, 5)).press(MouseButton.PRIMARY)
                .moveTo(viewport.localToScreen(viewport.getWidth() / 2, viewport.getHeight() / 2))
                .moveTo(viewport.localToScreen(viewport.getWidth() - 5, viewport.getHeight() - 5))
                .release(MouseButton.PRIMARY);
        waitFor(() -> count(ws.store().pointLabels(f0).orElseThrow(), PARKING) > 1000);
        PointLabels ranged = ws.store().pointLabels(f0).orElseThrow();
        for (int i = 0; i < ranged.pointCount(); i++) {
            if (ranged.semantic()[i] == PARKING) {
                assertTrue(Math.hypot(cloud.worldX(i), cloud.worldY(i)) <= 12 + 1e-6, "painted point " + i
                        + " within 12 m");
            }
        }

        // merged view of 3 frames: each point's range is from its own frame's sensor
        robot.interact(() -> paint.mergedSpanProperty().set(3));
        robot.interact(paint::showMerged);
        waitFor(() -> paint.mergedProperty().get());
        paint.filtersApplied().get(30, TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        PaintView view = paint.view();
        for (int f = 0; f < 3; f++) {
            PointCloud own = ws.frameCloud(ws.frames().get(f)).join().cloud();
            int near = 0, drawn = 0;
            for (int i = 0; i < own.size(); i++) {
                near += Math.hypot(own.worldX(i), own.worldY(i)) <= 12 ? 1 : 0;
            }
            for (int k = view.offset(f); k < view.offset(f + 1); k++) {
                drawn += paint.isDrawn(k) ? 1 : 0;
            }
            assertEquals(near, drawn, near * 1e-3 + 2, "frame " + f + ": its points within 12 m of its sensor");
        }
        assertTrue(view.sensor(2)[0] > 1, "the car moved between the frames: " + view.sensor(2)[0]);

        // off again: every point drawn and selectable
        robot.interact(() -> paint.rangeFilterProperty().set(false));
        paint.filtersApplied().get(30, TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, scene.cloud(view.handle()).orElseThrow().hiddenPoints(), "the renderer shows all");
        for (int k = 0; k < view.size(); k++) {
            assertTrue(paint.isDrawn(k), "point " + k + " shown again");
        }
    }

    /** The corners of a box's footprint grown by {@code margin}, in order around it. */
    private static double[][] corners(Cuboid box, double margin) {
        double hl = box.length() / 2 + margin, hw = box.width() / 2 + margin;
        double c = Math.cos(box.yaw()), s = Math.sin(box.yaw());
        double[][] local = {{-hl, -hw}, {hl, -hw}, {hl, hw}, {-hl, hw}};
        double[][] out = new double[4][];
        for (int i = 0; i < 4; i++) {
            out[i] = new double[] {box.cx() + c * local[i][0] - s * local[i][1],
                box.cy() + s * local[i][0] + c * local[i][1]};
        }
        return out;
    }

    private static Point2D screen(Viewport3D viewport, RenderCamera cam, double[] xy, double z) {
        Vector3d s = new Vector3d();
        cam.project(xy[0], xy[1], z, s);
        return viewport.localToScreen(s.x, s.y);
    }

    private static int count(PointLabels l, int cls) {
        int n = 0;
        for (int s : l.semantic()) {
            n += s == cls ? 1 : 0;
        }
        return n;
    }

    /** Saves the window under {@code -Dfuselage.screenshots} when set (docs), else nothing. */
    private void shot(FxRobot robot, String name) throws IOException {
        String dir = System.getProperty("fuselage.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Image[] img = new Image[1];
        robot.interact(() -> img[0] = stage.getScene().snapshot(null));
        BufferedImage out = new BufferedImage((int) img[0].getWidth(), (int) img[0].getHeight(),
                BufferedImage.TYPE_INT_RGB);
        PixelReader r = img[0].getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        ImageIO.write(out, "png", Path.of(dir, name).toFile());
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WorkspaceFixture.waitFor(60, condition);
    }
}
