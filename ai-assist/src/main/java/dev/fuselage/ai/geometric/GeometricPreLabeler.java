package dev.fuselage.ai.geometric;

import dev.fuselage.ai.PreLabel;
import dev.fuselage.ai.PreLabelInput;
import dev.fuselage.ai.PreLabeler;
import dev.fuselage.ai.geometry.CuboidFit;
import dev.fuselage.ai.geometry.FragmentMerger;
import dev.fuselage.ai.geometry.GroundModel;
import dev.fuselage.ai.geometry.LShapeFit;
import dev.fuselage.ai.geometry.Rectangle;
import dev.fuselage.ai.geometry.SceneSegmentation;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.SizePrior;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 3D pre-labels without a model: the scan's {@link SceneSegmentation} (ground removed, voxel clusters), each
 * cluster that stands on the ground given the class whose size prior its shape fits best, joined with its fragments
 * ({@link FragmentMerger}) and fitted ({@link CuboidFit}).
 *
 * <p>Shape filters per class prior: the height must be within {@value #HEIGHT_LOW}–{@value #HEIGHT_HIGH} of the
 * prior's; the visible footprint at most {@value #FOOTPRINT_HIGH}× the prior's sides; its longer side at least
 * {@value #MIN_VISIBLE} of the prior's length (a partial view still shows that much); the cluster's lowest point
 * within {@value #MAX_CLEARANCE} m of the ground (a tree crown does not stand on the road). The score is how well
 * the shape matches, 0–1.
 */
public final class GeometricPreLabeler implements PreLabeler {
    static final double HEIGHT_LOW = 0.6, HEIGHT_HIGH = 1.35;
    static final double FOOTPRINT_HIGH = 1.3;
    static final double MIN_VISIBLE = 0.3;
    static final double MAX_CLEARANCE = 0.6;
    static final int MIN_POINTS = 10;
    /** Farther than this (m) a scan has too few points on an object to tell its class. */
    static final double MAX_RANGE = 60;

    private final List<LabelClass> classes;

    /** Proposes the given classes of {@code ontology}; each needs a size prior. */
    public GeometricPreLabeler(Ontology ontology, Collection<String> classNames) {
        Objects.requireNonNull(ontology, "ontology");
        List<LabelClass> list = new ArrayList<>();
        for (String name : classNames) {
            LabelClass c = ontology.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "class '" + name + "' is not in ontology '" + ontology.name() + "'"));
            if (c.sizePrior().isEmpty()) {
                throw new IllegalArgumentException("class '" + name + "' has no size prior to match shapes against");
            }
            list.add(c);
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no classes to propose");
        }
        this.classes = List.copyOf(list);
    }

    @Override
    public List<PreLabel> prelabel(PreLabelInput frame) {
        return prelabel(SceneSegmentation.of(frame.cloud()));
    }

    /** Pre-labels of an already segmented scan. */
    public List<PreLabel> prelabel(SceneSegmentation scene) {
        PointCloud cloud = scene.cloud();
        GroundModel ground = scene.ground();
        Map<int[], Boolean> used = new IdentityHashMap<>();
        List<PreLabel> out = new ArrayList<>();
        double largest = classes.stream().map(c -> c.sizePrior().orElseThrow())
                .mapToDouble(p -> Math.hypot(p.length(), p.width())).max().orElseThrow();
        for (int index = 0; index < scene.clusters().size(); index++) {
            int[] cluster = scene.clusters().get(index);
            if (cluster.length < MIN_POINTS) {
                break; // largest first: the rest are smaller still
            }
            // no rectangle around the points is shorter than their bounds' larger side: too big for any class
            if (used.containsKey(cluster) || scene.extent(index) > FOOTPRINT_HIGH * largest) {
                continue;
            }
            Shape shape = Shape.of(cloud, cluster, ground);
            if (shape.clearance > MAX_CLEARANCE || Math.hypot(shape.rect.cx() + cloud.originX(),
                    shape.rect.cy() + cloud.originY()) > MAX_RANGE) {
                continue;
            }
            Optional<Match> match = bestClass(shape);
            if (match.isEmpty()) {
                continue;
            }
            SizePrior prior = match.get().cls.sizePrior().orElseThrow();
            int[] object = FragmentMerger.merge(cloud, cluster,
                    unused(scene.clustersNear(index, FragmentMerger.reach(prior)), used), prior, ground);
            markUsed(scene.clusters(), cluster, object, used);
            Cuboid box = CuboidFit.fit(cloud, object, object.length, ground, Optional.of(prior));
            out.add(new PreLabel(match.get().cls.name(), box, match.get().score));
        }
        out.sort(Comparator.comparingDouble(PreLabel::score).reversed());
        return out;
    }

    private static List<int[]> unused(List<int[]> clusters, Map<int[], Boolean> used) {
        List<int[]> out = new ArrayList<>();
        for (int[] c : clusters) {
            if (!used.containsKey(c) && c.length >= 1) {
                out.add(c);
            }
        }
        return out;
    }

    /** Marks the seed and every cluster whose first point ended up in the merged object. */
    private static void markUsed(List<int[]> clusters, int[] seed, int[] object, Map<int[], Boolean> used) {
        used.put(seed, true);
        if (object.length == seed.length) {
            return;
        }
        java.util.Set<Integer> members = new java.util.HashSet<>();
        for (int i : object) {
            members.add(i);
        }
        for (int[] c : clusters) {
            if (c.length > 0 && members.contains(c[0])) {
                used.put(c, true);
            }
        }
    }

    private record Match(LabelClass cls, double score) {
    }

    /** The class whose prior fits the shape best, if any passes the filters. */
    private Optional<Match> bestClass(Shape s) {
        Match best = null;
        for (LabelClass c : classes) {
            SizePrior p = c.sizePrior().orElseThrow();
            double ratioH = s.height / p.height();
            if (ratioH < HEIGHT_LOW || ratioH > HEIGHT_HIGH) {
                continue;
            }
            double l = s.rect.length(), w = s.rect.width();
            if (l > FOOTPRINT_HIGH * p.length() || w > FOOTPRINT_HIGH * p.width()) {
                continue;
            }
            if (l < MIN_VISIBLE * p.length() && l < p.width() * 0.8) {
                continue;
            }
            // mismatch: height off its prior, plus how far the visible sides fall short of or exceed the prior
            double mismatch = Math.abs(Math.log(ratioH)) + Math.abs(Math.log(Math.min(1, l / p.length())))
                    * 0.5 + Math.max(0, Math.log(w / p.width()));
            double score = Math.exp(-mismatch);
            if (best == null || score > best.score) {
                best = new Match(c, score);
            }
        }
        return Optional.ofNullable(best);
    }

    /** A cluster's bird's-eye rectangle, its height above the ground and how high its lowest point floats. */
    private record Shape(Rectangle rect, double height, double clearance) {
        static Shape of(PointCloud cloud, int[] pts, GroundModel ground) {
            double[] x = new double[pts.length], y = new double[pts.length];
            double top = Double.NEGATIVE_INFINITY, low = Double.POSITIVE_INFINITY;
            for (int k = 0; k < pts.length; k++) {
                int i = pts[k];
                x[k] = cloud.x()[i];
                y[k] = cloud.y()[i];
                double g = ground.heightAt(x[k], y[k]);
                top = Math.max(top, cloud.z()[i] - g);
                low = Math.min(low, cloud.z()[i] - g);
            }
            return new Shape(LShapeFit.fit(x, y, pts.length), top, low);
        }
    }
}
