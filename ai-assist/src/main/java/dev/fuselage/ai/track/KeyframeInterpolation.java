package dev.fuselage.ai.track;

import dev.fuselage.ai.geometry.Angles;
import dev.fuselage.core.geometry.Cuboid;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Boxes between two keyframes of a track: centre and size linear in the frame index, yaw (and pitch, roll) along
 * the shorter arc, so a box turning from 179° to −179° turns 2°, not 358°. With ego poses the interpolation runs
 * in the world frame (the object's own motion), and each result is put into its frame's lidar coordinates.
 */
public final class KeyframeInterpolation {
    private KeyframeInterpolation() {
    }

    /** The box a fraction {@code t} (0 = {@code a}, 1 = {@code b}) of the way from {@code a} to {@code b}. */
    public static Cuboid between(Cuboid a, Cuboid b, double t) {
        return new Cuboid(lerp(a.cx(), b.cx(), t), lerp(a.cy(), b.cy(), t), lerp(a.cz(), b.cz(), t),
                lerp(a.length(), b.length(), t), lerp(a.width(), b.width(), t), lerp(a.height(), b.height(), t),
                arc(a.yaw(), b.yaw(), t), arc(a.pitch(), b.pitch(), t), arc(a.roll(), b.roll(), t));
    }

    /**
     * The boxes of the frames strictly between keyframes {@code first} and {@code last} (frame indices), in the same
     * (lidar) coordinates as the keyframes; by frame index, ascending.
     */
    public static Map<Integer, Cuboid> fill(int first, Cuboid a, int last, Cuboid b) {
        checkOrder(first, last);
        Map<Integer, Cuboid> out = new LinkedHashMap<>();
        for (int f = first + 1; f < last; f++) {
            out.put(f, between(a, b, (double) (f - first) / (last - first)));
        }
        return out;
    }

    /**
     * As {@link #fill(int, Cuboid, int, Cuboid)} with each frame's lidar pose: {@code poses[f - first]} is frame
     * {@code f}'s pose, keyframes included; the keyframe boxes are in their own frames' lidar coordinates.
     */
    public static Map<Integer, Cuboid> fill(int first, Cuboid a, int last, Cuboid b, EgoPose[] poses) {
        checkOrder(first, last);
        if (poses.length != last - first + 1) {
            throw new IllegalArgumentException("need " + (last - first + 1) + " poses, got " + poses.length);
        }
        Cuboid wa = poses[0].toWorld(a), wb = poses[poses.length - 1].toWorld(b);
        Map<Integer, Cuboid> out = new LinkedHashMap<>();
        for (int f = first + 1; f < last; f++) {
            Cuboid w = between(wa, wb, (double) (f - first) / (last - first));
            out.put(f, poses[f - first].fromWorld(w));
        }
        return out;
    }

    private static void checkOrder(int first, int last) {
        if (last <= first) {
            throw new IllegalArgumentException("keyframes must be in order: " + first + ", " + last);
        }
    }

    /** In this form t = 0 gives a, t = 1 gives b and t = ½ the exact midpoint (halving is exact in binary). */
    private static double lerp(double a, double b, double t) {
        return a * (1 - t) + b * t;
    }

    private static double arc(double a, double b, double t) {
        double d = b - a;
        if (d > Math.PI || d < -Math.PI) {
            // the short way crosses ±π: go to the equivalent of b on a's side, then wrap the result back
            double near = a + Angles.delta(a, b);
            return Angles.wrap(lerp(a, near, t));
        }
        return lerp(a, b, t);
    }
}
