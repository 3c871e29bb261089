package dev.fuselage.core.annotation;

/** Where an annotation came from; pre-labels and imports stay marked until a person confirms them. */
public enum Source {
    /** Drawn or edited by a person in Fuselage. */
    MANUAL,
    /** Proposed by a model (ai-assist). */
    PRE_LABEL,
    /** Read from a label file of a dataset. */
    IMPORTED
}
