package dev.fuselage.project.dataset.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.io.FormatException;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.PinnedComment;
import dev.fuselage.project.store.PinnedComment.Pin;
import dev.fuselage.project.store.ReviewBook;
import dev.fuselage.project.store.ReviewDecision;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The review details of the native JSON beyond {@code reviews} and {@code comments}: {@code reviewReasons}
 * ({@code frame}, {@code object} when on an object, {@code reason}) for every verdict that has a reason, and
 * {@code commentPins} ({@code comment}, {@code x}, {@code y}, {@code z}) for every comment pinned to a 3D position.
 * Both sorted, so equal projects still give identical files.
 */
final class ReviewJson {
    private ReviewJson() {
    }

    static void write(ObjectNode root, AnnotationStore store) {
        ReviewBook book = new ReviewBook(store);
        var reasons = root.putArray("reviewReasons");
        for (ReviewDecision d : book.decisions()) {
            if (!d.reason().isEmpty()) {
                ObjectNode n = reasons.addObject().put("frame", d.frameId());
                d.objectId().ifPresent(o -> n.put("object", o.toString()));
                n.put("reason", d.reason());
            }
        }
        var pins = root.putArray("commentPins");
        Map<String, Pin> sorted = new TreeMap<>();
        book.pins().forEach((id, p) -> sorted.put(id.toString(), p));
        sorted.forEach((id, p) -> pins.addObject().put("comment", id).put("x", p.x()).put("y", p.y()).put("z", p.z()));
    }

    /** Applies the reasons and pins to the reviews and comments already imported. */
    static void read(Path json, JsonNode root, AnnotationStore store) throws FormatException {
        ReviewBook book = new ReviewBook(store);
        for (JsonNode r : root.path("reviewReasons")) {
            String frame = r.path("frame").asText();
            ObjectId object = r.has("object") ? ObjectId.parse(r.get("object").asText()) : null;
            ReviewDecision d = book.decision(frame, object).orElseThrow(() -> new FormatException(json,
                    "reviewReasons names a review that 'reviews' does not have (frame " + frame + ")"));
            book.decide(new ReviewDecision(d.frameId(), d.objectId(), d.status(), r.path("reason").asText(),
                    d.reviewer()));
        }
        Map<String, String> commentFrames = new TreeMap<>();
        for (JsonNode c : root.path("comments")) {
            commentFrames.put(c.path("id").asText(), c.path("frame").asText());
        }
        for (JsonNode p : root.path("commentPins")) {
            String id = p.path("comment").asText();
            String frame = commentFrames.get(id);
            Optional<PinnedComment> comment = frame == null ? Optional.empty()
                    : book.comment(frame, UUID.fromString(id));
            if (comment.isEmpty()) {
                throw new FormatException(json, "commentPins names comment " + id + ", which 'comments' does not have");
            }
            book.put(new PinnedComment(comment.get().comment(), Optional.of(new Pin(p.path("x").asDouble(),
                    p.path("y").asDouble(), p.path("z").asDouble()))));
        }
    }
}
