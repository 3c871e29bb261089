package dev.fuselage.ai.lift;

import dev.fuselage.ai.PreLabel;
import dev.fuselage.ai.detect.Detection2D;
import dev.fuselage.ai.geometry.CuboidFit;
import dev.fuselage.ai.geometry.FragmentMerger;
import dev.fuselage.ai.geometry.LShapeFit;
import dev.fuselage.ai.geometry.Rectangle;
import dev.fuselage.ai.geometry.SceneSegmentation;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Box2D;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.project.PointProjector;
import dev.fuselage.fusion.project.ProjectedPoints;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.SizePrior;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Lifts 2D detections to cuboids with the lidar: the object points (ground removed) that project into the
 * detection's box (shrunk by {@value #SHRINK} per side against bleeding into the background), their dominant
 * cluster by depth (split where consecutive depths jump by more than {@value #DEPTH_GAP} m; the fullest part wins),
 * the scan clusters those points belong to, joined by {@link FragmentMerger} within the class's size, and a cuboid
 * fitted by {@link CuboidFit} (L-shape footprint, height from the points, the class's size prior where the view is
 * partial). Detections of classes the ontology lacks, or with fewer than {@value #MIN_POINTS} points, are skipped.
 *
 * <p>Thread-safe: each call projects into its own buffers.
 */
public final class DetectionLifter {
    static final double SHRINK = 0.1;
    static final double DEPTH_GAP = 1.0;
    static final int MIN_POINTS = 5;
    /** A scan cluster this much larger than the class is not one object (a car merged into a hedge). */
    static final double TOO_LARGE = 1.5;

    private final Ontology ontology;

    public DetectionLifter(Ontology ontology) {
        this.ontology = Objects.requireNonNull(ontology, "ontology");
    }

    /** Lifts the detections of one camera on one segmented scan. */
    public List<PreLabel> lift(SceneSegmentation scene, CameraModel camera, List<Detection2D> detections) {
        PointCloud cloud = scene.cloud();
        ProjectedPoints proj = new ProjectedPoints();
        new PointProjector(camera).project(cloud, proj);
        int[] visible = proj.visibleIndicesCopy();
        // one object, one box: a car also detected as a truck keeps its better-scored class
        Map<Integer, PreLabel> byCluster = new HashMap<>();
        List<Detection2D> sorted = new ArrayList<>(detections);
        sorted.sort((a, b) -> Double.compare(b.score(), a.score()));
        for (Detection2D d : sorted) {
            Optional<String> cls = d.ontologyClass().filter(c -> ontology.find(c).isPresent());
            if (cls.isEmpty()) {
                continue;
            }
            Optional<SizePrior> prior = ontology.get(cls.get()).sizePrior();
            int[] frustum = inBox(scene, proj, visible, shrink(d.box()));
            if (frustum.length < MIN_POINTS) {
                continue;
            }
            int[] dominant = dominantByDepth(frustum, proj.depth());
            int cluster = majorityCluster(scene, dominant);
            if (byCluster.containsKey(cluster)) {
                continue;
            }
            int[] object = objectPoints(scene, dominant, cluster, prior);
            if (object.length < MIN_POINTS) {
                continue;
            }
            Cuboid box = CuboidFit.fit(cloud, object, object.length, scene.ground(), prior);
            byCluster.put(cluster, new PreLabel(cls.get(), box, Math.min(1, Math.max(0, d.score()))));
        }
        List<PreLabel> out = new ArrayList<>(byCluster.values());
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    private static Box2D shrink(Box2D b) {
        double dx = b.width() * SHRINK, dy = b.height() * SHRINK;
        return new Box2D(b.left() + dx, b.top() + dy, b.right() - dx, b.bottom() - dy);
    }

    private static int[] inBox(SceneSegmentation scene, ProjectedPoints proj, int[] visible, Box2D box) {
        float[] u = proj.u(), v = proj.v();
        int[] out = new int[visible.length];
        int n = 0;
        for (int i : visible) {
            if (scene.clusterOf(i) >= 0 && u[i] >= box.left() && u[i] <= box.right() && v[i] >= box.top()
                    && v[i] <= box.bottom()) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The points of the fullest run of depths without a jump over {@link #DEPTH_GAP}; ties go to the nearer. */
    static int[] dominantByDepth(int[] points, float[] depth) {
        Integer[] order = new Integer[points.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = points[k];
        }
        Arrays.sort(order, (a, b) -> Float.compare(depth[a], depth[b]));
        int bestStart = 0, bestLen = 0, start = 0;
        for (int k = 1; k <= order.length; k++) {
            if (k == order.length || depth[order[k]] - depth[order[k - 1]] > DEPTH_GAP) {
                if (k - start > bestLen) {
                    bestLen = k - start;
                    bestStart = start;
                }
                start = k;
            }
        }
        int[] out = new int[bestLen];
        for (int k = 0; k < bestLen; k++) {
            out[k] = order[bestStart + k];
        }
        return out;
    }

    /**
     * The object the seed points belong to: the scan cluster holding most of them (kept whole, since the shrunk
     * box cuts objects) with its fragments, unless that cluster is far larger than the class (merged with its
     * surroundings), in which case only the seed points' part of it is used.
     */
    private static int[] objectPoints(SceneSegmentation scene, int[] seed, int best, Optional<SizePrior> prior) {
        int[] cluster = scene.clusters().get(best);
        if (prior.isEmpty()) {
            return cluster;
        }
        if (tooLarge(scene, best, prior.get())) {
            int[] part = new int[seed.length];
            int n = 0;
            for (int i : seed) {
                if (scene.clusterOf(i) == best) {
                    part[n++] = i;
                }
            }
            return Arrays.copyOf(part, n);
        }
        return FragmentMerger.merge(scene.cloud(), cluster, scene.clustersNear(best, FragmentMerger.reach(prior.get())),
                prior.get(), scene.ground());
    }

    /** The scan cluster most of the points are in. */
    private static int majorityCluster(SceneSegmentation scene, int[] points) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (int i : points) {
            votes.merge(scene.clusterOf(i), 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static boolean tooLarge(SceneSegmentation scene, int c, SizePrior prior) {
        // any rectangle around the points has a diagonal at least the bounds' larger side: a cheap first test
        double diagonal = Math.hypot(prior.length(), Math.max(prior.width(), 1.0));
        if (scene.extent(c) > TOO_LARGE * diagonal) {
            return true;
        }
        PointCloud cloud = scene.cloud();
        int[] cluster = scene.clusters().get(c);
        double[] x = new double[cluster.length], y = new double[cluster.length];
        for (int k = 0; k < cluster.length; k++) {
            x[k] = cloud.x()[cluster[k]];
            y[k] = cloud.y()[cluster[k]];
        }
        Rectangle r = LShapeFit.fit(x, y, cluster.length);
        return r.length() > TOO_LARGE * prior.length() || r.width() > TOO_LARGE * Math.max(prior.width(), 1.0);
    }
}
