package dev.fuselage.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.project.CuboidProjection;
import dev.fuselage.fusion.project.CuboidProjector;
import dev.fuselage.fusion.rig.KittiCamera;
import dev.fuselage.fusion.rig.KittiCameras;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage project-cuboids}: the 2D box each KITTI label cuboid covers in a camera image — the bounds of
 * its projected hull, edges clipped at the near plane, clipped to the image. Label boxes are already in the
 * rectified camera-0 frame, so they reach camera {@code i} through its baseline and {@code P_i} alone.
 */
@Command(name = "project-cuboids",
        description = "Project KITTI label cuboids into a camera image and print their derived 2D boxes.")
final class ProjectCuboidsCommand implements Callable<Integer> {
    @Option(names = "--calib", required = true, paramLabel = "CALIB", description = "KITTI calibration file.")
    Path calib;

    @Option(names = "--labels", required = true, paramLabel = "LABEL_2", description = "KITTI label file.")
    Path labels;

    @Option(names = "--image", required = true, paramLabel = "IMAGE", description = "The camera image (for its size).")
    Path image;

    @Option(names = "--camera", defaultValue = "2", description = "Rectified camera index 0..3 (default: ${DEFAULT-VALUE}).")
    int camera;

    @Option(names = "--json", description = "Print a JSON list: {line, type, box2d: [left, top, right, bottom]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (camera < 0 || camera > 3) {
            throw new ParameterException(spec.commandLine(), "--camera must be 0..3, not " + camera);
        }
        KittiCalibration c = KittiCalibrationIO.read(calib);
        List<KittiLabel> lines = KittiLabelIO.read(labels);
        ImageInfo info = ImageInfo.read(image);
        KittiCamera cam = KittiCameras.camera(camera, c.p(), c.r0Rect(), c.trVeloToCam(),
                new ImageSize(info.width(), info.height()));
        CuboidProjector projector = new CuboidProjector(cam.camera());
        CuboidProjection projection = new CuboidProjection();
        double[] corners = new double[24];
        ArrayNode out = new ObjectMapper().createArrayNode();
        StringBuilder text = new StringBuilder();
        int lineNo = -1;
        for (KittiLabel l : lines) {
            lineNo++;
            if (l.isDontCare()) {
                continue;
            }
            KittiCameras.labelCorners(l.height(), l.width(), l.length(), l.x(), l.y(), l.z(), l.rotationY(), corners);
            cam.rectifiedToCamera(corners, 8);
            projector.projectCameraCorners(corners, projection);
            if (projection.cornersInFront() == 0 || !projection.hasBox()) {
                continue; // wholly behind the camera, or in front but outside the image
            }
            ObjectNode e = out.addObject();
            e.put("line", lineNo);
            e.put("type", l.type());
            ArrayNode box = e.putArray("box2d");
            box.add(round(projection.boxLeft())).add(round(projection.boxTop()))
                    .add(round(projection.boxRight())).add(round(projection.boxBottom()));
            text.append(String.format(Locale.ROOT, "%3d %-14s %8.2f %8.2f %8.2f %8.2f%n", lineNo, l.type(),
                    projection.boxLeft(), projection.boxTop(), projection.boxRight(), projection.boxBottom()));
        }
        spec.commandLine().getOut().print(json
                ? new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n" : text);
        return 0;
    }

    /** Two decimals, like KITTI's own label files. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
