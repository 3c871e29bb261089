package dev.fuselage.project.store;

import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.project.store.PinnedComment.Pin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The review state of a project: verdicts with their reasons, and comments with their pins. Verdicts and comments
 * live in the store's {@code review} and {@code comments} tables; the reasons and pins in two tables of their own
 * ({@link #MIGRATION}). Every write runs in the store's transaction, so inside an {@link AnnotationStore#edit edit}
 * (an undoable review command) it commits together with the edit log row.
 */
public final class ReviewBook {
    /** Schema version 4: a reason per verdict and a 3D pin per comment. */
    static final Migration MIGRATION = new Migration(4, "review reasons and comment pins", List.of(
            // object_id '' is the frame's verdict, as in the review table
            "CREATE TABLE IF NOT EXISTS review_reasons ("
                    + " frame_id TEXT NOT NULL,"
                    + " object_id TEXT NOT NULL DEFAULT '',"
                    + " reason TEXT NOT NULL,"
                    + " PRIMARY KEY (frame_id, object_id))",
            "CREATE TABLE IF NOT EXISTS comment_pins ("
                    + " comment_id TEXT PRIMARY KEY,"
                    + " x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL)"));

    private final AnnotationStore store;

    /** The review state of {@code store}'s project. */
    public ReviewBook(AnnotationStore store) {
        this.store = store;
    }

    /** The store this book writes to. */
    public AnnotationStore store() {
        return store;
    }

    // ---- verdicts -----------------------------------------------------------------------------------------------

    /** Records a verdict, replacing the one on the same frame or object. */
    public void decide(ReviewDecision d) {
        store.session().transaction("save a review", db -> {
            ObjectId object = d.objectId().orElse(null);
            store.setReview(d.frameId(), object, d.status(), d.reviewer().orElse(null));
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO review_reasons (frame_id, object_id, reason) VALUES (?, ?, ?)"
                    + " ON CONFLICT (frame_id, object_id) DO UPDATE SET reason = excluded.reason")) {
                ps.setString(1, d.frameId());
                ps.setString(2, key(object));
                ps.setString(3, d.reason());
                ps.executeUpdate();
            }
        });
    }

    /** Forgets the verdict on a frame ({@code objectId} null) or object: it is unreviewed again. */
    public void clear(String frameId, ObjectId objectId) {
        store.session().transaction("clear a review", db -> {
            for (String table : List.of("review", "review_reasons")) {
                try (PreparedStatement ps = db.prepareStatement(
                        "DELETE FROM " + table + " WHERE frame_id = ? AND object_id = ?")) {
                    ps.setString(1, frameId);
                    ps.setString(2, key(objectId));
                    ps.executeUpdate();
                }
            }
        });
    }

    /** The verdict on a frame ({@code objectId} null) or object, if there is one. */
    public Optional<ReviewDecision> decision(String frameId, ObjectId objectId) {
        return store.session().query("read a review", db -> {
            try (PreparedStatement ps = db.prepareStatement(DECISIONS
                    + " WHERE r.frame_id = ? AND r.object_id = ?")) {
                ps.setString(1, frameId);
                ps.setString(2, key(objectId));
                List<ReviewDecision> found = readDecisions(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** Every verdict, by frame id then object id. */
    public List<ReviewDecision> decisions() {
        return store.session().query("list reviews", db -> {
            try (PreparedStatement ps = db.prepareStatement(DECISIONS
                    + " ORDER BY r.frame_id, r.object_id")) {
                return readDecisions(ps);
            }
        });
    }

    private static final String DECISIONS = "SELECT r.frame_id, r.object_id, r.status, r.reviewer,"
            + " coalesce(n.reason, '') FROM review r LEFT JOIN review_reasons n"
            + " ON n.frame_id = r.frame_id AND n.object_id = r.object_id";

    private List<ReviewDecision> readDecisions(PreparedStatement ps) throws SQLException {
        List<ReviewDecision> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String object = rs.getString(2);
                try {
                    out.add(new ReviewDecision(rs.getString(1), object.isEmpty() ? Optional.empty()
                            : Optional.of(ObjectId.parse(object)), ReviewStatus.valueOf(rs.getString(3)),
                            rs.getString(5), Optional.ofNullable(rs.getString(4))));
                } catch (IllegalArgumentException e) {
                    throw new StoreException(store.file(), "review of frame " + rs.getString(1) + " is damaged: "
                            + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    // ---- comments -----------------------------------------------------------------------------------------------

    /** Adds a comment, or replaces the one with the same id (to resolve or reopen it). */
    public void put(PinnedComment c) {
        store.session().transaction("save a comment", db -> {
            store.putComment(c.comment());
            if (c.pin().isPresent()) {
                Pin p = c.pin().get();
                try (PreparedStatement ps = db.prepareStatement(
                        "INSERT INTO comment_pins (comment_id, x, y, z) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (comment_id) DO UPDATE SET x = excluded.x, y = excluded.y, z = excluded.z")) {
                    ps.setString(1, c.id().toString());
                    ps.setDouble(2, p.x());
                    ps.setDouble(3, p.y());
                    ps.setDouble(4, p.z());
                    ps.executeUpdate();
                }
            } else {
                deletePin(db, c.id());
            }
        });
    }

    /** Removes a comment and its pin. */
    public void remove(UUID id) {
        store.session().transaction("delete a comment", db -> {
            store.deleteComment(id);
            deletePin(db, id);
        });
    }

    /** The comments of a frame, oldest first, with their pins. */
    public List<PinnedComment> comments(String frameId) {
        Map<UUID, Pin> pins = pins();
        return store.comments(frameId).stream().map(c -> new PinnedComment(c, Optional.ofNullable(pins.get(c.id()))))
                .toList();
    }

    /** The comments of the frames, frame by frame in the order given. */
    public List<PinnedComment> comments(List<String> frameIds) {
        Map<UUID, Pin> pins = pins();
        List<PinnedComment> out = new ArrayList<>();
        for (String f : frameIds) {
            for (Comment c : store.comments(f)) {
                out.add(new PinnedComment(c, Optional.ofNullable(pins.get(c.id()))));
            }
        }
        return out;
    }

    /** The comment with this id in a frame, if it is there. */
    public Optional<PinnedComment> comment(String frameId, UUID id) {
        return comments(frameId).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Every pin, by comment id. */
    public Map<UUID, Pin> pins() {
        return store.session().query("read comment pins", db -> {
            Map<UUID, Pin> out = new HashMap<>();
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT comment_id, x, y, z FROM comment_pins")) {
                while (rs.next()) {
                    out.put(UUID.fromString(rs.getString(1)), new Pin(rs.getDouble(2), rs.getDouble(3),
                            rs.getDouble(4)));
                }
            }
            return out;
        });
    }

    private static void deletePin(Connection db, UUID id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "DELETE FROM comment_pins WHERE comment_id = ?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
    }

    private static String key(ObjectId objectId) {
        return objectId == null ? "" : objectId.toString();
    }
}
