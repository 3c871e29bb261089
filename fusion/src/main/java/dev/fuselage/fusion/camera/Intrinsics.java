package dev.fuselage.fusion.camera;

/**
 * Pinhole intrinsics in pixels: {@code u = fx·x + skew·y + cx}, {@code v = fy·y + cy} for a (distorted) normalized
 * point (x, y). {@code skew} is the K[0][1] entry of the OpenCV matrix (in pixels, usually 0).
 */
public record Intrinsics(double fx, double fy, double cx, double cy, double skew) {
    public Intrinsics {
        if (!(fx > 0 && fy > 0) || !Double.isFinite(fx) || !Double.isFinite(fy)) {
            throw new IllegalArgumentException("focal lengths must be finite and > 0: fx=" + fx + " fy=" + fy);
        }
        if (!Double.isFinite(cx) || !Double.isFinite(cy) || !Double.isFinite(skew)) {
            throw new IllegalArgumentException("principal point and skew must be finite");
        }
    }

    /** Intrinsics without skew. */
    public static Intrinsics of(double fx, double fy, double cx, double cy) {
        return new Intrinsics(fx, fy, cx, cy, 0);
    }

    /**
     * From a 3×3 row-major camera matrix {@code [fx s cx; 0 fy cy; 0 0 1]}; the bottom row must be (0, 0, 1) and
     * K[1][0] zero.
     */
    public static Intrinsics fromRowMajor3x3(double[] k) {
        if (k.length != 9) {
            throw new IllegalArgumentException("a 3x3 camera matrix needs 9 values, got " + k.length);
        }
        if (k[3] != 0 || k[6] != 0 || k[7] != 0 || k[8] != 1) {
            throw new IllegalArgumentException("camera matrix must look like [fx s cx; 0 fy cy; 0 0 1]");
        }
        return new Intrinsics(k[0], k[4], k[2], k[5], k[1]);
    }

    /** The 3×3 row-major camera matrix. */
    public double[] toRowMajor3x3() {
        return new double[] {fx, skew, cx, 0, fy, cy, 0, 0, 1};
    }
}
