package dev.fuselage.fusion.camera;

import java.util.Objects;

/**
 * One calibrated camera: name, image size, pinhole {@link Intrinsics}, lens {@link Distortion} and the rigid
 * {@link LidarToCamera} extrinsic. Immutable and thread-safe; every method writes into a caller-given array and
 * allocates nothing.
 *
 * <p>Projection of a lidar point: {@code X_cam = R·X_lidar + t}; {@code depth = X_cam.z} (distance along the
 * optical axis, not the range); ideal normalized {@code (x, y) = (X_cam.x, X_cam.y) / depth}; distorted
 * {@code (xd, yd) = D(x, y)}; pixel {@code u = fx·xd + skew·yd + cx}, {@code v = fy·yd + cy}. A point projects
 * only when {@code depth > 0} and its normalized radius is within {@link Distortion#validRadius()} (beyond it a
 * polynomial lens model folds back and would put points from outside the field of view into the image).
 * Unprojection inverts this, undistorting iteratively.
 */
public final class CameraModel {
    private final String name;
    private final ImageSize size;
    private final Intrinsics k;
    private final Distortion distortion;
    private final LidarToCamera extrinsic;
    private final double validRadius2;

    public CameraModel(String name, ImageSize size, Intrinsics intrinsics, Distortion distortion,
                       LidarToCamera lidarToCamera) {
        this.name = Objects.requireNonNull(name, "name");
        this.size = Objects.requireNonNull(size, "size");
        this.k = Objects.requireNonNull(intrinsics, "intrinsics");
        this.distortion = Objects.requireNonNull(distortion, "distortion");
        this.extrinsic = Objects.requireNonNull(lidarToCamera, "lidarToCamera");
        double r = distortion.validRadius();
        this.validRadius2 = r * r;
    }

    /** A pinhole camera without distortion. */
    public static CameraModel pinhole(String name, ImageSize size, Intrinsics intrinsics, LidarToCamera lidarToCamera) {
        return new CameraModel(name, size, intrinsics, Distortion.none(), lidarToCamera);
    }

    public String name() {
        return name;
    }

    public ImageSize size() {
        return size;
    }

    public Intrinsics intrinsics() {
        return k;
    }

    public Distortion distortion() {
        return distortion;
    }

    public LidarToCamera lidarToCamera() {
        return extrinsic;
    }

    /** Square of the largest normalized radius the distortion model is valid for (infinity without distortion). */
    public double validRadiusSquared() {
        return validRadius2;
    }

    /** The same camera under another name. */
    public CameraModel withName(String newName) {
        return new CameraModel(newName, size, k, distortion, extrinsic);
    }

    /** The same lens mounted elsewhere. */
    public CameraModel withLidarToCamera(LidarToCamera newExtrinsic) {
        return new CameraModel(name, size, k, distortion, newExtrinsic);
    }

    /**
     * Ideal normalized point → pixel, into {@code dest[0..1]}. Returns false (NaN written) outside the distortion
     * model's valid radius.
     */
    public boolean projectNormalized(double x, double y, double[] dest) {
        if (x * x + y * y > validRadius2) {
            dest[0] = Double.NaN;
            dest[1] = Double.NaN;
            return false;
        }
        distortion.distort(x, y, dest);
        double xd = dest[0], yd = dest[1];
        dest[0] = k.fx() * xd + k.skew() * yd + k.cx();
        dest[1] = k.fy() * yd + k.cy();
        return true;
    }

    /**
     * Camera-frame point → pixel, into {@code dest[0..1]}. Returns false (NaN written) when the point is not in
     * front of the camera ({@code zc <= 0}) or outside the lens model's valid field; it does not test the image
     * bounds (see {@link #inImage}).
     */
    public boolean projectCamera(double xc, double yc, double zc, double[] dest) {
        if (!(zc > 0)) {
            dest[0] = Double.NaN;
            dest[1] = Double.NaN;
            return false;
        }
        return projectNormalized(xc / zc, yc / zc, dest);
    }

    /**
     * Lidar-frame point → {@code dest[0..2] = (u, v, depth)}. Returns what {@link #projectCamera} returns; depth
     * is written either way (negative behind the camera).
     */
    public boolean projectLidar(double x, double y, double z, double[] dest) {
        extrinsic.transform(x, y, z, dest);
        double depth = dest[2];
        boolean ok = projectCamera(dest[0], dest[1], depth, dest);
        dest[2] = depth;
        return ok;
    }

    /** Whether a pixel position lies on the image. */
    public boolean inImage(double u, double v) {
        return size.contains(u, v);
    }

    /**
     * Pixel → ideal normalized point (x/z, y/z), into {@code dest[0..1]}, undistorting iteratively. Returns false
     * (NaN written) when undistortion fails or lands outside the model's valid radius.
     */
    public boolean unprojectNormalized(double u, double v, double[] dest) {
        double yd = (v - k.cy()) / k.fy();
        double xd = (u - k.cx() - k.skew() * yd) / k.fx();
        if (!distortion.undistort(xd, yd, dest)) {
            return false;
        }
        if (dest[0] * dest[0] + dest[1] * dest[1] > validRadius2) {
            dest[0] = Double.NaN;
            dest[1] = Double.NaN;
            return false;
        }
        return true;
    }

    /**
     * Pixel plus depth (camera z) → camera-frame point, into {@code dest[0..2]}. Returns false (NaN written) when
     * the pixel cannot be undistorted.
     */
    public boolean unprojectToCamera(double u, double v, double depth, double[] dest) {
        boolean ok = unprojectNormalized(u, v, dest);
        dest[2] = ok ? depth : Double.NaN;
        dest[0] *= depth;
        dest[1] *= depth;
        return ok;
    }

    /** Pixel → unit viewing ray in the camera frame, into {@code dest[0..2]}. */
    public boolean ray(double u, double v, double[] dest) {
        boolean ok = unprojectNormalized(u, v, dest);
        double n = Math.sqrt(dest[0] * dest[0] + dest[1] * dest[1] + 1);
        dest[0] /= n;
        dest[1] /= n;
        dest[2] = ok ? 1 / n : Double.NaN;
        return ok;
    }

    /** Pixel plus depth (camera z) → lidar-frame point, into {@code dest[0..2]}. */
    public boolean unprojectToLidar(double u, double v, double depth, double[] dest) {
        boolean ok = unprojectToCamera(u, v, depth, dest);
        extrinsic.inverseTransform(dest[0], dest[1], dest[2], dest);
        return ok;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CameraModel c && name.equals(c.name) && size.equals(c.size) && k.equals(c.k)
                && distortion.equals(c.distortion) && extrinsic.equals(c.extrinsic);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, size, k, distortion, extrinsic);
    }

    @Override
    public String toString() {
        return "CameraModel[" + name + ", " + size.width() + "x" + size.height() + ", " + k + ", "
                + distortion.model() + "]";
    }
}
