package dev.fuselage.core.cloud;

/**
 * Sensor pose a file records for its cloud (PCD {@code VIEWPOINT tx ty tz qw qx qy qz}). The identity pose is
 * {@link #IDENTITY}.
 */
public record Viewpoint(double tx, double ty, double tz, double qw, double qx, double qy, double qz) {
    public static final Viewpoint IDENTITY = new Viewpoint(0, 0, 0, 1, 0, 0, 0);
}
