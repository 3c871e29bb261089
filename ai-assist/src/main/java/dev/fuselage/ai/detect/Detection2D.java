package dev.fuselage.ai.detect;

import dev.fuselage.core.geometry.Box2D;
import java.util.Objects;
import java.util.Optional;

/**
 * One object found in an image.
 *
 * @param box           the box in image pixels
 * @param classIndex    the model's class index
 * @param label         the model's class name ({@code car})
 * @param ontologyClass the class it becomes, when the model's descriptor maps it ({@code Car})
 * @param score         confidence, 0–1
 */
public record Detection2D(Box2D box, int classIndex, String label, Optional<String> ontologyClass, double score) {
    public Detection2D {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(ontologyClass, "ontologyClass");
    }
}
