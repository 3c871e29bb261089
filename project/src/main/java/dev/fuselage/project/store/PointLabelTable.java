package dev.fuselage.project.store;

import dev.fuselage.core.annotation.PointLabels;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The {@code point_labels} table: one encoded {@link PointLabels} blob per frame, with its point count. */
final class PointLabelTable {
    private final SqlSession session;

    PointLabelTable(SqlSession session) {
        this.session = session;
    }

    /** The frame's labels; a {@link StoreException} when the blob is damaged or disagrees with its row. */
    Optional<PointLabels> get(String frameId) {
        return session.query("read the point labels of frame " + frameId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT point_count, data FROM point_labels WHERE frame_id = ?")) {
                ps.setString(1, frameId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    int count = rs.getInt(1);
                    PointLabels labels;
                    try {
                        labels = PointLabels.decode(rs.getBytes(2));
                    } catch (IllegalArgumentException e) {
                        throw session.damaged("point labels of frame " + frameId + " are damaged: "
                                + e.getMessage(), e);
                    }
                    if (labels.pointCount() != count) {
                        throw session.damaged("point labels of frame " + frameId + " hold " + labels.pointCount()
                                + " points, the row says " + count, null);
                    }
                    return Optional.of(labels);
                }
            }
        });
    }

    /** Stores the frame's labels, replacing any. */
    void put(String frameId, PointLabels labels) {
        byte[] blob = labels.encode();
        session.transaction("save the point labels of frame " + frameId, c -> {
            FrameTable.ensure(session, frameId);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO point_labels (frame_id, point_count, data)"
                    + " VALUES (?, ?, ?) ON CONFLICT (frame_id) DO UPDATE SET point_count = excluded.point_count,"
                    + " data = excluded.data")) {
                ps.setString(1, frameId);
                ps.setInt(2, labels.pointCount());
                ps.setBytes(3, blob);
                ps.executeUpdate();
            }
        });
    }
}
