package dev.fuselage.io.semantickitti;

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
        return mul(invertAffine(tr), mul(cameraPose, tr));
    }

    /** The camera pose whose lidar pose is {@code lidarPose}: {@code Tr · lidarPose · Tr⁻¹}. */
    public static double[] cameraPose(double[] lidarPose, double[] tr) {
        return mul(tr, mul(lidarPose, invertAffine(tr)));
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

    static double[] mul(double[] a, double[] b) {
        double[] m = new double[16];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    s += a[4 * r + k] * b[4 * k + c];
                }
                m[4 * r + c] = s;
            }
        }
        return m;
    }

    /**
     * Inverse of an affine 4×4. The 3×3 part is inverted in general, not transposed: the published {@code Tr}
     * matrices are rotations only to about 1e-7, and a transpose would make pose conversions not round-trip.
     */
    static double[] invertAffine(double[] m) {
        double a = m[0], b = m[1], c = m[2], d = m[4], e = m[5], f = m[6], g = m[8], h = m[9], i = m[10];
        double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        if (Math.abs(det) < 1e-12) {
            throw new IllegalArgumentException("singular transform");
        }
        double[] r = {
                (e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det,
                (f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det,
                (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det};
        double[] out = new double[16];
        for (int row = 0; row < 3; row++) {
            out[4 * row] = r[3 * row];
            out[4 * row + 1] = r[3 * row + 1];
            out[4 * row + 2] = r[3 * row + 2];
            out[4 * row + 3] = -(r[3 * row] * m[3] + r[3 * row + 1] * m[7] + r[3 * row + 2] * m[11]);
        }
        out[15] = 1;
        return out;
    }
}
