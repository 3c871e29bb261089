package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.ontology.AttributeDef;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.Violation;
import java.util.List;

/**
 * Unknown classes, missing required attributes and values an attribute does not allow, as errors. Extra keys that
 * are no attribute of the class are left alone: importers keep a dataset's own fields (KITTI tracking's
 * {@code truncation_level}) so they survive export. An ontology without classes (an unknown ontology name) checks
 * nothing, since every class would be unknown.
 */
final class OntologyCheck implements FrameCheck {
    private final Ontology ontology;

    OntologyCheck(Ontology ontology) {
        this.ontology = ontology;
    }

    @Override
    public void check(QaFrame frame, List<Finding> out) {
        if (ontology.classes().isEmpty()) {
            return;
        }
        for (ObjectAnnotation o : frame.objects()) {
            List<Violation> violations = ontology.validate(o.className(), o.attributes());
            for (Violation v : violations) {
                if (v.attribute() != null && !isAttributeOf(o.className(), v.attribute())) {
                    continue;
                }
                out.add(Finding.of(FindingKind.ONTOLOGY, Severity.ERROR, o,
                        o.className() + " " + o.trackId() + ": " + v));
            }
        }
    }

    private boolean isAttributeOf(String className, String attribute) {
        for (AttributeDef d : ontology.attributesOf(className)) {
            if (d.name().equals(attribute)) {
                return true;
            }
        }
        return false;
    }
}
