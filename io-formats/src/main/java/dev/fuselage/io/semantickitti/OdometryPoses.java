package dev.fuselage.io.semantickitti;

import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * KITTI odometry / SemanticKITTI {@code poses.txt}: one line per scan with the 12 numbers of a 3×4 row-major
 * matrix, the pose of camera 0 of that scan in the frame of camera 0 of the first scan. Poses are handed out as
 * 4×4 row-major {@code double[16]} with last row {@code 0 0 0 1}. Turn them into lidar poses with
 * {@link OdometryCalib#lidarPose}.
 */
public final class OdometryPoses {
    private OdometryPoses() {
    }

    /** The poses, one a non-blank line; errors name the file and the line. */
    public static List<double[]> read(Path file) throws IOException {
        List<double[]> poses = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            poses.add(OdometryCalib.matrix(file, "line " + (n + 1), line));
        }
        return poses;
    }

    /** Writes poses (4×4 row-major, only the top 3 rows are written) atomically, in shortest round-trip form. */
    public static void write(List<double[]> poses, Path file) throws IOException {
        PointCloudIO.writeAtomically(file, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (double[] p : poses) {
                    if (p.length != 16) {
                        throw new IllegalArgumentException("a pose has " + p.length + " values, not 16");
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < 12; i++) {
                        if (i > 0) {
                            sb.append(' ');
                        }
                        sb.append(p[i]);
                    }
                    w.write(sb.toString());
                    w.write('\n');
                }
            }
        });
    }
}
