package dev.fuselage.project.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.edit.EditRecord;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The {@code edit_log} table: one row per edit (a command's apply or revert), written in the edit's own
 * transaction, so the log and the annotations never disagree after a crash.
 */
final class EditLogTable {
    private final SqlSession session;

    EditLogTable(SqlSession session) {
        this.session = session;
    }

    /** Appends the record; called inside the edit's transaction. */
    static void append(SqlSession session, EditRecord record) throws SQLException {
        PreparedStatement ps = session.reused(
                "INSERT INTO edit_log (at, action, description, frames) VALUES (?, ?, ?, ?)");
        ps.setLong(1, System.currentTimeMillis());
        ps.setString(2, record.action().name());
        ps.setString(3, record.description());
        ps.setString(4, JsonColumn.write("frames", record.frameIds().stream().sorted().toList()));
        ps.executeUpdate();
    }

    /** The most recent {@code limit} entries, newest first. */
    List<EditLogEntry> recent(int limit) {
        return session.query("read the edit log", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at, action, description, frames FROM edit_log ORDER BY seq DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<EditLogEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> frames;
                        try {
                            frames = JsonColumn.readStrings(rs.getString(5));
                        } catch (JsonProcessingException e) {
                            throw session.damaged("edit log entry " + rs.getLong(1) + " is damaged", e);
                        }
                        out.add(new EditLogEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                                EditAction.valueOf(rs.getString(3)), rs.getString(4), new LinkedHashSet<>(frames)));
                    }
                }
                return out;
            }
        });
    }

    /** How many edits the log holds. */
    long count() {
        // rows are never deleted and seq counts up from 1 without gaps (AUTOINCREMENT; a rolled-back edit rolls its
        // number back too), so the last seq is the count: one index lookup, where count(*) reads the whole log,
        // which the workspace asks after every edit (its status line) and which grows with the project's history
        return session.query("count edits", c -> {
            PreparedStatement ps = session.reused("SELECT coalesce(max(seq), 0) FROM edit_log");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
