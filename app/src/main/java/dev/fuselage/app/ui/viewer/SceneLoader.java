package dev.fuselage.app.ui.viewer;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.render.scene.SceneCuboid;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads what a view shows: a point cloud and, optionally, KITTI labels placed in the lidar frame through the
 * frame's calibration, coloured by the ontology's class colours. Shared by the desktop viewer and the
 * {@code render} command, so both show the same boxes.
 */
public final class SceneLoader {
    /** Grey for classes the ontology does not know. */
    static final int UNKNOWN_CLASS_ARGB = 0xFFB0B0B0;

    private SceneLoader() {
    }

    /** A cloud with the boxes to draw on it. */
    public record LoadedScene(Path cloudFile, PointCloud cloud, List<SceneCuboid> boxes, List<String> boxClasses) {
    }

    /**
     * Reads a cloud and, when {@code labels} is given, its KITTI labels (DontCare skipped: it marks image regions,
     * not 3D objects).
     *
     * @throws FormatException when labels come without a calibration, or any file is malformed
     */
    public static LoadedScene load(Path cloudFile, Optional<Path> labels, Optional<Path> calib, Ontology ontology)
            throws IOException {
        PointCloud cloud = PointCloudIO.read(cloudFile);
        List<SceneCuboid> boxes = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        if (labels.isPresent()) {
            if (calib.isEmpty()) {
                throw new FormatException(labels.get(), "KITTI labels are in the camera frame: give the frame's "
                        + "calibration too (--calib)");
            }
            KittiCalibration c = KittiCalibrationIO.read(calib.get());
            long id = 1;
            for (KittiLabel l : KittiLabelIO.read(labels.get())) {
                if (l.isDontCare()) {
                    continue;
                }
                Cuboid box = KittiBoxes.toLidar(l, c);
                boxes.add(new SceneCuboid(id++, box, classColor(ontology, l.type())));
                classes.add(l.type());
            }
        }
        return new LoadedScene(cloudFile, cloud, boxes, classes);
    }

    /** Opaque ARGB of a class in the ontology, grey when unknown. */
    public static int classColor(Ontology ontology, String className) {
        return ontology.find(className).map(LabelClass::color).map(c -> 0xFF000000 | c.packed())
                .orElse(UNKNOWN_CLASS_ARGB);
    }
}
