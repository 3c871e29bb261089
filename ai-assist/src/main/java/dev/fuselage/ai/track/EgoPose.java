package dev.fuselage.ai.track;

import dev.fuselage.core.geometry.Cuboid;

/**
 * Where the lidar was at one frame, in a fixed world (odometry) frame: position and heading about the vertical.
 * Vehicles drive on near-level roads, so roll and pitch of the ego motion are left out; boxes keep their own.
 *
 * @param x   world x of the lidar origin, metres
 * @param y   world y
 * @param z   world z
 * @param yaw heading of the lidar's x axis, radians, counter-clockwise from world x
 */
public record EgoPose(double x, double y, double z, double yaw) {
    /** The world frame itself: lidar coordinates are world coordinates. */
    public static final EgoPose IDENTITY = new EgoPose(0, 0, 0, 0);

    /** A box given in this frame's lidar coordinates, in world coordinates. */
    public Cuboid toWorld(Cuboid b) {
        double c = Math.cos(yaw), s = Math.sin(yaw);
        return new Cuboid(x + c * b.cx() - s * b.cy(), y + s * b.cx() + c * b.cy(), z + b.cz(), b.length(),
                b.width(), b.height(), b.yaw() + yaw, b.pitch(), b.roll());
    }

    /** A world box in this frame's lidar coordinates. */
    public Cuboid fromWorld(Cuboid b) {
        double c = Math.cos(yaw), s = Math.sin(yaw);
        double dx = b.cx() - x, dy = b.cy() - y;
        return new Cuboid(c * dx + s * dy, -s * dx + c * dy, b.cz() - z, b.length(), b.width(), b.height(),
                b.yaw() - yaw, b.pitch(), b.roll());
    }

    /** A box in {@code from}'s lidar coordinates moved into this frame's. */
    public Cuboid fromFrame(EgoPose from, Cuboid b) {
        return fromWorld(from.toWorld(b));
    }
}
