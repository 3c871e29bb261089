package dev.fuselage.core.annotation;

import dev.fuselage.core.geometry.Cuboid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One labelled 3D box in one frame: an immutable value, changed by making a new one (the {@code with…} methods)
 * so that undoable commands can hold the old and the new state.
 *
 * @param id         identity of this box
 * @param frameId    the frame it belongs to
 * @param trackId    identity of the physical object across frames
 * @param className  ontology class name, e.g. {@code Car}
 * @param attributes ontology attribute values by name; each value is a {@link String}, {@link Boolean},
 *                   {@link Long} or finite {@link Double} (the types that survive storage exactly)
 * @param box        the cuboid in the lidar frame; roll and pitch are kept even where the tools edit only yaw
 * @param source     where the annotation came from
 * @param confirmed  whether a person has confirmed it (pre-labels start unconfirmed)
 * @param score      the machine's confidence in 0..1 for a pre-label; empty for boxes people drew or imported. It
 *                   describes the proposal, so it stays with the box through edits and acceptance
 */
public record ObjectAnnotation(ObjectId id, String frameId, TrackId trackId, String className,
                               Map<String, Object> attributes, Cuboid box, Source source, boolean confirmed,
                               OptionalDouble score) {
    public ObjectAnnotation {
        Objects.requireNonNull(score, "score");
        if (score.isPresent() && !(score.getAsDouble() >= 0 && score.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("score must be in 0..1: " + score.getAsDouble());
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(source, "source");
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "attribute name"), checkValue(e.getKey(), e.getValue()));
        }
        attributes = Collections.unmodifiableMap(copy);
    }

    /** An annotation without a score (drawn or imported). */
    public ObjectAnnotation(ObjectId id, String frameId, TrackId trackId, String className,
                            Map<String, Object> attributes, Cuboid box, Source source, boolean confirmed) {
        this(id, frameId, trackId, className, attributes, box, source, confirmed, OptionalDouble.empty());
    }

    /** A new, confirmed manual box with no attributes. */
    public static ObjectAnnotation manual(String frameId, TrackId trackId, String className, Cuboid box) {
        return new ObjectAnnotation(ObjectId.random(), frameId, trackId, className, Map.of(), box, Source.MANUAL, true);
    }

    /**
     * Checks that an attribute value has one of the storable types and returns it, widening {@link Integer} to
     * {@link Long} and {@link Float} to {@link Double} so equal values compare equal after a round trip.
     */
    public static Object checkValue(String name, Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("attribute '" + name + "' must be finite: " + d);
            }
            return d;
        }
        throw new IllegalArgumentException("attribute '" + name + "' has unsupported type "
                + (value == null ? "null" : value.getClass().getSimpleName())
                + " (String, Boolean, Long or Double expected)");
    }

    public ObjectAnnotation withBox(Cuboid newBox) {
        return new ObjectAnnotation(id, frameId, trackId, className, attributes, newBox, source, confirmed, score);
    }

    public ObjectAnnotation withClassName(String newClass) {
        return new ObjectAnnotation(id, frameId, trackId, newClass, attributes, box, source, confirmed, score);
    }

    public ObjectAnnotation withTrackId(TrackId newTrack) {
        return new ObjectAnnotation(id, frameId, newTrack, className, attributes, box, source, confirmed, score);
    }

    public ObjectAnnotation withConfirmed(boolean newConfirmed) {
        return new ObjectAnnotation(id, frameId, trackId, className, attributes, box, source, newConfirmed, score);
    }

    /** Same object with one attribute set, or removed when {@code value} is null. */
    public ObjectAnnotation withAttribute(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(attributes);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new ObjectAnnotation(id, frameId, trackId, className, copy, box, source, confirmed, score);
    }
}
