package dev.fuselage.core.annotation;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of one annotated object in one frame. A UUID so that objects made in different sessions, imported
 * from files or proposed by pre-labelling never collide, and so that an id can be minted without asking the store.
 */
public record ObjectId(UUID value) implements Comparable<ObjectId> {
    public ObjectId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static ObjectId random() {
        return new ObjectId(UUID.randomUUID());
    }

    /** Parses the canonical text form written by {@link #toString()}. */
    public static ObjectId parse(String text) {
        return new ObjectId(UUID.fromString(text));
    }

    @Override
    public int compareTo(ObjectId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
