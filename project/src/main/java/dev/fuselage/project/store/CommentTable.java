package dev.fuselage.project.store;

import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.ObjectId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code comments} table: reviewers' notes on a frame or on one object in it. */
final class CommentTable {
    private final SqlSession session;

    CommentTable(SqlSession session) {
        this.session = session;
    }

    /** Adds a comment, or replaces the one with the same id (e.g. to resolve it). */
    void put(Comment comment) {
        session.transaction("save a comment", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO comments"
                    + " (id, frame_id, object_id, author, text, created_at, resolved) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET frame_id = excluded.frame_id, object_id = excluded.object_id,"
                    + " author = excluded.author, text = excluded.text, created_at = excluded.created_at,"
                    + " resolved = excluded.resolved")) {
                ps.setString(1, comment.id().toString());
                ps.setString(2, comment.frameId());
                ps.setString(3, comment.objectId().map(ObjectId::toString).orElse(null));
                ps.setString(4, comment.author());
                ps.setString(5, comment.text());
                ps.setLong(6, comment.created().toEpochMilli());
                ps.setInt(7, comment.resolved() ? 1 : 0);
                ps.executeUpdate();
            }
        });
    }

    /** Deletes a comment; nothing happens when there is none with that id. */
    void delete(UUID id) {
        session.transaction("delete a comment", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM comments WHERE id = ?")) {
                ps.setString(1, id.toString());
                ps.executeUpdate();
            }
        });
    }

    /** The comments on a frame and its objects, oldest first. */
    List<Comment> ofFrame(String frameId) {
        return session.query("read comments", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, frame_id, object_id, author, text,"
                    + " created_at, resolved FROM comments WHERE frame_id = ? ORDER BY created_at, id")) {
                ps.setString(1, frameId);
                List<Comment> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String object = rs.getString(3);
                        out.add(new Comment(UUID.fromString(rs.getString(1)), rs.getString(2),
                                Optional.ofNullable(object).map(ObjectId::parse), rs.getString(4), rs.getString(5),
                                Instant.ofEpochMilli(rs.getLong(6)), rs.getInt(7) != 0));
                    }
                }
                return out;
            }
        });
    }
}
