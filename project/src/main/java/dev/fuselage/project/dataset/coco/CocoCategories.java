package dev.fuselage.project.dataset.coco;

import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * COCO categories from an ontology's concrete classes: a class keeps its source id (COCO's own category ids in the
 * COCO preset), the others get ids after the largest one; the supercategory is the parent class, or the class
 * itself for a root (COCO's convention for {@code person}).
 */
final class CocoCategories {
    /** Category id by class name, in ontology order. */
    final Map<String, Integer> ids = new LinkedHashMap<>();
    /** Supercategory by class name. */
    final Map<String, String> supercategories = new LinkedHashMap<>();

    CocoCategories(Ontology ontology) {
        Set<Integer> taken = new HashSet<>();
        int max = 0;
        for (LabelClass c : ontology.concreteClasses()) {
            if (c.sourceId().isPresent() && taken.add(c.sourceId().getAsInt())) {
                max = Math.max(max, c.sourceId().getAsInt());
            }
        }
        Set<Integer> used = new HashSet<>();
        for (LabelClass c : ontology.concreteClasses()) {
            int id = c.sourceId().isPresent() && used.add(c.sourceId().getAsInt()) ? c.sourceId().getAsInt() : ++max;
            used.add(id);
            ids.put(c.name(), id);
            supercategories.put(c.name(), c.parent().orElse(c.name()));
        }
    }
}
