package dev.fuselage.render;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.PointStyle;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneCuboid;
import java.util.List;
import org.joml.Vector3d;

/**
 * The synthetic scene of the geometry tests: a camera at the origin looking along lidar +x with a 90° vertical
 * field of view, so the pinhole maths is simple enough to write out independently of {@link RenderCamera}:
 * focal length f = (H/2) / tan(45°) = H/2 pixels, and a world point (X, Y, Z) lands at
 * u = W/2 − f·Y/X, v = H/2 − f·Z/X (lidar y left, z up; image v down).
 */
public final class GeometryScene {
    public static final int W = 320;
    public static final int H = 200;
    public static final double F = H / 2.0;
    /** Points: x, y, z (world) and their colour. Chosen so u, v fall mid-pixel. */
    public static final double[][] POINTS = {
            {10, pixelToY(10, 90.5), pixelToZ(10, 50.5)},
            {20, pixelToY(20, 230.5), pixelToZ(20, 120.5)},
            {40, pixelToY(40, 160.5), pixelToZ(40, 100.5)},
            {5, pixelToY(5, 20.5), pixelToZ(5, 180.5)},
            {60, pixelToY(60, 300.5), pixelToZ(60, 10.5)}};
    public static final int[] COLORS = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFFFFFF00, 0xFF00FFFF};
    public static final Cuboid BOX = Cuboid.upright(25, -3, 0.5, 4, 2, 1.6, 0.4);
    public static final int BOX_COLOR = 0xFFFF00FF;

    private GeometryScene() {
    }

    static double pixelToY(double x, double u) {
        return (W / 2.0 - u) * x / F;
    }

    static double pixelToZ(double x, double v) {
        return (H / 2.0 - v) * x / F;
    }

    /** Expected pixel column of a world point (independent pinhole maths). */
    public static double u(double x, double y) {
        return W / 2.0 - F * y / x;
    }

    /** Expected pixel row. */
    public static double v(double x, double z) {
        return H / 2.0 - F * z / x;
    }

    public static PointCloud cloud() {
        PointCloud c = new PointCloud(POINTS.length);
        AttributeColumn rgb = c.addColumn(StandardAttributes.RGB, ScalarType.UINT32, 1);
        for (int i = 0; i < POINTS.length; i++) {
            c.x()[i] = (float) POINTS[i][0];
            c.y()[i] = (float) POINTS[i][1];
            c.z()[i] = (float) POINTS[i][2];
            rgb.setLong(i, 0, COLORS[i] & 0xFFFFFF);
        }
        return c;
    }

    /** Fills a scene: the cloud, the box, no grid or axes, black background, RGB colours of the given size. */
    public static Scene fill(Scene scene, int pointSize) {
        scene.setGrid(null);
        scene.setAxesLength(0);
        scene.setBackground(0xFF000000);
        scene.setStyle(PointStyle.DEFAULT.withMode(ColorMode.RGB).withPointSize(pointSize));
        scene.addCloud(cloud());
        scene.setCuboids(List.of(new SceneCuboid(7, BOX, BOX_COLOR)));
        return scene;
    }

    public static RenderCamera camera() {
        return RenderCamera.perspective(new Vector3d(0, 0, 0), new Vector3d(1, 0, 0), new Vector3d(0, 0, 1),
                Math.toRadians(90), W, H, 0.5, 500);
    }
}
