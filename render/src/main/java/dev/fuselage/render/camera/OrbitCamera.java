package dev.fuselage.render.camera;

import dev.fuselage.core.cloud.Bounds;
import org.joml.Vector3d;

/**
 * The interactive camera controller: orbit/pan/zoom around a target, a fly mode and a metric top-down
 * bird's-eye view. It is mutable and meant for one thread (the UI thread); each {@link #camera(int, int)} call
 * returns an immutable {@link RenderCamera} to hand to a renderer.
 *
 * <p>World up is lidar +z. Orbit keeps an azimuth and an elevation clamped to ±{@value #MAX_ELEVATION_DEG}°, and
 * fly mode a yaw and a clamped pitch, so the view never flips over the pole (no gimbal flip, no roll).
 */
public final class OrbitCamera {
    /** Elevation / pitch limit in degrees: short of the pole so that "up" stays defined. */
    public static final double MAX_ELEVATION_DEG = 89.0;
    private static final double MAX_ELEVATION = Math.toRadians(MAX_ELEVATION_DEG);
    private static final Vector3d UP = new Vector3d(0, 0, 1);

    /** What the camera is doing. */
    public enum Mode {
        /** Perspective, orbiting around {@link #target()}. */
        ORBIT,
        /** Perspective, first-person: position plus yaw/pitch. */
        FLY,
        /** Orthographic top-down view, {@link #pixelsPerMetre()} pixels per metre. */
        BIRDS_EYE
    }

    private Mode mode = Mode.ORBIT;
    private final Vector3d target = new Vector3d();
    private double distance;
    private double azimuth;
    private double elevation;
    private double fovY = Math.toRadians(60);
    private double near = 0.1;
    private double far = 2000;
    private double pixelsPerMetre = 10;
    private final Vector3d flyEye = new Vector3d();
    private double flyYaw;
    private double flyPitch;
    private double bevBottom = -50;
    private double bevTop = 50;

    /** A camera 30 m behind and above the origin, looking forward along +x. */
    public OrbitCamera() {
        reset();
    }

    /** Back to the default view: target at the origin, 30 m away, from behind (−x) and 30° above. */
    public void reset() {
        mode = Mode.ORBIT;
        target.set(0, 0, 0);
        distance = 30;
        azimuth = Math.PI;
        elevation = Math.toRadians(30);
        pixelsPerMetre = 10;
    }

    /** Frames world bounds: target at their centre, distance so the bounding sphere fits the vertical field of view. */
    public void fit(Bounds bounds) {
        if (bounds.isEmpty()) {
            return;
        }
        target.set(bounds.centerX(), bounds.centerY(), bounds.centerZ());
        double dx = bounds.maxX() - bounds.minX(), dy = bounds.maxY() - bounds.minY(), dz = bounds.maxZ() - bounds.minZ();
        double radius = Math.max(0.5, 0.5 * Math.sqrt(dx * dx + dy * dy + dz * dz));
        distance = radius / Math.sin(fovY / 2);
        far = Math.max(far, distance + 2 * radius);
        bevBottom = bounds.minZ() - 1;
        bevTop = bounds.maxZ() + 1;
    }

    public Mode mode() {
        return mode;
    }

    /**
     * Switches mode. Entering fly mode starts at the current orbit eye looking the same way; leaving it puts the
     * orbit target straight ahead of the flyer at the previous orbit distance.
     */
    public void setMode(Mode newMode) {
        if (newMode == Mode.FLY && mode != Mode.FLY) {
            orbitEye(flyEye);
            flyYaw = azimuth + Math.PI;
            flyPitch = -elevation;
        } else if (mode == Mode.FLY && newMode != Mode.FLY) {
            Vector3d f = flyForward(new Vector3d());
            target.set(flyEye).fma(distance, f);
            azimuth = flyYaw + Math.PI;
            elevation = -flyPitch;
        }
        mode = newMode;
    }

    /** Rotates the orbit (or turns the flyer) by angles in radians; elevation/pitch are clamped. */
    public void orbit(double dAzimuth, double dElevation) {
        if (mode == Mode.FLY) {
            flyYaw += dAzimuth;
            flyPitch = clamp(flyPitch + dElevation, -MAX_ELEVATION, MAX_ELEVATION);
        } else {
            azimuth += dAzimuth;
            elevation = clamp(elevation + dElevation, -MAX_ELEVATION, MAX_ELEVATION);
        }
    }

