package dev.fuselage.project.demo;

/**
 * What a ray hit in the demo street: decides the lidar reflectivity (KITTI-like remission before the
 * incidence-angle falloff) and the family of colours the camera shades it with.
 */
public enum Material {
    /** No hit (sky, or beyond the sensor's range). */
    NONE(0),
    ROAD(0.20),
    LANE_MARKING(0.80),
    CURB(0.28),
    SIDEWALK(0.25),
    FACADE(0.30),
    WINDOW(0.06),
    DOOR(0.22),
    POLE(0.45),
    TRUNK(0.30),
    FOLIAGE(0.40),
    CAR_PAINT(0.18),
    CAR_GLASS(0.05),
    CAR_TYRE(0.04),
    /** Licence plates, reflectors and head/tail lights: retro-reflective, the brightest returns in a scan. */
    CAR_REFLECTOR(0.95),
    CLOTHING(0.22),
    SKIN(0.30);

    private final double reflectivity;

    Material(double reflectivity) {
        this.reflectivity = reflectivity;
    }

    /** Lidar remission at normal incidence, 0..1. */
    public double reflectivity() {
        return reflectivity;
    }

    /** Whether this is part of the drivable or walkable ground. */
    public boolean isGround() {
        return this == ROAD || this == LANE_MARKING || this == CURB || this == SIDEWALK;
    }

    /** Whether this is part of a car. */
    public boolean isCar() {
        return this == CAR_PAINT || this == CAR_GLASS || this == CAR_TYRE || this == CAR_REFLECTOR;
    }
}
