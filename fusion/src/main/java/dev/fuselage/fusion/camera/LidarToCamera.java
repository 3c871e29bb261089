package dev.fuselage.fusion.camera;

import java.util.Arrays;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Vector3d;

/**
 * The rigid extrinsic that takes a point from the <b>lidar frame</b> (x forward, y left, z up) into the
 * <b>camera frame</b> (x right, y down, z forward along the optical axis; OpenCV and KITTI rectified):
 * {@code X_cam = R · X_lidar + t}. Immutable; the transform methods write into a caller-given destination and
 * allocate nothing, so they can run per point.
 *
 * <p>The constructor insists on a rotation (orthonormal within {@value #RIGID_TOLERANCE}, determinant +1): a
 * transposed or scaled matrix, the usual calibration-file mistake, fails loudly instead of drawing boxes in the
 * wrong place.
 */
public final class LidarToCamera {
    /** Largest entry of |R·Rᵀ − I| accepted as a rotation (calibration files carry 6–7 significant digits). */
    public static final double RIGID_TOLERANCE = 1e-3;

    private static final LidarToCamera IDENTITY = new LidarToCamera(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0});

    // row-major 3x4 [R | t]
    private final double r00, r01, r02, r10, r11, r12, r20, r21, r22;
    private final double tx, ty, tz;

    private LidarToCamera(double[] m) {
        for (int i = 0; i < 12; i++) {
            if (!Double.isFinite(m[i])) {
                throw new IllegalArgumentException("transform entries must be finite, entry " + i + " is " + m[i]);
            }
        }
        r00 = m[0];
        r01 = m[1];
        r02 = m[2];
        tx = m[3];
        r10 = m[4];
        r11 = m[5];
        r12 = m[6];
        ty = m[7];
        r20 = m[8];
        r21 = m[9];
        r22 = m[10];
        tz = m[11];
        checkRotation();
    }

    /** The identity: camera and source frame coincide (used when points are already in the camera frame). */
    public static LidarToCamera identity() {
        return IDENTITY;
    }

    /** From a row-major 4×4 homogeneous matrix whose bottom row is (0, 0, 0, 1). */
    public static LidarToCamera fromRowMajor4x4(double[] m) {
        if (m.length != 16) {
            throw new IllegalArgumentException("a 4x4 matrix needs 16 values, got " + m.length);
        }
        if (m[12] != 0 || m[13] != 0 || m[14] != 0 || m[15] != 1) {
            throw new IllegalArgumentException("bottom row must be 0 0 0 1, got " + m[12] + " " + m[13] + " "
                    + m[14] + " " + m[15]);
        }
        return new LidarToCamera(Arrays.copyOf(m, 12));
    }

    /** From a row-major 3×4 matrix {@code [R | t]} (KITTI's {@code Tr_velo_to_cam} layout). */
    public static LidarToCamera fromRowMajor3x4(double[] m) {
        if (m.length != 12) {
            throw new IllegalArgumentException("a 3x4 matrix needs 12 values, got " + m.length);
        }
        return new LidarToCamera(m.clone());
    }

    /** From a JOML matrix (affine part; the last row is ignored). */
    public static LidarToCamera from(Matrix4dc m) {
        double[] a = new double[12];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                a[4 * r + c] = m.getRowColumn(r, c);
            }
        }
        return new LidarToCamera(a);
    }

    private void checkRotation() {
        double[] r = {r00, r01, r02, r10, r11, r12, r20, r21, r22};
        double worst = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = r[3 * i] * r[3 * j] + r[3 * i + 1] * r[3 * j + 1] + r[3 * i + 2] * r[3 * j + 2];
                worst = Math.max(worst, Math.abs(dot - (i == j ? 1 : 0)));
            }
        }
        double det = r00 * (r11 * r22 - r12 * r21) - r01 * (r10 * r22 - r12 * r20) + r02 * (r10 * r21 - r11 * r20);
        if (worst > RIGID_TOLERANCE || det < 0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "not a rigid transform: rotation part is off orthonormal by %.3g, determinant %.6f", worst, det));
        }
    }

    /** Writes {@code R·(x, y, z) + t} (lidar → camera) into {@code dest[0..2]} and returns dest. */
    public double[] transform(double x, double y, double z, double[] dest) {
        dest[0] = r00 * x + r01 * y + r02 * z + tx;
        dest[1] = r10 * x + r11 * y + r12 * z + ty;
        dest[2] = r20 * x + r21 * y + r22 * z + tz;
        return dest;
    }

    /** JOML form of {@link #transform(double, double, double, double[])}. */
    public Vector3d transform(Vector3d lidar, Vector3d dest) {
        return dest.set(r00 * lidar.x + r01 * lidar.y + r02 * lidar.z + tx,
                r10 * lidar.x + r11 * lidar.y + r12 * lidar.z + ty,
                r20 * lidar.x + r21 * lidar.y + r22 * lidar.z + tz);
    }

    /** Writes the rotation only ({@code R·d}) of a direction into {@code dest[0..2]}. */
    public double[] rotate(double x, double y, double z, double[] dest) {
        dest[0] = r00 * x + r01 * y + r02 * z;
        dest[1] = r10 * x + r11 * y + r12 * z;
        dest[2] = r20 * x + r21 * y + r22 * z;
        return dest;
    }

    /** Camera → lidar: {@code Rᵀ·(p − t)}, into {@code dest[0..2]}. */
    public double[] inverseTransform(double xc, double yc, double zc, double[] dest) {
        double x = xc - tx, y = yc - ty, z = zc - tz;
        dest[0] = r00 * x + r10 * y + r20 * z;
        dest[1] = r01 * x + r11 * y + r21 * z;
        dest[2] = r02 * x + r12 * y + r22 * z;
        return dest;
    }

    /** Camera → lidar for a direction: {@code Rᵀ·d}, into {@code dest[0..2]}. */
    public double[] inverseRotate(double xc, double yc, double zc, double[] dest) {
        dest[0] = r00 * xc + r10 * yc + r20 * zc;
        dest[1] = r01 * xc + r11 * yc + r21 * zc;
        dest[2] = r02 * xc + r12 * yc + r22 * zc;
        return dest;
    }

    /** The camera's optical centre in the lidar frame, into {@code dest[0..2]}. */
    public double[] cameraPositionInLidar(double[] dest) {
        return inverseTransform(0, 0, 0, dest);
    }

    /** Row {@code row}, column {@code col} of the 3×4 {@code [R | t]}. */
    public double get(int row, int col) {
        return rowMajor4x4()[4 * row + col];
    }

    /** The row-major 4×4 homogeneous matrix (a new array). */
    public double[] rowMajor4x4() {
        return new double[] {r00, r01, r02, tx, r10, r11, r12, ty, r20, r21, r22, tz, 0, 0, 0, 1};
    }

    /** This transform as a JOML matrix, into {@code dest}. */
    public Matrix4d toMatrix(Matrix4d dest) {
        double[] m = rowMajor4x4();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                dest.setRowColumn(r, c, m[4 * r + c]);
            }
        }
        return dest;
    }

    /** {@code first} then this: the transform {@code this · first} (apply {@code first}, then this). */
    public LidarToCamera after(LidarToCamera first) {
        double[] a = rowMajor4x4(), b = first.rowMajor4x4();
        double[] m = new double[12];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                double s = c == 3 ? a[4 * r + 3] : 0;
                for (int k = 0; k < 3; k++) {
                    s += a[4 * r + k] * b[4 * k + c];
                }
                m[4 * r + c] = s;
            }
        }
        return new LidarToCamera(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LidarToCamera t && Arrays.equals(rowMajor4x4(), t.rowMajor4x4());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rowMajor4x4());
    }

    @Override
    public String toString() {
        return "LidarToCamera" + Arrays.toString(Arrays.copyOf(rowMajor4x4(), 12));
    }
}