    /**
     * Moves the target in the screen plane by a mouse drag of {@code (dxPixels, dyPixels)} so the point under the
     * cursor follows it (right/down positive).
     */
    public void pan(double dxPixels, double dyPixels, int viewportHeight) {
        double metresPerPixel = mode == Mode.BIRDS_EYE ? 1 / pixelsPerMetre
                : 2 * distance * Math.tan(fovY / 2) / viewportHeight;
        Vector3d right = new Vector3d(), up = new Vector3d();
        if (mode == Mode.BIRDS_EYE) {
            right.set(0, -1, 0); // +y (left) is screen left
            up.set(1, 0, 0);     // +x (forward) is screen up
        } else {
            double yaw = mode == Mode.FLY ? flyYaw : azimuth + Math.PI;
            double pitch = mode == Mode.FLY ? flyPitch : -elevation;
            Vector3d fwd = direction(yaw, pitch, new Vector3d());
            fwd.cross(UP, right).normalize();
            right.cross(fwd, up).normalize();
        }
        Vector3d delta = new Vector3d(right).mul(-dxPixels * metresPerPixel).fma(dyPixels * metresPerPixel, up);
        if (mode == Mode.FLY) {
            flyEye.add(delta);
        } else {
            target.add(delta);
        }
    }

    /** Zooms by {@code factor} (> 1 closer): orbit distance, BEV scale, or a step forward in fly mode. */
    public void zoom(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("zoom factor must be > 0: " + factor);
        }
        switch (mode) {
            case ORBIT -> distance = clamp(distance / factor, 0.05, 1e6);
            case BIRDS_EYE -> pixelsPerMetre = clamp(pixelsPerMetre * factor, 1e-3, 1e4);
            case FLY -> flyEye.fma(distance * (1 - 1 / factor), flyForward(new Vector3d()));
        }
    }

    /** Fly mode: moves along the view direction, to the right and up (metres). */
    public void fly(double forward, double right, double up) {
        Vector3d f = flyForward(new Vector3d());
        Vector3d r = f.cross(UP, new Vector3d()).normalize();
        flyEye.fma(forward, f).fma(right, r).fma(up, UP);
    }

    public Vector3d target() {
        return new Vector3d(target);
    }

    public void setTarget(double x, double y, double z) {
        target.set(x, y, z);
    }

    public double distance() {
        return distance;
    }

    public void setDistance(double d) {
        distance = clamp(d, 0.05, 1e6);
    }

    public double azimuth() {
        return azimuth;
    }

    public double elevation() {
        return elevation;
    }

    /** Sets the orbit angles in radians (elevation clamped). Azimuth 0 puts the eye on the +x side of the target. */
    public void setAngles(double azimuthRad, double elevationRad) {
        azimuth = azimuthRad;
        elevation = clamp(elevationRad, -MAX_ELEVATION, MAX_ELEVATION);
    }

    public double pixelsPerMetre() {
        return pixelsPerMetre;
    }

    /** BEV scale: one metre is this many pixels. */
    public void setPixelsPerMetre(double ppm) {
        if (!(ppm > 0)) {
            throw new IllegalArgumentException("pixels per metre must be > 0: " + ppm);
        }
        pixelsPerMetre = ppm;
    }

    public void setFovY(double radians) {
        fovY = clamp(radians, Math.toRadians(5), Math.toRadians(150));
    }

    public void setClip(double nearPlane, double farPlane) {
        if (!(nearPlane > 0 && farPlane > nearPlane)) {
            throw new IllegalArgumentException("need 0 < near < far");
        }
        near = nearPlane;
        far = farPlane;
    }

    /** The camera for a viewport of {@code width x height} pixels in the current state. */
    public RenderCamera camera(int width, int height) {
        return switch (mode) {
            case BIRDS_EYE -> RenderCamera.birdsEye(target.x, target.y, pixelsPerMetre, width, height, bevBottom,
                    bevTop);
            case ORBIT -> RenderCamera.perspective(orbitEye(new Vector3d()), target, UP, fovY, width, height, near,
                    far);
            case FLY -> RenderCamera.perspective(flyEye, new Vector3d(flyEye).add(flyForward(new Vector3d())), UP,
                    fovY, width, height, near, far);
        };
    }

    private Vector3d orbitEye(Vector3d dest) {
        double ce = Math.cos(elevation);
        return dest.set(target).add(distance * ce * Math.cos(azimuth), distance * ce * Math.sin(azimuth),
                distance * Math.sin(elevation));
    }

    private Vector3d flyForward(Vector3d dest) {
        return direction(flyYaw, flyPitch, dest);
    }

    private static Vector3d direction(double yaw, double pitch, Vector3d dest) {
        double cp = Math.cos(pitch);
        return dest.set(cp * Math.cos(yaw), cp * Math.sin(yaw), Math.sin(pitch));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
