package dev.fuselage.ontology;

/**
 * The typical size of objects of a class, in metres, used as the initial size of a new box: {@code length} along
 * the object's heading, {@code width} across it, {@code height} up (the same axes as
 * {@link dev.fuselage.core.geometry.Cuboid}).
 */
public record SizePrior(double length, double width, double height) {

    public SizePrior {
        if (!(length > 0 && width > 0 && height > 0) || !Double.isFinite(length) || !Double.isFinite(width)
                || !Double.isFinite(height)) {
            throw new IllegalArgumentException("size prior must be finite and > 0: " + length + " x " + width + " x "
                    + height);
        }
    }
}
