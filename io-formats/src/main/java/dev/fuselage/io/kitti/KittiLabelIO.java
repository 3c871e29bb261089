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
import java.util.OptionalDouble;

/** Reads and writes KITTI object label files: 15 fields a line, 16 with a detection score. */
public final class KittiLabelIO {
    private static final long MAX_BYTES = 64L << 20;

    private KittiLabelIO() {
    }

    /** All lines of a label file in order, DontCare included. An empty file is a frame without objects. */
    public static List<KittiLabel> read(Path file) throws IOException {
        List<String> lines = KittiText.lines(file, "label file", MAX_BYTES);
        List<KittiLabel> labels = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                labels.add(parse(file, i + 1, line.split("\\s+"), 0));
            }
        }
        return labels;
    }

    /**
     * Parses the 15 (or 16) object fields starting at {@code from} (tracking files put frame and track id
     * first).
     */
    static KittiLabel parse(Path file, int lineNo, String[] t, int from) throws FormatException {
        int n = t.length - from;
        if (n != 15 && n != 16) {
            throw new FormatException(file, "line " + lineNo + " has " + n + " object fields, expected 15 "
                    + "(type truncated occluded alpha left top right bottom h w l x y z rotation_y) or 16 with score");
        }
        double[] v = new double[n];
        for (int k = 1; k < n; k++) {
            String s = t[from + k];
            try {
                v[k] = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new FormatException(file, "line " + lineNo + " field " + (k + 1) + " is not a number: " + s);
            }
            if (!Double.isFinite(v[k])) {
                throw new FormatException(file, "line " + lineNo + " field " + (k + 1) + " is not finite: " + s);
            }
        }
        if (v[2] != Math.rint(v[2])) {
            throw new FormatException(file, "line " + lineNo + " occluded must be an integer, got " + t[from + 2]);
        }
        return new KittiLabel(t[from], v[1], (int) v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10],
                v[11], v[12], v[13], v[14], n == 16 ? OptionalDouble.of(v[15]) : OptionalDouble.empty());
    }

    /** Writes labels atomically in KITTI's own number format (2 decimals, like the benchmark files). */
    public static void write(List<KittiLabel> labels, Path file) throws IOException {
        PointCloudIO.writeAtomically(file, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
                for (KittiLabel l : labels) {
                    w.write(format(l));
                    w.write('\n');
                }
            }
        });
    }

    /** One label as a line without the newline. */
    public static String format(KittiLabel l) {
        StringBuilder sb = new StringBuilder(96).append(l.type());
        // KITTI writes DontCare fillers as integers (-1 -1 -10 ... -1000); keep that so files diff cleanly
        boolean fillers = l.isDontCare();
        sb.append(' ').append(fmt(l.truncated(), fillers)).append(' ').append(l.occluded()).append(' ')
                .append(fmt(l.alpha(), fillers));
        for (double d : new double[] {l.left(), l.top(), l.right(), l.bottom()}) {
            sb.append(' ').append(fmt(d, false));
        }
        for (double d : new double[] {l.height(), l.width(), l.length(), l.x(), l.y(), l.z(), l.rotationY()}) {
            sb.append(' ').append(fmt(d, fillers));
        }
        if (l.score().isPresent()) {
            sb.append(' ').append(String.format(Locale.ROOT, "%.4f", l.score().getAsDouble()));
        }
        return sb.toString();
    }

    private static String fmt(double d, boolean integralAsInteger) {
        if (integralAsInteger && d == Math.rint(d) && Math.abs(d) < 1e9) {
            return Long.toString((long) d);
        }
        String s = String.format(Locale.ROOT, "%.2f", d);
        return s.equals("-0.00") ? "0.00" : s;
    }
}
