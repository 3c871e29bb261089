package dev.fuselage.project.edit;

import dev.fuselage.core.geometry.Cuboid;

/**
 * Box geometry edits made by the tools: moves and resizes in the box's own frame (keys), and the drags of the
 * orthogonal views' edges, corners, body and rotation handle. Pure functions of the box at the start of the
 * gesture, so a drag never accumulates rounding and undo restores the start exactly.
 */
public final class BoxEdits {
    /** No side of a box gets smaller than this (m). */
    public static final double MIN_SIZE = 0.05;

    private BoxEdits() {
    }

    /** What part of a box a view drag holds. */
    public enum Grip {
        /** The body: moves the box in the view's plane. */
        BODY,
        /** An edge or a corner: resizes towards the held sides, the opposite sides stay. */
        SIDES,
        /** The rotation handle (top view): turns the box about z. */
        ROTATE
    }

    /**
     * A handle of a view.
     *
     * @param grip what it does
     * @param su   for {@link Grip#SIDES}: −1 the low-u side, +1 the high-u side, 0 neither
     * @param sv   for {@link Grip#SIDES}: the same along v
     */
    public record Handle(Grip grip, int su, int sv) {
        public static final Handle BODY = new Handle(Grip.BODY, 0, 0);
        public static final Handle ROTATE = new Handle(Grip.ROTATE, 0, 0);
    }

    /** Moves a box along its own axes (forward, left, up), metres. */
    public static Cuboid moveLocal(Cuboid b, double forward, double left, double up) {
        double c = Math.cos(b.yaw()), s = Math.sin(b.yaw());
        return b.withCenter(b.cx() + c * forward - s * left, b.cy() + s * forward + c * left, b.cz() + up);
    }

    /** Grows (or shrinks) a box about its centre; sizes never drop below {@link #MIN_SIZE}. */
    public static Cuboid resize(Cuboid b, double dLength, double dWidth, double dHeight) {
        return b.withSize(Math.max(MIN_SIZE, b.length() + dLength), Math.max(MIN_SIZE, b.width() + dWidth),
                Math.max(MIN_SIZE, b.height() + dHeight));
    }

    /** Turns a box about z; the yaw is kept in (−π, π]. */
    public static Cuboid rotate(Cuboid b, double dYaw) {
        double y = Math.IEEEremainder(b.yaw() + dYaw, 2 * Math.PI);
        return b.withYaw(y <= -Math.PI ? y + 2 * Math.PI : y);
    }

    /**
     * The box after dragging a handle of a view.
     *
     * @param start the box when the drag began
     * @param du    drag along the view's u axis since then (m); for {@link Grip#ROTATE}, the pointer's u
     * @param dv    the same along v; for {@link Grip#ROTATE}, the pointer's v (both in the start box's frame)
     */
    public static Cuboid drag(Cuboid start, BoxView view, Handle h, double du, double dv) {
        return switch (h.grip()) {
            case BODY -> {
                double[] l = view.toLocal(du, dv);
                yield moveLocal(start, l[0], l[1], l[2]);
            }
            case ROTATE -> Math.hypot(du, dv) < 1e-9 ? start : rotate(start, Math.atan2(dv, du));
            case SIDES -> resizeSides(start, view, h.su(), h.sv(), du, dv);
        };
    }

    private static Cuboid resizeSides(Cuboid b, BoxView view, int su, int sv, double du, double dv) {
        double l = b.length(), w = b.width(), hgt = b.height();
        double oldU = view.sizeU(l, w, hgt), oldV = view.sizeV(l, w, hgt);
        double newU = su == 0 ? oldU : Math.max(MIN_SIZE, oldU + su * du);
        double newV = sv == 0 ? oldV : Math.max(MIN_SIZE, oldV + sv * dv);
        // the held side moves, the opposite one stays: the centre moves half the growth towards the held side
        double shiftU = su * (newU - oldU) / 2, shiftV = sv * (newV - oldV) / 2;
        double[] shift = view.toLocal(shiftU, shiftV);
        Cuboid moved = moveLocal(b, shift[0], shift[1], shift[2]);
        return switch (view) {
            case TOP -> moved.withSize(newU, newV, hgt);
            case SIDE -> moved.withSize(newU, w, newV);
            case REAR -> moved.withSize(l, newU, newV);
        };
    }
}
