package dev.fuselage.io.kitti;

import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes KITTI tracking label files: {@code frame track_id} followed by the 15 object fields (16 with a
 * score). Writing uses the benchmark's own number format (integers for frame, track, truncated and occluded, six
 * decimals for the rest), so a benchmark file read and written back is byte-identical.
 */
public final class KittiTrackingIO {
    private static final long MAX_BYTES = 256L << 20;

    private KittiTrackingIO() {
    }

    /** All lines of a tracking label file in order, DontCare included. */
    public static List<KittiTrackingLabel> read(Path file) throws IOException {
        List<String> lines = KittiText.lines(file, "tracking label file", MAX_BYTES);
        List<KittiTrackingLabel> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] t = line.split("\\s+");
            if (t.length < 3) {
                throw new FormatException(file, "line " + (i + 1) + " has " + t.length + " fields, expected 17 "
                        + "(frame track_id type truncated occluded alpha left top right bottom h w l x y z rotation_y)");
            }
            int frame = integer(file, i + 1, "frame", t[0]);
            long track = integer(file, i + 1, "track id", t[1]);
            if (frame < 0) {
                throw new FormatException(file, "line " + (i + 1) + " frame must not be negative: " + t[0]);
            }
            out.add(new KittiTrackingLabel(frame, track, KittiLabelIO.parse(file, i + 1, t, 2)));
        }
        return out;
    }

    private static int integer(Path file, int lineNo, String what, String s) throws FormatException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new FormatException(file, "line " + lineNo + " " + what + " is not an integer: " + s);
        }
    }

    /** Writes the lines atomically. */
    public static void write(List<KittiTrackingLabel> labels, Path file) throws IOException {
        PointCloudIO.writeAtomically(file, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
                for (KittiTrackingLabel l : labels) {
                    w.write(format(l));
                    w.write('\n');
                }
            }
        });
    }

    /** One line without the newline. */
    public static String format(KittiTrackingLabel t) {
        KittiLabel l = t.label();
        StringBuilder sb = new StringBuilder(160).append(t.frame()).append(' ').append(t.trackId()).append(' ')
                .append(l.type()).append(' ');
        double tr = l.truncated();
        // tracking files hold truncation levels as integers; a fraction (from object-style data) keeps its digits
        if (tr == Math.rint(tr)) {
            sb.append((long) tr);
        } else {
            sb.append(six(tr));
        }
        sb.append(' ').append(l.occluded());
        for (double d : new double[] {l.alpha(), l.left(), l.top(), l.right(), l.bottom(), l.height(), l.width(),
                l.length(), l.x(), l.y(), l.z(), l.rotationY()}) {
            sb.append(' ').append(six(d));
        }
        if (l.score().isPresent()) {
            sb.append(' ').append(six(l.score().getAsDouble()));
        }
        return sb.toString();
    }

    private static String six(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d);
        return s.equals("-0.000000") ? "0.000000" : s;
    }
}
