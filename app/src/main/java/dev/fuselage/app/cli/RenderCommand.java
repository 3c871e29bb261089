package dev.fuselage.app.cli;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.core.cloud.Bounds;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.ontology.Presets;
import dev.fuselage.render.BackendChoice;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.Renderers;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.Scene;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage render CLOUD --out FILE.png}: renders a cloud (and optional KITTI labels as cuboids in the
 * lidar frame) headless, through the same renderer as the desktop view.
 */
@Command(name = "render", description = "Render a point cloud to PNG without a display.")
final class RenderCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CLOUD", description = "Point-cloud file.")
    Path cloud;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Output PNG.")
    Path out;

    @Option(names = "--width", defaultValue = "1280", description = "Image width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "720", description = "Image height (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--view", defaultValue = "orbit:180,30,0", paramLabel = "bev|orbit:AZ,EL,DIST",
            description = "bev (top-down, metric) or orbit:AZ,EL,DIST (degrees; azimuth 0 looks from +x, "
                    + "180 from behind; DIST metres, 0 = fit the cloud). Default: ${DEFAULT-VALUE}.")
    String view;

    @Option(names = "--target", paramLabel = "X,Y,Z",
            description = "Point the camera looks at, lidar frame metres (default: the centre of the cloud).")
    String target;

    @Option(names = "--pixels-per-metre", paramLabel = "N",
            description = "BEV scale (default: fit the cloud into the image).")
    Double pixelsPerMetre;

    @Option(names = "--color", defaultValue = "height", paramLabel = "MODE",
            description = "intensity, height, rgb, semantic, instance or single (default: ${DEFAULT-VALUE}).")
    String color;

    @Option(names = "--point-size", defaultValue = "1", description = "Point size in pixels.")
    int pointSize;

    @Mixin
    SceneOptions shown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (width < 1 || height < 1 || width > 16384 || height > 16384) {
            throw new ParameterException(spec.commandLine(), "--width/--height must be 1..16384");
        }
        ColorMode mode = parseColor();
        BackendChoice choice = parseBackend();
        SceneLoader.LoadedScene loaded = SceneLoader.load(cloud, shown.labels(), shown.calib(), Presets.kitti());
        OrbitCamera camera = cameraFor(loaded.cloud().bounds());
        try (Renderer renderer = Renderers.create(choice)) {
            Scene scene = renderer.scene();
            scene.setStyle(scene.style().withMode(mode).withPointSize(pointSize));
            scene.addCloud(loaded.cloud());
            scene.setCuboids(loaded.boxes());
            FrameImage frame = renderer.renderNow(camera.camera(width, height), false);
            PointCloudIO.writeAtomically(out, frame::writePng);
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%dx%d, %d points drawn, %d boxes, %s, %.1f ms)%n",
                    out, width, height, frame.pointsDrawn(), loaded.boxes().size(), renderer.description(),
                    frame.renderMillis());
        }
        return 0;
    }

    OrbitCamera cameraFor(Bounds bounds) {
        OrbitCamera camera = new OrbitCamera();
        if (!bounds.isEmpty()) {
            camera.fit(bounds);
        }
        double[] t = parseTarget();
        if (t != null) {
            camera.setTarget(t[0], t[1], t[2]);
        }
        String v = view.trim().toLowerCase(Locale.ROOT);
        if (v.equals("bev")) {
            camera.setMode(OrbitCamera.Mode.BIRDS_EYE);
            if (!bounds.isEmpty()) {
                if (t == null) {
                    camera.setTarget(bounds.centerX(), bounds.centerY(), bounds.centerZ());
                }
                double fit = 0.95 * Math.min(width / Math.max(1e-3, bounds.maxX() - bounds.minX()),
                        height / Math.max(1e-3, bounds.maxY() - bounds.minY()));
                camera.setPixelsPerMetre(pixelsPerMetre != null ? pixelsPerMetre : fit);
            } else if (pixelsPerMetre != null) {
                camera.setPixelsPerMetre(pixelsPerMetre);
            }
            return camera;
        }
        if (!v.startsWith("orbit:")) {
            throw new ParameterException(spec.commandLine(), "--view must be bev or orbit:AZ,EL,DIST, not '" + view + "'");
        }
        String[] parts = v.substring(6).split(",");
        if (parts.length != 3) {
            throw new ParameterException(spec.commandLine(), "--view orbit needs three numbers: orbit:AZ,EL,DIST");
        }
        try {
            double az = Double.parseDouble(parts[0]), el = Double.parseDouble(parts[1]);
            double dist = Double.parseDouble(parts[2]);
            camera.setAngles(Math.toRadians(az), Math.toRadians(el));
            if (dist > 0) {
                camera.setDistance(dist);
            }
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--view orbit numbers are not numbers: " + view);
        }
        return camera;
    }

    private double[] parseTarget() {
        if (target == null) {
            return null;
        }
        String[] p = target.split(",");
        try {
            if (p.length == 3) {
                return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2])};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--target needs three numbers X,Y,Z, not '" + target + "'");
    }

    private ColorMode parseColor() {
        try {
            return ColorMode.valueOf(color.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--color must be intensity, height, rgb, semantic, "
                    + "instance or single, not '" + color + "'");
        }
    }

    private BackendChoice parseBackend() {
        try {
            return shown.backend();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
