package dev.fuselage.ontology;

import java.util.Objects;

/**
 * One way an annotated object breaks its ontology. {@code attribute} names the offending attribute, or is null
 * when the problem is the object's class itself (unknown, or a grouping that cannot label objects).
 */
public record Violation(String attribute, String message) {

    public Violation {
        Objects.requireNonNull(message, "message");
    }

    /** {@code attribute: message}, or the message alone for a class problem. */
    @Override
    public String toString() {
        return attribute == null ? message : attribute + ": " + message;
    }
}
