package dev.fuselage.app.ui.view3d;

import java.util.function.Consumer;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.ParallelCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Affine;
import org.fxyz3d.shapes.primitives.CuboidMesh;
import org.joml.Matrix4dc;

/**
 * The orientation cube in a corner of the 3D view: a small JavaFX 3D sub-scene (an FXyz3D {@link CuboidMesh}
 * with labelled faces) turned with the main camera. Clicking a face snaps the camera to that view (top, front,
 * rear, left, right, bottom); clicking near an edge or corner snaps to the view between those faces.
 *
 * <p>The cube lives in lidar coordinates (x forward = FRONT, y left = LEFT, z up = TOP), so a pick's local point
 * directly names the faces it is near.
 */
final class ViewCube extends SubScene {
    /** Half the cube's side in scene units. */
    private static final double HALF = 30;
    /** Share of the half side that counts as "near an edge". */
    private static final double EDGE = 0.55;

    private final Group world = new Group();
    private final Affine orientation = new Affine();
    private final CuboidMesh cube = new CuboidMesh(2 * HALF, 2 * HALF, 2 * HALF);
    private final double size;

    /**
     * @param size  side of the sub-scene in pixels
     * @param onPick receives the outward direction (lidar frame) of the face, edge or corner clicked: the camera
     *               should look from that direction towards its target
     */
    ViewCube(double size, Consumer<Point3D> onPick) {
        super(new Group(), size, size, true, SceneAntialiasing.BALANCED);
        this.size = size;
        setFill(Color.TRANSPARENT);
        setCamera(new ParallelCamera());
        PhongMaterial body = new PhongMaterial(Color.rgb(70, 78, 92));
        body.setSpecularColor(Color.rgb(40, 40, 40));
        cube.setMaterial(body);
        world.getChildren().add(cube);
        label("FRONT", new Point3D(1, 0, 0), new Point3D(0, 0, -1));
        label("REAR", new Point3D(-1, 0, 0), new Point3D(0, 0, -1));
        label("LEFT", new Point3D(0, 1, 0), new Point3D(0, 0, -1));
        label("RIGHT", new Point3D(0, -1, 0), new Point3D(0, 0, -1));
        label("TOP", new Point3D(0, 0, 1), new Point3D(-1, 0, 0));
        label("BOTTOM", new Point3D(0, 0, -1), new Point3D(1, 0, 0));
        world.getTransforms().add(orientation);
        Group root = (Group) getRoot();
        root.getChildren().add(world);
        world.setTranslateX(size / 2);
        world.setTranslateY(size / 2);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            Point3D dir = directionAt(e.getPickResult());
            if (dir != null) {
                onPick.accept(dir);
                e.consume();
            }
        });
    }

    /** Screen position of the point of the cube's surface in a lidar-frame direction (e.g. a face centre). */
    javafx.geometry.Point2D screenPointOf(Point3D direction) {
        Point3D d = direction.normalize();
        double m = Math.max(Math.abs(d.getX()), Math.max(Math.abs(d.getY()), Math.abs(d.getZ())));
        return world.localToScreen(d.multiply(HALF / m));
    }

    /** The side of the sub-scene in pixels. */
    double size() {
        return size;
    }

    /**
     * Turns the cube like the world seen through a view matrix (OpenGL eye space: x right, y up, z towards the
     * viewer). JavaFX has y down and z into the screen, hence the flip of both.
     */
    void setView(Matrix4dc view) {
        orientation.setToTransform(
                view.m00(), view.m10(), view.m20(), 0,
                -view.m01(), -view.m11(), -view.m21(), 0,
                -view.m02(), -view.m12(), -view.m22(), 0);
    }

    /** Outward direction of the face, edge or corner under a pick, or null when the cube was missed. */
    static Point3D directionFor(Point3D local) {
        double x = snap(local.getX()), y = snap(local.getY()), z = snap(local.getZ());
        if (x == 0 && y == 0 && z == 0) {
            return null;
        }
        return new Point3D(x, y, z).normalize();
    }

    private Point3D directionAt(PickResult pick) {
        if (pick == null || pick.getIntersectedNode() != cube) {
            return null;
        }
        return directionFor(pick.getIntersectedPoint());
    }

    private static double snap(double v) {
        double r = v / HALF;
        return r > EDGE ? 1 : r < -EDGE ? -1 : 0;
    }

    /** A face label lying on the face with outward normal {@code n}, text running down along {@code down}. */
    private void label(String name, Point3D n, Point3D down) {
        Text text = new Text(name);
        text.setFont(Font.font("System", FontWeight.BOLD, 11));
        text.setFill(Color.rgb(230, 234, 240));
        double w = text.getLayoutBounds().getWidth();
        double h = text.getLayoutBounds().getHeight();
        Point3D into = n.multiply(-1); // text's local z points into the screen, i.e. against the outward normal
        Point3D right = down.crossProduct(into);
        // place the text box centred on the face, a hair outside it so the depth test keeps it visible
        Point3D centre = n.multiply(HALF + 0.5);
        double baseline = text.getBaselineOffset();
        Point3D origin = centre.subtract(right.multiply(w / 2)).add(down.multiply(baseline - h / 2));
        Affine a = new Affine(right.getX(), down.getX(), into.getX(), origin.getX(),
                right.getY(), down.getY(), into.getY(), origin.getY(),
                right.getZ(), down.getZ(), into.getZ(), origin.getZ());
        text.getTransforms().add(a);
        text.setMouseTransparent(true);
        world.getChildren().add(text);
    }
}
