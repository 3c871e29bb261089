package dev.fuselage.fusion.camera;

import java.util.Locale;

/**
 * Lens distortion, a map from the ideal normalized image point (x/z, y/z) to the distorted normalized point that the
 * intrinsics then turn into pixels. Implementations are the OpenCV models: {@link RadialTangential}
 * ({@code cv::projectPoints}, "plumb bob") and the equidistant {@link Fisheye} ({@code cv::fisheye}), plus
 * {@link None}.
 *
 * <p>Polynomial models fold back beyond some radius (the distorted radius stops growing), so points far outside
 * the field of view would land inside the image. {@link #validRadius()} gives the largest undistorted radius up to
 * which the model is monotonic; projections reject points beyond it.
 */
public sealed interface Distortion permits Distortion.None, RadialTangential, Fisheye {

    /** Name used in the rig format: {@code none}, {@code radtan} or {@code fisheye}. */
    String model();

    /** The coefficients in the rig format's order (a copy). */
    double[] coefficients();

    /** Writes the distorted normalized point into {@code dest[0..1]}. */
    void distort(double x, double y, double[] dest);

    /**
     * Inverts {@link #distort} iteratively (Newton), writing the ideal normalized point into {@code dest[0..1]}.
     * Returns false, with NaN written, when the iteration does not converge. Whether the result lies inside
     * {@link #validRadius()} is the caller's check ({@link CameraModel} caches that radius).
     */
    boolean undistort(double xd, double yd, double[] dest);

    /**
     * Largest undistorted normalized radius where the model is still monotonic; infinity when it always is.
     * Computed by a scan: call it once and keep the value.
     */
    double validRadius();

    /** Whether this model is the identity. */
    default boolean isNone() {
        return this instanceof None;
    }

    /** The identity model. */
    static Distortion none() {
        return None.INSTANCE;
    }

    /**
     * A model from its rig-format name and coefficients: {@code none} (no coefficients), {@code radtan} (k1 k2 p1
     * p2 [k3]) or {@code fisheye} (k1 k2 k3 k4).
     */
    static Distortion of(String model, double[] c) {
        switch (model.toLowerCase(Locale.ROOT)) {
            case "none":
                if (c.length != 0) {
                    throw new IllegalArgumentException("distortion model none takes no coefficients, got " + c.length);
                }
                return none();
            case "radtan":
                if (c.length != 4 && c.length != 5) {
                    throw new IllegalArgumentException("radtan needs 4 or 5 coefficients (k1 k2 p1 p2 [k3]), got "
                            + c.length);
                }
                return new RadialTangential(c[0], c[1], c[2], c[3], c.length == 5 ? c[4] : 0);
            case "fisheye":
                if (c.length != 4) {
                    throw new IllegalArgumentException("fisheye needs 4 coefficients (k1 k2 k3 k4), got " + c.length);
                }
                return new Fisheye(c[0], c[1], c[2], c[3]);
            default:
                throw new IllegalArgumentException("unknown distortion model '" + model
                        + "' (expected none, radtan or fisheye)");
        }
    }

    /** No distortion: the pinhole model. */
    final class None implements Distortion {
        static final None INSTANCE = new None();

        private None() {
        }

        @Override
        public String model() {
            return "none";
        }

        @Override
        public double[] coefficients() {
            return new double[0];
        }

        @Override
        public void distort(double x, double y, double[] dest) {
            dest[0] = x;
            dest[1] = y;
        }

        @Override
        public boolean undistort(double xd, double yd, double[] dest) {
            dest[0] = xd;
            dest[1] = yd;
            return true;
        }

        @Override
        public double validRadius() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String toString() {
            return "Distortion.None";
        }
    }
}
