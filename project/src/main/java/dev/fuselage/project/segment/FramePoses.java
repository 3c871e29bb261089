package dev.fuselage.project.segment;

import dev.fuselage.io.semantickitti.OdometryCalib;
import dev.fuselage.io.semantickitti.OdometryPoses;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ego poses of a project's frames: each source folder's KITTI odometry {@code poses.txt} (camera 0 poses, one
 * line per scan) turned into lidar poses with the {@code Tr} of its {@code calib.txt} (without one, the poses are
 * taken as lidar poses already). Line {@code i} belongs to the scan whose id is the number {@code i}
 * ({@code 000042.bin} ↔ line 43), as in KITTI odometry and SemanticKITTI.
 */
public final class FramePoses {
    public static final String POSES_FILE = "poses.txt";
    public static final String CALIB_FILE = "calib.txt";

    private final Map<String, double[]> lidarPoses;

    private FramePoses(Map<String, double[]> lidarPoses) {
        this.lidarPoses = lidarPoses;
    }

    /**
     * The poses of the project's frames; empty when no source has a {@code poses.txt}.
     *
     * @throws IOException naming the file when a poses or calibration file is malformed
     */
    public static Optional<FramePoses> of(ProjectStore project) throws IOException {
        Map<String, double[]> poses = new HashMap<>();
        for (SourceRef ref : project.descriptor().sources()) {
            Path folder = ref.resolve(project.folder());
            Path file = folder.resolve(POSES_FILE);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<double[]> camera = OdometryPoses.read(file);
            Path calib = folder.resolve(CALIB_FILE);
            double[] tr = Files.isRegularFile(calib) ? OdometryCalib.readTr(calib) : null;
            for (String id : project.annotations().frames()) {
                if (!id.matches("\\d{1,9}")) {
                    continue;
                }
                int line = Integer.parseInt(id);
                if (line < camera.size()) {
                    poses.put(id, tr == null ? camera.get(line) : OdometryCalib.lidarPose(camera.get(line), tr));
                }
            }
        }
        return poses.isEmpty() ? Optional.empty() : Optional.of(new FramePoses(poses));
    }

    /** Poses given directly (frame id → 4×4 row-major lidar pose in the world). */
    public static FramePoses of(Map<String, double[]> lidarPoses) {
        Map<String, double[]> copy = new HashMap<>();
        lidarPoses.forEach((k, v) -> copy.put(k, v.clone()));
        return new FramePoses(copy);
    }

    /** The lidar pose of a frame (4×4 row-major, lidar → world), if known. */
    public Optional<double[]> pose(String frameId) {
        double[] p = lidarPoses.get(frameId);
        return p == null ? Optional.empty() : Optional.of(p.clone());
    }

    /** Whether every one of these frames has a pose. */
    public boolean covers(List<String> frameIds) {
        return frameIds.stream().allMatch(lidarPoses::containsKey);
    }
}
