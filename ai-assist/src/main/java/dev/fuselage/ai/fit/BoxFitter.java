package dev.fuselage.ai.fit;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.SizePrior;
import java.util.Arrays;
import java.util.Optional;

/**
 * Fits the vertical extent of boxes to the points: a box drawn as a rectangle in the bird's-eye view gets its
 * bottom on the local ground and its top at the highest point above it; with too few points inside, the class's
 * size prior decides the height (and the footprint, when the rectangle is a mere click).
 */
public final class BoxFitter {
    /** Fewer points than this inside the rectangle: too few to trust, use the size prior. */
    public static final int MIN_POINTS = 8;
    /** Ground search: the footprint grown by this much (m) on every side. */
    static final double GROUND_MARGIN = 1.5;
    /** The ground is this low quantile of the heights around the box: robust against stray low returns. */
    static final double GROUND_QUANTILE = 0.05;
    /** KITTI's lidar sits 1.73 m above the road: the ground when no point tells otherwise. */
    static final double DEFAULT_GROUND_Z = -1.73;
    /** A rectangle smaller than this (m) is a click: the footprint comes from the size prior. */
    static final double MIN_FOOTPRINT = 0.2;

    private BoxFitter() {
    }

    /**
     * A box on a bird's-eye rectangle.
     *
     * @param footprint the rectangle as an upright box (centre x/y, length, width, yaw; z and height ignored)
     * @param prior     the active class's size prior, if it has one
     */
    public static Cuboid fit(PointCloud cloud, Cuboid footprint, Optional<SizePrior> prior) {
        double l = footprint.length(), w = footprint.width();
        if (l < MIN_FOOTPRINT || w < MIN_FOOTPRINT) {
            l = prior.map(SizePrior::length).orElse(Math.max(l, 1.0));
            w = prior.map(SizePrior::width).orElse(Math.max(w, 1.0));
        }
        Cuboid flat = new Cuboid(footprint.cx(), footprint.cy(), 0, l, w, 0, footprint.yaw(), 0, 0);
        double ground = groundUnder(cloud, flat);
        float[] inside = heightsInFootprint(cloud, flat, 0);
        int n = 0;
        float top = Float.NEGATIVE_INFINITY;
        for (float z : inside) {
            if (z > ground + 0.1) { // the ground under the object is not part of it
                n++;
                top = Math.max(top, z);
            }
        }
        double h = n >= MIN_POINTS ? top - ground : prior.map(SizePrior::height).orElse(1.5);
        return new Cuboid(flat.cx(), flat.cy(), ground + h / 2, l, w, h, flat.yaw(), 0, 0);
    }

    /** The same box standing on the local ground. */
    public static Cuboid snapToGround(PointCloud cloud, Cuboid box) {
        double ground = groundUnder(cloud, box);
        return box.withCenter(box.cx(), box.cy(), ground + box.height() / 2);
    }

    /**
     * Ground height under a footprint: a low quantile of the heights in a ring around it (the object itself hides
     * the ground under it, and a large one would outvote it), or in the footprint when the ring is empty.
     */
    public static double groundUnder(PointCloud cloud, Cuboid box) {
        float[] z = heightsAround(cloud, box, GROUND_MARGIN);
        if (z.length == 0) {
            z = heightsInFootprint(cloud, box, 0);
        }
        if (z.length == 0) {
            return DEFAULT_GROUND_Z;
        }
        Arrays.sort(z);
        return z[(int) Math.floor(GROUND_QUANTILE * (z.length - 1))];
    }

    /** World heights of the points whose x/y fall in the box's footprint grown by {@code margin}. */
    static float[] heightsInFootprint(PointCloud cloud, Cuboid box, double margin) {
        return heights(cloud, box, margin, false);
    }

    /** World heights of the points within {@code margin} around the footprint but not in it. */
    static float[] heightsAround(PointCloud cloud, Cuboid box, double margin) {
        return heights(cloud, box, margin, true);
    }

    private static float[] heights(PointCloud cloud, Cuboid box, double margin, boolean ringOnly) {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        double ox = cloud.originX(), oy = cloud.originY(), oz = cloud.originZ();
        double c = Math.cos(box.yaw()), s = Math.sin(box.yaw());
        double hl = box.length() / 2 + margin, hw = box.width() / 2 + margin;
        float[] out = new float[64];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] + ox - box.cx(), dy = y[i] + oy - box.cy();
            double lx = c * dx + s * dy, ly = -s * dx + c * dy;
            boolean inRing = Math.abs(lx) <= hl && Math.abs(ly) <= hw;
            boolean inBox = Math.abs(lx) <= box.length() / 2 && Math.abs(ly) <= box.width() / 2;
            if (inRing && !(ringOnly && inBox) && !Float.isNaN(z[i])) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = (float) (z[i] + oz);
            }
        }
        return Arrays.copyOf(out, n);
    }
}
