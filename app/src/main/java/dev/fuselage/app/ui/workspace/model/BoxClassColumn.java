package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Colouring by class for scans without per-point labels: a {@code semantic} column whose value is the class of
 * the box a point lies in (1 + the class's place among the ontology's concrete classes; 0 outside every box), so
 * the renderer's class colouring shows which points each box takes. A scan that brings its own semantic column
 * (SemanticKITTI) keeps it: only columns made here are ever written.
 */
final class BoxClassColumn {
    /** The clouds whose semantic column was made here (identity; the cache may drop them at any time). */
    private final Set<PointCloud> ours = Collections.newSetFromMap(new WeakHashMap<>());
    private final Ontology ontology;
    private final Map<String, Integer> ids = new HashMap<>();

    BoxClassColumn(Ontology ontology) {
        this.ontology = ontology;
        List<LabelClass> classes = ontology.concreteClasses();
        for (int i = 0; i < classes.size(); i++) {
            ids.put(classes.get(i).name(), i + 1);
        }
    }

    /** The colour of each class id this writes (opaque ARGB), for the renderer's palette. */
    Map<Integer, Integer> palette() {
        Map<Integer, Integer> argb = new HashMap<>();
        List<LabelClass> classes = ontology.concreteClasses();
        for (int i = 0; i < classes.size(); i++) {
            argb.put(i + 1, SceneLoader.classColor(ontology, classes.get(i).name()));
        }
        return argb;
    }

    /**
     * Writes the boxes' classes into the cloud's semantic column (made when absent).
     *
     * @return false when the cloud has a semantic column of its own, which is left alone
     */
    boolean paint(PointCloud cloud, List<ObjectAnnotation> objects) {
        if (cloud.hasColumn(StandardAttributes.SEMANTIC) && !ours.contains(cloud)) {
            return false;
        }
        AttributeColumn col = cloud.column(StandardAttributes.SEMANTIC)
                .orElseGet(() -> cloud.addColumn(StandardAttributes.SEMANTIC, ScalarType.UINT16, 1));
        ours.add(cloud);
        int n = cloud.size();
        for (int i = 0; i < n; i++) {
            col.setLong(i, 0);
        }
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        for (ObjectAnnotation o : objects) {
            Cuboid b = o.box();
            int id = ids.getOrDefault(o.className(), 0);
            double r = 0.5 * Math.sqrt(b.length() * b.length() + b.width() * b.width() + b.height() * b.height());
            for (int i = 0; i < n; i++) {
                // the bounding-sphere test first: most points are far from any one box
                double dx = x[i] - b.cx(), dy = y[i] - b.cy(), dz = z[i] - b.cz();
                if (dx * dx + dy * dy + dz * dz <= r * r && b.contains(x[i], y[i], z[i])) {
                    col.setLong(i, id);
                }
            }
        }
        return true;
    }
}
