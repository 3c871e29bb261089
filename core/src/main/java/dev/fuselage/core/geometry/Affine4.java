package dev.fuselage.core.geometry;

/**
 * Row-major 4×4 affine transforms on plain {@code double[16]} arrays ({@code X_dst = M · X_src}, column vectors),
 * the form calibration and pose files write (KITTI {@code calib.txt}/{@code poses.txt}, OpenLABEL
 * {@code matrix4x4}). One implementation for the readers and the project layer, which have no math library.
 */
public final class Affine4 {
    private Affine4() {
    }

    /** {@code a · b}. */
    public static double[] mul(double[] a, double[] b) {
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
     * The inverse of an affine transform whose 3×3 part is invertible. That part is inverted in general, not
     * transposed: published calibrations are rotations only to about 1e-7, and a transpose would make
     * conversions there and back not round-trip.
     *
     * @throws IllegalArgumentException when the 3×3 part is singular
     */
    public static double[] invert(double[] m) {
        double a = m[0], b = m[1], c = m[2], d = m[4], e = m[5], f = m[6], g = m[8], h = m[9], i = m[10];
        double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        if (!(Math.abs(det) > 1e-12)) {
            throw new IllegalArgumentException("transform is not invertible (determinant " + det + ")");
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

    /** The inverse of a rigid transform (rotation + translation): the rotation transposed. */
    public static double[] invertRigid(double[] m) {
        double[] out = new double[16];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                out[4 * r + c] = m[4 * c + r];
            }
            out[4 * r + 3] = -(m[r] * m[3] + m[4 + r] * m[7] + m[8 + r] * m[11]);
        }
        out[15] = 1;
        return out;
    }

    /** Applies {@code m} to the point (x, y, z), writing into {@code dest[0..2]}; returns {@code dest}. */
    public static double[] transform(double[] m, double x, double y, double z, double[] dest) {
        dest[0] = m[0] * x + m[1] * y + m[2] * z + m[3];
        dest[1] = m[4] * x + m[5] * y + m[6] * z + m[7];
        dest[2] = m[8] * x + m[9] * y + m[10] * z + m[11];
        return dest;
    }

    /** Applies only the 3×3 part of {@code m} to the direction (x, y, z); returns {@code dest}. */
    public static double[] rotate(double[] m, double x, double y, double z, double[] dest) {
        dest[0] = m[0] * x + m[1] * y + m[2] * z;
        dest[1] = m[4] * x + m[5] * y + m[6] * z;
        dest[2] = m[8] * x + m[9] * y + m[10] * z;
        return dest;
    }
}
