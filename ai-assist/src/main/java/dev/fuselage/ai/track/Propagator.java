package dev.fuselage.ai.track;

import dev.fuselage.ai.geometry.Angles;
import dev.fuselage.ai.geometry.GroundModel;
import dev.fuselage.ai.geometry.LShapeFit;
import dev.fuselage.ai.geometry.Rectangle;
import dev.fuselage.ai.geometry.SceneSegmentation;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import java.util.Arrays;
import java.util.Optional;

/**
 * Carries a track's box to the next frame: predicts where the object is (its last box moved into the next
 * frame's lidar coordinates by the ego poses, plus its own motion over the last frame when the track has two
 * boxes), then refits to the matching cluster of the next scan — the object points within {@value #SEARCH} m of the
 * prediction, in the cluster with most of them — keeping the object's size: the visible sides of an L-shape fit
 * place the box, the hidden ones follow from the size. Without points there (occluded, out of range) the
 * prediction is returned.
 */
public final class Propagator {
    /** Object points within this distance (m) of the predicted footprint are candidates. */
    static final double SEARCH = 1.0;
    /** The refit keeps the heading within ±this/2 of the predicted one. */
    static final double YAW_SPAN = Math.toRadians(30);
    static final int MIN_POINTS = 5;

    private Propagator() {
    }

    /**
     * The box in the next frame.
     *
     * @param last       the track's box in its latest frame, in the next frame's lidar coordinates
     *                   (see {@link EgoPose#fromFrame})
     * @param beforeLast the box a frame earlier, also in the next frame's coordinates, when the track has one
     * @param next       the next frame's segmented scan
     */
    public static Cuboid propagate(Cuboid last, Optional<Cuboid> beforeLast, SceneSegmentation next) {
        Cuboid predicted = predict(last, beforeLast);
        return refit(predicted, next).orElse(predicted);
    }

    /** Constant velocity: the last box moved on by the motion between the two previous boxes. */
    public static Cuboid predict(Cuboid last, Optional<Cuboid> beforeLast) {
        if (beforeLast.isEmpty()) {
            return last;
        }
        Cuboid p = beforeLast.get();
        double yaw = Angles.wrap(last.yaw() + Angles.delta(p.yaw(), last.yaw()));
        return new Cuboid(2 * last.cx() - p.cx(), 2 * last.cy() - p.cy(), 2 * last.cz() - p.cz(), last.length(),
                last.width(), last.height(), yaw, last.pitch(), last.roll());
    }

    /** {@code predicted} placed on the points of the next scan; empty when too few are near. */
    static Optional<Cuboid> refit(Cuboid predicted, SceneSegmentation next) {
        PointCloud cloud = next.cloud();
        double lx = predicted.cx() - cloud.originX(), ly = predicted.cy() - cloud.originY();
        double c = Math.cos(predicted.yaw()), s = Math.sin(predicted.yaw());
        double hl = predicted.length() / 2 + SEARCH, hw = predicted.width() / 2 + SEARCH;
        float[] px = cloud.x(), py = cloud.y(), pz = cloud.z();
        int[] near = new int[256];
        int n = 0;
        int[] votes = new int[next.clusters().size()];
        for (int i = 0; i < cloud.size(); i++) {
            int cl = next.clusterOf(i);
            if (cl < 0) {
                continue;
            }
            double dx = px[i] - lx, dy = py[i] - ly;
            if (Math.abs(c * dx + s * dy) <= hl && Math.abs(-s * dx + c * dy) <= hw) {
                if (n == near.length) {
                    near = Arrays.copyOf(near, 2 * n);
                }
                near[n++] = i;
                votes[cl]++;
            }
        }
        int best = -1;
        for (int k = 0; k < votes.length; k++) {
            if (votes[k] > 0 && (best < 0 || votes[k] > votes[best])) {
                best = k;
            }
        }
        if (best < 0 || votes[best] < MIN_POINTS) {
            return Optional.empty();
        }
        double[] x = new double[votes[best]], y = new double[votes[best]];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (next.clusterOf(near[k]) == best) {
                x[m] = px[near[k]];
                y[m] = py[near[k]];
                m++;
            }
        }
        Rectangle visible = LShapeFit.fitNear(x, y, m, predicted.yaw(), YAW_SPAN, 30);
        Rectangle placed = place(visible, predicted, -cloud.originX(), -cloud.originY());
        GroundModel ground = next.ground();
        double bottom = ground.heightAt(placed.cx(), placed.cy());
        return Optional.of(new Cuboid(placed.cx() + cloud.originX(), placed.cy() + cloud.originY(),
                bottom + predicted.height() / 2 + cloud.originZ(), predicted.length(), predicted.width(),
                predicted.height(), placed.yaw(), predicted.pitch(), predicted.roll()));
    }

    /**
     * A box of the predicted size on the visible rectangle: along each axis, a side seen whole is centred on the
     * points; a side seen in part keeps its edge nearer the sensor {@code (sx, sy)} and extends away from it.
     */
    static Rectangle place(Rectangle visible, Cuboid size, double sx, double sy) {
        double yaw = visible.yaw(), l = visible.length(), w = visible.width();
        if (Angles.axisDifference(yaw, size.yaw()) > Math.PI / 4) {
            // the fit called the object's width its length: turn it back onto the object's axes
            yaw = Angles.wrap(yaw + Math.PI / 2);
            double t = l;
            l = w;
            w = t;
        }
        if (Math.abs(Angles.delta(size.yaw(), yaw)) > Math.PI / 2) {
            yaw = Angles.wrap(yaw + Math.PI); // keep the track's heading, not its reverse
        }
        double c = Math.cos(yaw), s = Math.sin(yaw);
        double dx = sx - visible.cx(), dy = sy - visible.cy();
        double su = c * dx + s * dy, sv = -s * dx + c * dy;
        double shiftU = (size.length() - l) / 2 * (su >= 0 ? -1 : 1);
        double shiftV = (size.width() - w) / 2 * (sv >= 0 ? -1 : 1);
        return new Rectangle(visible.cx() + c * shiftU - s * shiftV, visible.cy() + s * shiftU + c * shiftV,
                size.length(), size.width(), yaw);
    }
}
