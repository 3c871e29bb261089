package dev.fuselage.app.ui.workspace;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.camera.CameraPanel;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.testkit.TestData;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.joml.Vector3d;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The docs screenshots of issue #10 (start screen, create tool state, heading markers, zoomed camera image), taken
 * from the real window on KITTI frame 000002. Runs only when asked, with the output folder:
 * {@code mvn -pl app -am verify -Dtest=WorkspaceScreenshots -Dfuselage.shots=$PWD/docs} (under Xvfb).
 */
@EnabledIfSystemProperty(named = "fuselage.shots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class WorkspaceScreenshots {
    @TempDir
    Path projects;

    private WorkspaceFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = WorkspaceFixture.launcherOnly(projects, stage);
        fixture.launcher().setFolderChooser(w -> Optional.of(TestData.file("kitti/object/training")));
        new StartScreen(stage, fixture.launcher(), List.of(TestData.file("kitti/object/training"),
                Path.of(System.getProperty("user.home"), ".local/share/fuselage/demo")), projects.resolve("demo"),
                2, s -> { }).show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        fixture.close();
    }

    @Test
    void shots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("fuselage.shots"));
        Files.createDirectories(out);
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, out.resolve("workspace-start-screen.png"));

        robot.clickOn(".open-folder");
        WorkspaceFixture.waitFor(60, () -> stage.getScene().getRoot() instanceof WorkspaceWindow);
        WorkspaceWindow window = (WorkspaceWindow) stage.getScene().getRoot();
        Viewport3D viewport = robot.lookup(".viewport-3d").queryAs(Viewport3D.class);
        AtomicReference<WorkspaceModel> model = new AtomicReference<>();
        WorkspaceFixture.waitFor(30, () -> viewport.lastFrameProperty().get() != null);
        robot.interact(() -> model.set(window.model()));
        WorkspaceModel ws = model.get();
        robot.interact(() -> ws.goTo(2));
        WorkspaceFixture.waitFor(30, () -> "000002".equals(ws.frame().frameId()));
        WorkspaceFixture.waitFor(30, () -> !window.cameras().panels().isEmpty());
        ObjectAnnotation car = ws.frame().objects().stream().filter(o -> o.className().equals("Car")).findFirst()
                .orElseThrow();
        Cuboid box = car.box();

        // the create tool, a drag under way over the car
        Point2D over = screen(viewport, viewport.currentCamera(), box.cx(), box.cy(), box.cz());
        robot.moveTo(over);
        robot.interact(() -> window.run(WorkspaceAction.CREATE_TOOL));
        WaitForAsyncUtils.waitForFxEvents();
        RenderCamera cam = viewport.currentCamera();
        Point2D a = screen(viewport, cam, box.cx() + 2.6, box.cy() + 1.2, 0);
        Point2D b = screen(viewport, cam, box.cx() - 2.6, box.cy() - 1.2, 0);
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b);
        Thread.sleep(300);
        save(robot, out.resolve("workspace-create-tool.png"));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ws.undo(); // the drawn box goes again: the screenshots show the label
            window.run(WorkspaceAction.LEAVE_TOOL);
            window.run(WorkspaceAction.BIRDS_EYE);
            ws.selection().select(car.id());
        });
        Thread.sleep(500);

        // heading: the selected car's front cross in the camera, its heading line and turn handle in 3D
        CameraPanel camera = window.cameras().panels().get(0);
        robot.interact(() -> {
            viewport.camera().setTarget(box.cx() - 12, box.cy(), box.cz());
            viewport.camera().setDistance(22);
            viewport.redraw();
        });
        Thread.sleep(800);
        save(robot, out.resolve("workspace-heading.png"));

        // the camera image zoomed onto the car
        var projected = camera.view().boxes().boxes().stream().filter(p -> p.id().equals(car.id())).findFirst()
                .orElseThrow().projection();
        Point2D carInImage = camera.toScreen((projected.boxLeft() + projected.boxRight()) / 2,
                (projected.boxTop() + projected.boxBottom()) / 2);
        robot.interact(() -> {
            Point2D local = camera.screenToLocal(carInImage);
            camera.zoomAt(local.getX(), local.getY(), 6);
        });
        Thread.sleep(300);
        save(robot, out.resolve("workspace-camera-zoom.png"));
    }

    private void save(FxRobot robot, Path file) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(stage.getScene().snapshot(null)));
        WritableImage img = shot.get();
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(out, "png", file.toFile());
    }

    private static Point2D screen(Viewport3D viewport, RenderCamera cam, double x, double y, double z) {
        Vector3d s = new Vector3d();
        cam.project(x, y, z, s);
        return viewport.localToScreen(s.x, s.y);
    }
}
