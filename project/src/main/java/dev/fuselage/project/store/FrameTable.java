package dev.fuselage.project.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code frames} table: the frame ids of the project's sequence and their order. */
final class FrameTable {
    private final SqlSession session;

    FrameTable(SqlSession session) {
        this.session = session;
    }

    /** Records the frames in order (their position is their index in the list), keeping any other frames. */
    void register(List<String> frameIds) {
        session.transaction("register frames", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO frames (id, position) VALUES (?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET position = excluded.position")) {
                for (int i = 0; i < frameIds.size(); i++) {
                    ps.setString(1, frameIds.get(i));
                    ps.setInt(2, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Registered frames by position, then any others by id. */
    List<String> ids() {
        return session.query("list frames", c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM frames ORDER BY position IS NULL, position, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    /** Adds the frame (without a position) if it is not known yet: rows of other tables refer to it. */
    static void ensure(SqlSession session, String frameId) throws SQLException {
        PreparedStatement ps = session.reused("INSERT INTO frames (id) VALUES (?) ON CONFLICT (id) DO NOTHING");
        ps.setString(1, frameId);
        ps.executeUpdate();
    }
}
