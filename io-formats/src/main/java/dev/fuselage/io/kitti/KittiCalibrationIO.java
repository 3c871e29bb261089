package dev.fuselage.io.kitti;

import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes KITTI calibration in both layouts:
 * <ul>
 *   <li>object benchmark: one {@code calib/NNNNNN.txt} with {@code P0..P3}, {@code R0_rect},
 *       {@code Tr_velo_to_cam}, {@code Tr_imu_to_velo};</li>
 *   <li>raw data: a drive folder's {@code calib_velo_to_cam.txt} ({@code R}, {@code T}) and
 *       {@code calib_cam_to_cam.txt} ({@code S/K/D/R/T/S_rect/R_rect/P_rect_0i}).</li>
 * </ul>
 * Values are written in KITTI's {@code %.12e} style where that is exact and in shortest round-trip form
 * otherwise, so read → write → read is lossless.
 */
public final class KittiCalibrationIO {
    static final String VELO_TO_CAM = "calib_velo_to_cam.txt";
    static final String CAM_TO_CAM = "calib_cam_to_cam.txt";
    private static final String RAW_VELO = "velo_to_cam.";
    private static final String RAW_CAM = "cam_to_cam.";
    private static final long MAX_BYTES = 1 << 20;

    private KittiCalibrationIO() {
    }

