package dev.fuselage.io.semantickitti;

import dev.fuselage.core.geometry.Affine4;
import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code Tr} entry of a KITTI odometry {@code calib.txt} (lines {@code P0:}…{@code P3:}, {@code Tr:}): the
 * velodyne → camera 0 transform, 3×4 row-major. SemanticKITTI's own tools turn a camera pose into a lidar pose as
 * {@code Tr⁻¹ · pose · Tr}; {@link #lidarPose} does the same.
 */
public final class OdometryCalib {
    private OdometryCalib() {
    }

    /** {@code Tr} as a 4×4 row-major matrix; fails naming the file when it has no valid {@code Tr:} line. */
    public static double[] readTr(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.startsWith("Tr:")) {
                return matrix(file, "line " + (n + 1), line.substring(3).strip());
            }
        }
        throw new FormatException(file, "has no 'Tr:' line (the velodyne to camera 0 transform)");
    }

    /** The lidar pose of a scan, {@code Tr⁻¹ · cameraPose · Tr}, all 4×4 row-major. */
    public static double[] lidarPose(double[] cameraPose, double[] tr) {
        return Affine4.mul(Affine4.invert(tr), Affine4.mul(cameraPose, tr));
    }

    /** The camera pose whose lidar pose is {@code lidarPose}: {@code Tr · lidarPose · Tr⁻¹}. */
    public static double[] cameraPose(double[] lidarPose, double[] tr) {
        return Affine4.mul(tr, Affine4.mul(lidarPose, Affine4.invert(tr)));
    }

    static double[] matrix(Path file, String where, String text) throws FormatException {
        String[] parts = text.split("\\s+");
        if (parts.length != 12) {
            throw new FormatException(file, where + ": " + parts.length + " numbers, a 3x4 matrix needs 12");
        }
        double[] m = new double[16];
        for (int i = 0; i < 12; i++) {
            try {
                m[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new FormatException(file, where + ": '" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(m[i])) {
                throw new FormatException(file, where + ": '" + parts[i] + "' is not finite");
            }
        }
        m[15] = 1;
        return m;
    }
}
