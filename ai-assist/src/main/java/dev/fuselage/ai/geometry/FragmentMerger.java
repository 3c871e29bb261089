package dev.fuselage.ai.geometry;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.ontology.SizePrior;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins the pieces a lidar makes of one object. Voxel clustering fine enough to keep a car apart from the fence
 * half a metre beside it also cuts the car itself where the scan has gaps: between the tailgate and the rear window
 * nothing reflects along the ray for 0.6 m. Such gaps run along the sensor's rays (one surface hides the next), so
 * a cluster joins the seed only when it lies in the same direction from the sensor (azimuth intervals overlapping,
 * up to {@value #MAX_TANGENTIAL_GAP} m sideways) and at most {@value #MAX_RADIAL_GAP} m farther or nearer, is no
 * taller than the class, and the joined footprint still fits the class's size prior (grown by {@value #SLACK}×).
 */
public final class FragmentMerger {
    /** Clusters this far apart along the rays (m) may be one object. */
    static final double MAX_RADIAL_GAP = 1.0;
    /** Clusters this far apart across the rays (m) may be one object: the clustering already bridges less. */
    static final double MAX_TANGENTIAL_GAP = 0.1;
    /** A joined footprint may exceed the prior by this factor. */
    static final double SLACK = 1.2;

    private FragmentMerger() {
    }

    /**
     * {@code seed} with the clusters of {@code others} that join it without outgrowing {@code prior}; the sensor
     * is at the lidar frame's origin.
     *
     * @param others candidate clusters (the seed itself may be among them; it is skipped)
     */
    public static int[] merge(PointCloud cloud, int[] seed, List<int[]> others, SizePrior prior,
                              GroundModel ground) {
        float[] px = cloud.x(), py = cloud.y();
        double sx = -cloud.originX(), sy = -cloud.originY();
        Polar s = Polar.of(px, py, seed, sx, sy, Double.NaN);
        List<int[]> candidates = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        for (int[] c : others) {
            if (c == seed) {
                continue;
            }
            Polar p = Polar.of(px, py, c, sx, sy, s.mid());
            double tangential = Math.max(0, Math.max(p.a0 - s.a1, s.a0 - p.a1)) * s.meanRange;
            double radial = Math.max(0, Math.max(p.r0 - s.r1, s.r0 - p.r1));
            if (tangential <= MAX_TANGENTIAL_GAP && radial <= MAX_RADIAL_GAP
                    && tallest(cloud, c, ground) <= SLACK * prior.height()) {
                candidates.add(c);
                gaps.add(radial);
            }
        }
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(gaps.get(a), gaps.get(b)));
        int[] current = seed;
        for (int o : order) {
            int[] c = candidates.get(o);
            int[] joined = Arrays.copyOf(current, current.length + c.length);
            System.arraycopy(c, 0, joined, current.length, c.length);
            if (fits(px, py, joined, prior)) {
                current = joined;
            }
        }
        return current;
    }

    /** How far (m, bird's-eye) from a seed cluster its fragments can lie: a pre-filter for candidates. */
    public static double reach(SizePrior prior) {
        return SLACK * Math.max(prior.length(), prior.width()) + MAX_RADIAL_GAP;
    }

    /** Azimuth interval (relative to a reference direction, radians) and range interval of a cluster. */
    private record Polar(double a0, double a1, double r0, double r1, double meanRange, double ref) {
        static Polar of(float[] px, float[] py, int[] pts, double sx, double sy, double ref) {
            if (Double.isNaN(ref)) {
                double mx = 0, my = 0;
                for (int i : pts) {
                    mx += px[i] - sx;
                    my += py[i] - sy;
                }
                ref = Math.atan2(my, mx);
            }
            double a0 = Double.POSITIVE_INFINITY, a1 = Double.NEGATIVE_INFINITY;
            double r0 = Double.POSITIVE_INFINITY, r1 = Double.NEGATIVE_INFINITY, sum = 0;
            for (int i : pts) {
                double dx = px[i] - sx, dy = py[i] - sy;
                double a = Angles.wrap(Math.atan2(dy, dx) - ref), r = Math.hypot(dx, dy);
                a0 = Math.min(a0, a);
                a1 = Math.max(a1, a);
                r0 = Math.min(r0, r);
                r1 = Math.max(r1, r);
                sum += r;
            }
            return new Polar(a0, a1, r0, r1, sum / pts.length, ref);
        }

        /** The reference direction other clusters' azimuths are measured from. */
        double mid() {
            return ref;
        }
    }

    /** Height of a cluster's highest point above the ground under it. */
    static double tallest(PointCloud cloud, int[] pts, GroundModel ground) {
        double top = Double.NEGATIVE_INFINITY;
        for (int i : pts) {
            top = Math.max(top, cloud.z()[i] - ground.heightAt(cloud.x()[i], cloud.y()[i]));
        }
        return top;
    }

    /** Whether the L-shape footprint of the points fits within the (slack-grown) prior. */
    static boolean fits(float[] px, float[] py, int[] pts, SizePrior prior) {
        double[] x = new double[pts.length], y = new double[pts.length];
        for (int k = 0; k < pts.length; k++) {
            x[k] = px[pts[k]];
            y[k] = py[pts[k]];
        }
        Rectangle r = LShapeFit.fit(x, y, pts.length);
        return r.length() <= SLACK * prior.length() && r.width() <= SLACK * Math.max(prior.width(), 1.0);
    }
}
