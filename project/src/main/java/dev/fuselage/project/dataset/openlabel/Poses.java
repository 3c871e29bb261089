package dev.fuselage.project.dataset.openlabel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fuselage.io.FormatException;
import java.nio.file.Path;

/**
 * Row-major 4x4 rigid transforms ({@code X_dst = M · X_src}, column vectors, as OpenLABEL's {@code matrix4x4}) and
 * 3x3 rotations, from the three forms OpenLABEL's {@code transform_data} takes.
 */
final class Poses {
    private Poses() {
    }

    static double[] identity() {
        return new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
    }

    /** A transform from a rotation (3x3 row-major) and a translation. */
    static double[] of(double[] r, double tx, double ty, double tz) {
        return new double[] {r[0], r[1], r[2], tx, r[3], r[4], r[5], ty, r[6], r[7], r[8], tz, 0, 0, 0, 1};
    }

    /** Rotation of a quaternion {@code (x, y, z, w)}, normalised first. */
    static double[] quaternion(double x, double y, double z, double w) {
        double n = Math.sqrt(x * x + y * y + z * z + w * w);
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new IllegalArgumentException("quaternion (" + x + ", " + y + ", " + z + ", " + w + ") has no"
                    + " rotation");
        }
        x /= n;
        y /= n;
        z /= n;
        w /= n;
        return new double[] {
                1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),
                2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),
                2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)};
    }

    /**
     * Rotation of Euler angles applied in {@code sequence} order, e.g. {@code "ZYX"} with angles {@code (a, b, c)}
     * gives {@code Rz(a)·Ry(b)·Rx(c)}.
     */
    static double[] euler(String sequence, double a0, double a1, double a2) {
        if (sequence.length() != 3) {
            throw new IllegalArgumentException("Euler sequence '" + sequence + "' needs three axes, like ZYX");
        }
        double[] r = axis(sequence.charAt(0), a0);
        r = mul3(r, axis(sequence.charAt(1), a1));
        return mul3(r, axis(sequence.charAt(2), a2));
    }

    private static double[] axis(char axis, double a) {
        double c = Math.cos(a);
        double s = Math.sin(a);
        return switch (Character.toUpperCase(axis)) {
            case 'X' -> new double[] {1, 0, 0, 0, c, -s, 0, s, c};
            case 'Y' -> new double[] {c, 0, s, 0, 1, 0, -s, 0, c};
            case 'Z' -> new double[] {c, -s, 0, s, c, 0, 0, 0, 1};
            default -> throw new IllegalArgumentException("Euler axis '" + axis + "' is not X, Y or Z");
        };
    }

    static double[] mul3(double[] a, double[] b) {
        double[] m = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[3 * r + c] = a[3 * r] * b[c] + a[3 * r + 1] * b[3 + c] + a[3 * r + 2] * b[6 + c];
            }
        }
        return m;
    }

    /** The rotation part of a 4x4 transform. */
    static double[] rotation(double[] m) {
        return new double[] {m[0], m[1], m[2], m[4], m[5], m[6], m[8], m[9], m[10]};
    }

    /**
     * Reads a {@code transform_data}: {@code matrix4x4} (16 numbers), {@code quaternion} + {@code translation}, or
     * {@code euler_angles} (+ {@code sequence}, default {@code ZYX}) + {@code translation}.
     */
    static double[] read(Path file, JsonNode t, String where) throws FormatException {
        try {
            if (t.has("matrix4x4")) {
                double[] m = numbers(file, t.get("matrix4x4"), 16, where + ".matrix4x4");
                if (m[12] != 0 || m[13] != 0 || m[14] != 0 || m[15] != 1) {
                    throw new FormatException(file, where + ".matrix4x4: last row must be 0 0 0 1");
                }
                return m;
            }
            double[] tr = numbers(file, t.get("translation"), 3, where + ".translation");
            if (t.has("quaternion")) {
                double[] q = numbers(file, t.get("quaternion"), 4, where + ".quaternion");
                return of(quaternion(q[0], q[1], q[2], q[3]), tr[0], tr[1], tr[2]);
            }
            if (t.has("euler_angles")) {
                double[] e = numbers(file, t.get("euler_angles"), 3, where + ".euler_angles");
                String seq = t.path("sequence").asText("ZYX");
                return of(euler(seq, e[0], e[1], e[2]), tr[0], tr[1], tr[2]);
            }
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, where + ": " + e.getMessage());
        }
        throw new FormatException(file, where + ": neither matrix4x4, quaternion + translation nor euler_angles +"
                + " translation");
    }

    /** {@code n} finite numbers from a JSON array. */
    static double[] numbers(Path file, JsonNode a, int n, String where) throws FormatException {
        if (a == null || !a.isArray() || a.size() != n) {
            throw new FormatException(file, where + " must be a list of " + n + " numbers");
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            JsonNode x = a.get(i);
            if (!x.isNumber() || !Double.isFinite(x.asDouble())) {
                throw new FormatException(file, where + "[" + i + "] is not a finite number: " + x);
            }
            v[i] = x.asDouble();
        }
        return v;
    }
}
