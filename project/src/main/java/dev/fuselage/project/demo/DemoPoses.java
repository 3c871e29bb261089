package dev.fuselage.project.demo;

import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.semantickitti.OdometryCalib;
import dev.fuselage.io.semantickitti.OdometryPoses;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's ego poses in KITTI odometry form, beside its scans: {@code poses.txt} (camera 0 of each frame in
 * camera 0 of frame 0) and {@code calib.txt} ({@code P0..P3} and {@code Tr}, lidar → rectified camera 0), so the
 * demo opens like a SemanticKITTI sequence and its frames can be merged in one world frame.
 */
final class DemoPoses {
    private DemoPoses() {
    }

    /** Writes both files into the data folder for frames {@code 0..frames-1}. */
    static void write(Path data, int frames, KittiCalibration calib) throws IOException {
        double[] tr = calib.veloToRect4x4();
        double[] origin = DemoSceneGenerator.sensorAt(0);
        List<double[]> poses = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            double[] s = DemoSceneGenerator.sensorAt(i * DemoSceneGenerator.FRAME_SECONDS);
            // the lidar keeps its heading along the street: a pure translation in the lidar frame
            double[] lidar = {1, 0, 0, s[0] - origin[0], 0, 1, 0, s[1] - origin[1], 0, 0, 1, s[2] - origin[2],
                    0, 0, 0, 1};
            poses.add(OdometryCalib.cameraPose(lidar, tr));
        }
        OdometryPoses.write(poses, data.resolve("poses.txt"));
        PointCloudIO.writeAtomically(data.resolve("calib.txt"), tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (int c = 0; c < 4; c++) {
                    w.write("P" + c + ":" + row(calib.projection(c), 12) + "\n");
                }
                w.write("Tr:" + row(tr, 12) + "\n");
            }
        });
    }

    private static String row(double[] m, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(' ').append(m[i]);
        }
        return sb.toString();
    }
}
