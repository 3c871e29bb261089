package dev.fuselage.project.dataset.semantickitti;

import dev.fuselage.ontology.SemanticKitti;

/**
 * Maps class names to SemanticKITTI label ids through the ontology's {@link SemanticKitti} table; points in no box
 * are {@code unlabeled 0}.
 */
final class SemanticKittiClasses {
    static final int UNLABELED = SemanticKitti.UNLABELED;
    static final int OTHER_OBJECT = SemanticKitti.OTHER_OBJECT;

    private SemanticKittiClasses() {
    }

    static int id(String className) {
        return SemanticKitti.idOf(className);
    }
}