    /**
     * Reads a calibration: an object-benchmark file, a raw-data folder holding both raw files, or either raw
     * file (its sibling is found beside it).
     */
    public static KittiCalibration read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return readRaw(path.resolve(VELO_TO_CAM), path.resolve(CAM_TO_CAM));
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.equals(VELO_TO_CAM) || name.equals(CAM_TO_CAM)) {
            Path dir = path.toAbsolutePath().getParent();
            return readRaw(dir.resolve(VELO_TO_CAM), dir.resolve(CAM_TO_CAM));
        }
        Map<String, String> entries = parse(path);
        if (entries.containsKey("R") && entries.containsKey("T") && !entries.containsKey("Tr_velo_to_cam")) {
            throw new FormatException(path, "looks like a raw-data calib_velo_to_cam file; name it " + VELO_TO_CAM
                    + " beside " + CAM_TO_CAM + " or pass their folder");
        }
        double[][] p = new double[4][];
        for (int i = 0; i < 4; i++) {
            p[i] = numbers(path, entries, "P" + i, 12);
        }
        double[] r0 = numbers(path, entries, "R0_rect", 9);
        double[] tr = numbers(path, entries, "Tr_velo_to_cam", 12);
        Optional<double[]> imu = entries.containsKey("Tr_imu_to_velo")
                ? Optional.of(numbers(path, entries, "Tr_imu_to_velo", 12)) : Optional.empty();
        Map<String, String> extras = new LinkedHashMap<>(entries);
        for (String k : List.of("P0", "P1", "P2", "P3", "R0_rect", "Tr_velo_to_cam", "Tr_imu_to_velo")) {
            extras.remove(k);
        }
        return new KittiCalibration(p, r0, tr, imu, extras);
    }

    /** Reads the raw-data pair. */
    public static KittiCalibration readRaw(Path veloToCam, Path camToCam) throws IOException {
        Map<String, String> velo = parse(veloToCam);
        Map<String, String> cam = parse(camToCam);
        double[] r = numbers(veloToCam, velo, "R", 9);
        double[] t = numbers(veloToCam, velo, "T", 3);
        double[] tr = {r[0], r[1], r[2], t[0], r[3], r[4], r[5], t[1], r[6], r[7], r[8], t[2]};
        double[][] p = new double[4][];
        for (int i = 0; i < 4; i++) {
            p[i] = numbers(camToCam, cam, "P_rect_0" + i, 12);
        }
        double[] r0 = numbers(camToCam, cam, "R_rect_00", 9);
        Map<String, String> extras = new LinkedHashMap<>();
        velo.forEach((k, v) -> {
            if (!k.equals("R") && !k.equals("T")) {
                extras.put(RAW_VELO + k, v);
            }
        });
        cam.forEach((k, v) -> {
            if (!k.startsWith("P_rect_0") && !k.equals("R_rect_00")) {
                extras.put(RAW_CAM + k, v);
            }
        });
        return new KittiCalibration(p, r0, tr, Optional.empty(), extras);
    }

    /** Writes the object-benchmark layout (one file), atomically. */
    public static void write(KittiCalibration calib, Path file) throws IOException {
        PointCloudIO.writeAtomically(file, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
                for (int i = 0; i < 4; i++) {
                    line(w, "P" + i, calib.p()[i]);
                }
                line(w, "R0_rect", calib.r0Rect());
                line(w, "Tr_velo_to_cam", calib.trVeloToCam());
                if (calib.trImuToVelo().isPresent()) {
                    line(w, "Tr_imu_to_velo", calib.trImuToVelo().get());
                }
                for (Map.Entry<String, String> e : calib.extras().entrySet()) {
                    if (!e.getKey().startsWith(RAW_VELO) && !e.getKey().startsWith(RAW_CAM)) {
                        w.write(e.getKey() + ": " + e.getValue() + "\n");
                    }
                }
            }
        });
    }

    /** Writes the raw-data layout ({@code calib_velo_to_cam.txt} and {@code calib_cam_to_cam.txt}) into a folder. */
    public static void writeRaw(KittiCalibration calib, Path dir) throws IOException {
        double[] tr = calib.trVeloToCam();
        PointCloudIO.writeAtomically(dir.resolve(VELO_TO_CAM), tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
                rawExtras(w, calib, RAW_VELO, "calib_time");
                line(w, "R", new double[] {tr[0], tr[1], tr[2], tr[4], tr[5], tr[6], tr[8], tr[9], tr[10]});
                line(w, "T", new double[] {tr[3], tr[7], tr[11]});
                for (Map.Entry<String, String> e : calib.extras().entrySet()) {
                    String k = e.getKey();
                    if (k.startsWith(RAW_VELO) && !k.equals(RAW_VELO + "calib_time")) {
                        w.write(k.substring(RAW_VELO.length()) + ": " + e.getValue() + "\n");
                    }
                }
            }
        });
        PointCloudIO.writeAtomically(dir.resolve(CAM_TO_CAM), tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
                rawExtras(w, calib, RAW_CAM, "calib_time");
                rawExtras(w, calib, RAW_CAM, "corner_dist");
                for (int i = 0; i < 4; i++) {
                    String s = "_0" + i;
                    for (String k : List.of("S", "K", "D", "R", "T", "S_rect")) {
                        rawExtras(w, calib, RAW_CAM, k + s);
                    }
                    if (i == 0) {
                        line(w, "R_rect_00", calib.r0Rect());
                    } else {
                        rawExtras(w, calib, RAW_CAM, "R_rect" + s);
                    }
                    line(w, "P_rect" + s, calib.p()[i]);
                }
            }
        });
    }

    private static void rawExtras(BufferedWriter w, KittiCalibration calib, String prefix, String key)
            throws IOException {
        String v = calib.extras().get(prefix + key);
        if (v != null) {
            w.write(key + ": " + v + "\n");
        }
    }

    private static void line(BufferedWriter w, String key, double[] values) throws IOException {
        StringBuilder sb = new StringBuilder(key).append(':');
        for (double v : values) {
            sb.append(' ').append(format(v));
        }
        w.write(sb.append('\n').toString());
    }

    /** KITTI's own {@code %.12e} when it is exact, else the shortest string that reads back to the same double. */
    static String format(double v) {
        String kitti = String.format(Locale.ROOT, "%.12e", v);
        return Double.parseDouble(kitti) == v ? kitti : Double.toString(v);
    }

    /** {@code key: value...} lines into an ordered map; blank lines are skipped. */
    private static Map<String, String> parse(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new FormatException(file, "no such calibration file");
        }
        if (size == 0) {
            throw new FormatException(file, "empty calibration file");
        }
        if (size > MAX_BYTES) {
            throw new FormatException(file, "calibration file is " + size + " bytes; KITTI calibrations are a few KB");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new FormatException(file, "line " + (i + 1) + " is not 'KEY: values': "
                        + abbreviate(line));
            }
            String key = line.substring(0, colon).strip();
            if (entries.putIfAbsent(key, line.substring(colon + 1).strip()) != null) {
                throw new FormatException(file, "line " + (i + 1) + " repeats key " + key);
            }
        }
        return entries;
    }

    private static double[] numbers(Path file, Map<String, String> entries, String key, int n)
            throws FormatException {
        String v = entries.get(key);
        if (v == null) {
            throw new FormatException(file, "no " + key + " line (a KITTI calibration needs P0..P3, R0_rect and "
                    + "Tr_velo_to_cam)");
        }
        String[] tokens = v.isEmpty() ? new String[0] : v.split("\\s+");
        if (tokens.length != n) {
            throw new FormatException(file, key + " has " + tokens.length + " values, expected " + n);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                out[i] = Double.parseDouble(tokens[i]);
            } catch (NumberFormatException e) {
                throw new FormatException(file, key + " value " + (i + 1) + " is not a number: "
                        + abbreviate(tokens[i]));
            }
            if (!Double.isFinite(out[i])) {
                throw new FormatException(file, key + " value " + (i + 1) + " is not finite: " + tokens[i]);
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
