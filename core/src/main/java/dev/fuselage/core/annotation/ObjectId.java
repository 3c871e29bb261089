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

    /**
     * Orders like the canonical text form (unsigned, most significant bits first), so that sorting in memory and
     * {@code ORDER BY id} in the store agree; {@link UUID#compareTo} compares signed and does not.
     */
    @Override
    public int compareTo(ObjectId o) {
        int c = Long.compareUnsigned(value.getMostSignificantBits(), o.value.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(value.getLeastSignificantBits(), o.value.getLeastSignificantBits());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
