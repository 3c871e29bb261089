package dev.fuselage.ai.geometry;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.SizePrior;
import java.util.Optional;

/**
 * Turns one object's points into an upright cuboid: an {@link LShapeFit} of the footprint, the bottom on the
 * {@link GroundModel} and the top at the highest point. With a class size prior, a partial view (the lidar sees
 * one or two sides of a car, never four) is completed: each side shorter than the prior grows to it, away from the
 * sensor, since the hidden part of an object lies behind its visible surface.
 *
 * <p>Which rectangle side is the object's length is decided against the prior too: the back of a car seen from
 * behind is a 1.6 m wide I-shape, and becomes the car's width, not its length.
 */
public final class CuboidFit {
    /** An extent within these factors of a prior dimension is that dimension seen whole. */
    static final double MATCH_LOW = 0.8, MATCH_HIGH = 1.25;
    /** A measured height below this share of the prior's is a partial view: the prior's height is used. */
    static final double PARTIAL_HEIGHT = 0.6;

    private CuboidFit() {
    }

    /**
     * Fits the points {@code indices[0..count)} of {@code cloud}; the sensor is at the lidar frame's origin.
     *
     * @return the cuboid in world coordinates (cloud origin added)
     */
    public static Cuboid fit(PointCloud cloud, int[] indices, int count, GroundModel ground,
                             Optional<SizePrior> prior) {
        double[] x = new double[count], y = new double[count];
        float[] px = cloud.x(), py = cloud.y(), pz = cloud.z();
        double top = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            int i = indices[k];
            x[k] = px[i];
            y[k] = py[i];
            top = Math.max(top, pz[i]);
        }
        double sx = -cloud.originX(), sy = -cloud.originY();
        double[][] surface = VisibleSurface.of(x, y, count, sx, sy);
        double yaw = LShapeFit.fit(surface[0], surface[1], surface[0].length).yaw();
        Rectangle r = LShapeFit.rectangle(x, y, count, yaw);
        return toCuboid(cloud, r, ground, top, prior);
    }

    /** A footprint rectangle (local coordinates) made a cuboid: prior completion, ground, height. */
    public static Cuboid toCuboid(PointCloud cloud, Rectangle r, GroundModel ground, double localTop,
                                  Optional<SizePrior> prior) {
        double sensorX = -cloud.originX(), sensorY = -cloud.originY();
        Rectangle done = prior.map(p -> complete(r, p, sensorX, sensorY)).orElse(r);
        double bottom = ground.heightAt(done.cx(), done.cy());
        double h = localTop - bottom;
        if (prior.isPresent() && h < PARTIAL_HEIGHT * prior.get().height()) {
            h = prior.get().height();
        }
        h = Math.max(h, 0.1);
        return Cuboid.upright(done.cx() + cloud.originX(), done.cy() + cloud.originY(),
                bottom + h / 2 + cloud.originZ(), done.length(), done.width(), h, done.yaw());
    }

    /**
     * Completes a partially seen footprint to the prior's size, growing each short side away from the sensor at
     * {@code (sx, sy)} (same coordinates as the rectangle).
     */
    public static Rectangle complete(Rectangle r, SizePrior prior, double sx, double sy) {
        double l = r.length(), w = r.width(), yaw = r.yaw();
        int alongLength = matches(l, prior.length()) + matches(w, prior.width());
        int across = matches(l, prior.width()) + matches(w, prior.length());
        if (across > alongLength) {
            // the long visible side is the object's width: turn the rectangle by 90°
            yaw = Angles.wrap(yaw + Math.PI / 2);
            double t = l;
            l = w;
            w = t;
        }
        double c = Math.cos(yaw), s = Math.sin(yaw);
        // sensor in the rectangle's frame
        double dx = sx - r.cx(), dy = sy - r.cy();
        double su = c * dx + s * dy, sv = -s * dx + c * dy;
        double shiftU = 0, shiftV = 0;
        double newL = Math.max(l, prior.length()), newW = Math.max(w, prior.width());
        // the visible edge (nearer the sensor) stays where it is; the centre moves away from the sensor
        shiftU = (newL - l) / 2 * (su >= 0 ? -1 : 1);
        shiftV = (newW - w) / 2 * (sv >= 0 ? -1 : 1);
        double cx = r.cx() + c * shiftU - s * shiftV, cy = r.cy() + s * shiftU + c * shiftV;
        return new Rectangle(cx, cy, newL, newW, yaw);
    }

    private static int matches(double extent, double dim) {
        return extent >= MATCH_LOW * dim && extent <= MATCH_HIGH * dim ? 1 : 0;
    }
}
