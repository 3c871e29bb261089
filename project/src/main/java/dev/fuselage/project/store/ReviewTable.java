package dev.fuselage.project.store;

import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.ReviewStatus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code review} table: the review status of a frame or of one object in it. The frame's own row has object
 * id {@code ''} rather than NULL, since a NULL would defeat the (frame, object) primary key.
 */
final class ReviewTable {
    private static final String WHOLE_FRAME = "";

    private final SqlSession session;

    ReviewTable(SqlSession session) {
        this.session = session;
    }

    /** Sets the status of a frame ({@code objectId} null) or of one object in it. */
    void set(String frameId, ObjectId objectId, ReviewStatus status, String reviewer) {
        session.transaction("save a review", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review"
                    + " (frame_id, object_id, status, reviewer, updated_at) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (frame_id, object_id) DO UPDATE SET status = excluded.status,"
                    + " reviewer = excluded.reviewer, updated_at = excluded.updated_at")) {
                ps.setString(1, frameId);
                ps.setString(2, key(objectId));
                ps.setString(3, status.name());
                ps.setString(4, reviewer);
                ps.setLong(5, System.currentTimeMillis());
                ps.executeUpdate();
            }
        });
    }

    /** The status of a frame ({@code objectId} null) or object; {@code UNREVIEWED} when never reviewed. */
    ReviewStatus status(String frameId, ObjectId objectId) {
        return session.query("read a review", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT status FROM review WHERE frame_id = ? AND object_id = ?")) {
                ps.setString(1, frameId);
                ps.setString(2, key(objectId));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? ReviewStatus.valueOf(rs.getString(1)) : ReviewStatus.UNREVIEWED;
                }
            }
        });
    }

    /** Every review row, frames then objects, in a stable order (frame id, object id). */
    List<ReviewEntry> all() {
        return session.query("list reviews", c -> {
            List<ReviewEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT frame_id, object_id, status, reviewer FROM review"
                    + " ORDER BY frame_id, object_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String object = rs.getString(2);
                    out.add(new ReviewEntry(rs.getString(1),
                            WHOLE_FRAME.equals(object) ? Optional.empty() : Optional.of(object),
                            ReviewStatus.valueOf(rs.getString(3)), Optional.ofNullable(rs.getString(4))));
                }
            }
            return out;
        });
    }

    private static String key(ObjectId objectId) {
        return objectId == null ? WHOLE_FRAME : objectId.toString();
    }
}
