package dev.fuselage.ai.fit;

import dev.fuselage.ai.geometry.CuboidFit;
import dev.fuselage.ai.geometry.FragmentMerger;
import dev.fuselage.ai.geometry.GroundModel;
import dev.fuselage.ai.geometry.LShapeFit;
import dev.fuselage.ai.geometry.Rectangle;
import dev.fuselage.ai.geometry.VoxelClusterer;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.SizePrior;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One-click box creation and refitting on one scan: a click on a point segments the object around it (ground
 * removed, {@link VoxelClusterer} within {@value #SEARCH_RADIUS} m) and fits a cuboid to it with
 * {@link CuboidFit}; {@link #refit} snaps an existing box to the points in and around it.
 *
 * <p>The ground model is built once, in the constructor (tens of milliseconds for a 120k-point scan): build one
 * instance per scan off the UI thread and reuse it for every click on that scan. Thread-safe after construction.
 */
public final class OneClickFit {
    /** Only points this close (m, bird's-eye) to the click can belong to the clicked object. */
    static final double SEARCH_RADIUS = 8.0;
    /** A click lands on the nearest object point within this distance (m). */
    static final double SNAP_RADIUS = 1.0;
    /** Refitting looks this far (m) outside the box for points the box missed. */
    static final double REFIT_MARGIN = 0.5;
    /** Refitting keeps the heading within ±this/2 of the box's. */
    static final double REFIT_SPAN = Math.toRadians(40);
    /** Objects end this high above the ground (m); trees and wires above are not theirs. */
    static final double MAX_HEIGHT = 4.0;
    static final int MIN_POINTS = 3;
    /** A clicked point whose cluster is smaller than this is a stray return, not the object. */
    static final int MIN_SEED_CLUSTER = 10;
    /** Points up to this multiple of the class's height (+0.2 m) above the ground can be the object's. */
    static final double HEIGHT_SLACK = 1.3;

    private final PointCloud cloud;
    private final GroundModel ground;
    private final VoxelClusterer clusterer = new VoxelClusterer();

    /** Prepares fitting on {@code cloud} (estimates its ground). */
    public OneClickFit(PointCloud cloud) {
        this(cloud, GroundModel.of(cloud));
    }

    /** Prepares fitting on {@code cloud} with a ground model already estimated for it. */
    public OneClickFit(PointCloud cloud, GroundModel ground) {
        this.cloud = Objects.requireNonNull(cloud, "cloud");
        this.ground = Objects.requireNonNull(ground, "ground");
    }

    public GroundModel ground() {
        return ground;
    }

    /**
     * The box of the object under a click at world point {@code (x, y, z)}: empty when no object point lies within
     * {@value #SNAP_RADIUS} m of it (a click on the road).
     */
    public Optional<Cuboid> fitAt(double x, double y, double z, Optional<SizePrior> prior) {
        double lx = x - cloud.originX(), ly = y - cloud.originY(), lz = z - cloud.originZ();
        int[] near = objectPointsWithin(lx, ly, SEARCH_RADIUS, maxHeight(prior));
        int seed = -1;
        double best = SNAP_RADIUS * SNAP_RADIUS;
        float[] px = cloud.x(), py = cloud.y(), pz = cloud.z();
        for (int i : near) {
            double d = sq(px[i] - lx) + sq(py[i] - ly) + sq(pz[i] - lz);
            if (d <= best) {
                best = d;
                seed = i;
            }
        }
        return seed < 0 ? Optional.empty() : fitCluster(near, seed, prior);
    }

    /** The box of the object that point {@code index} of the scan belongs to; empty for a ground point. */
    public Optional<Cuboid> fitAtPoint(int index, Optional<SizePrior> prior) {
        Objects.checkIndex(index, cloud.size());
        if (!cloud.isValid(index)) {
            return Optional.empty();
        }
        return fitAt(cloud.worldX(index), cloud.worldY(index), cloud.worldZ(index), prior);
    }

    private Optional<Cuboid> fitCluster(int[] candidates, int seed, Optional<SizePrior> prior) {
        List<int[]> clusters = clusterer.cluster(cloud, candidates, candidates.length, 1);
        int[] chosen = null;
        for (int[] c : clusters) {
            for (int i : c) {
                if (i == seed) {
                    chosen = c;
                    break;
                }
            }
        }
        if (chosen == null || chosen.length < MIN_SEED_CLUSTER) {
            // the click hit a stray return (a seat seen through a window): take the biggest cluster under it
            chosen = biggestNear(clusters, seed, chosen);
        }
        if (chosen == null || chosen.length < MIN_POINTS) {
            return Optional.empty();
        }
        int[] object = prior.isPresent() ? FragmentMerger.merge(cloud, chosen, clusters, prior.get(), ground) : chosen;
        return Optional.of(CuboidFit.fit(cloud, object, object.length, ground, prior));
    }

    /** The largest cluster with a point within {@link #SNAP_RADIUS} of the seed (bird's-eye), else {@code dflt}. */
    private int[] biggestNear(List<int[]> clusters, int seed, int[] dflt) {
        float[] px = cloud.x(), py = cloud.y();
        double r2 = SNAP_RADIUS * SNAP_RADIUS;
        for (int[] c : clusters) { // largest first
            for (int i : c) {
                if (sq(px[i] - px[seed]) + sq(py[i] - py[seed]) <= r2) {
                    return c;
                }
            }
        }
        return dflt;
    }

    /**
     * {@code box} snapped to its points: the object points within {@value #REFIT_MARGIN} m of its footprint, their
     * largest cluster, fitted with a heading near the box's; sides the points do not show keep at least the box's
     * own size (or the prior's, when given). Unchanged when fewer than {@value #MIN_POINTS} points are there.
     */
    public Cuboid refit(Cuboid box, Optional<SizePrior> prior) {
        double lx = box.cx() - cloud.originX(), ly = box.cy() - cloud.originY();
        double c = Math.cos(box.yaw()), s = Math.sin(box.yaw());
        double hl = box.length() / 2 + REFIT_MARGIN, hw = box.width() / 2 + REFIT_MARGIN;
        int[] near = objectPointsWithin(lx, ly, Math.hypot(hl, hw),
                maxHeight(Optional.of(prior.orElse(new SizePrior(1, 1, Math.max(box.height(), 0.1))))));
        float[] px = cloud.x(), py = cloud.y();
        int n = 0;
        for (int i : near) {
            double dx = px[i] - lx, dy = py[i] - ly;
            if (Math.abs(c * dx + s * dy) <= hl && Math.abs(-s * dx + c * dy) <= hw) {
                near[n++] = i;
            }
        }
        List<int[]> clusters = clusterer.cluster(cloud, near, n, MIN_POINTS);
        if (clusters.isEmpty()) {
            return box;
        }
        int[] pts = clusters.get(0);
        double[] x = new double[pts.length], y = new double[pts.length];
        double top = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < pts.length; k++) {
            x[k] = px[pts[k]];
            y[k] = py[pts[k]];
            top = Math.max(top, cloud.z()[pts[k]]);
        }
        Rectangle r = LShapeFit.fitNear(x, y, pts.length, box.yaw(), REFIT_SPAN, 40);
        SizePrior own = prior.orElse(new SizePrior(Math.max(box.length(), 0.1), Math.max(box.width(), 0.1),
                Math.max(box.height(), 0.1)));
        Cuboid fitted = CuboidFit.toCuboid(cloud, r, ground, top, Optional.of(own));
        // the fit may have swapped the axes; keep the heading closest to the box's own
        double yaw = fitted.yaw();
        if (Math.abs(dev.fuselage.ai.geometry.Angles.delta(box.yaw(), yaw)) > Math.PI / 2) {
            yaw = dev.fuselage.ai.geometry.Angles.wrap(yaw + Math.PI);
        }
        return fitted.withYaw(yaw);
    }

    /** Object points (above the ground, below {@code maxHeight}) within {@code radius} of local (x, y). */
    /**
     * How high above the ground points can belong to an object of the class: a little over its typical height, so
     * that a carport roof or a tree over a car does not join it.
     */
    static double maxHeight(Optional<SizePrior> prior) {
        return prior.map(p -> Math.min(MAX_HEIGHT, HEIGHT_SLACK * p.height() + 0.2)).orElse(MAX_HEIGHT);
    }

    private int[] objectPointsWithin(double lx, double ly, double radius, double maxHeight) {
        float[] px = cloud.x(), py = cloud.y(), pz = cloud.z();
        double r2 = radius * radius;
        int[] out = new int[256];
        int n = 0;
        for (int i = 0; i < cloud.size(); i++) {
            double dx = px[i] - lx, dy = py[i] - ly;
            if (dx * dx + dy * dy > r2 || Float.isNaN(pz[i])) {
                continue;
            }
            double above = pz[i] - ground.heightAt(px[i], py[i]);
            if (above >= GroundModel.DEFAULT_CLEARANCE && above <= maxHeight) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static double sq(double v) {
        return v * v;
    }
}
