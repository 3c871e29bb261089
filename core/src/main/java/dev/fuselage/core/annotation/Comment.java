package dev.fuselage.core.annotation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A reviewer's or annotator's note on a frame, or on one object of it.
 *
 * @param id       identity
 * @param frameId  the frame it is about
 * @param objectId the object it is about, if it is about one
 * @param author   who wrote it
 * @param text     the note
 * @param created  when it was written (millisecond precision survives storage)
 * @param resolved whether it has been dealt with
 */
public record Comment(UUID id, String frameId, Optional<ObjectId> objectId, String author, String text,
                      Instant created, boolean resolved) {
    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        created = Instant.ofEpochMilli(Objects.requireNonNull(created, "created").toEpochMilli());
    }

    /** A new unresolved comment written now. */
    public static Comment create(String frameId, ObjectId objectId, String author, String text) {
        return new Comment(UUID.randomUUID(), frameId, Optional.ofNullable(objectId), author, text, Instant.now(),
                false);
    }

    public Comment withResolved(boolean newResolved) {
        return new Comment(id, frameId, objectId, author, text, created, newResolved);
    }
}
