package dev.fuselage.io.kitti;

/**
 * The few 4×4 row-major matrix operations the KITTI conversions need, on plain arrays (io-formats has no math
 * library; the fusion module uses JOML).
 */
final class Mat4 {
    private Mat4() {
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
     * Inverse of an affine 4×4 whose 3×3 part is invertible (R0_rect · Tr is a rotation up to rounding, but we
     * invert the general 3×3 so calibration noise does not skew the result).
     */
    static double[] invertRigidish(double[] m) {
        double a = m[0], b = m[1], c = m[2], d = m[4], e = m[5], f = m[6], g = m[8], h = m[9], i = m[10];
        double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        if (Math.abs(det) < 1e-12) {
            throw new IllegalArgumentException("singular transform");
        }
        double[] r = {
                (e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det,
                (f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det,
                (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det};
        double tx = m[3], ty = m[7], tz = m[11];
        double[] out = new double[16];
        for (int row = 0; row < 3; row++) {
            out[4 * row] = r[3 * row];
            out[4 * row + 1] = r[3 * row + 1];
            out[4 * row + 2] = r[3 * row + 2];
            out[4 * row + 3] = -(r[3 * row] * tx + r[3 * row + 1] * ty + r[3 * row + 2] * tz);
        }
        out[15] = 1;
        return out;
    }

    /** Applies the affine part of {@code m} to (x, y, z), writing into {@code dest[0..2]}. */
    static double[] transform(double[] m, double x, double y, double z, double[] dest) {
        dest[0] = m[0] * x + m[1] * y + m[2] * z + m[3];
        dest[1] = m[4] * x + m[5] * y + m[6] * z + m[7];
        dest[2] = m[8] * x + m[9] * y + m[10] * z + m[11];
        return dest;
    }

    /** Applies only the rotation part to a direction. */
    static double[] rotate(double[] m, double x, double y, double z, double[] dest) {
        dest[0] = m[0] * x + m[1] * y + m[2] * z;
        dest[1] = m[4] * x + m[5] * y + m[6] * z;
        dest[2] = m[8] * x + m[9] * y + m[10] * z;
        return dest;
    }
}
