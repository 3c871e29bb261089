package dev.fuselage.project.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;

/**
 * The annotation database's schema as an ordered list of {@link Migration}s, and the code that brings a database
 * up to date. The version lives in the single-row table {@code schema_version}; a database without that table is
 * version 0 (new, or written by a build from before versioning). Each migration runs in one transaction together
 * with its version bump, so a crash during an upgrade leaves the previous version intact.
 *
 * <p>The DDL is written for SQLite, the embedded default (type names such as {@code BLOB} and
 * {@code AUTOINCREMENT}); the catalogue lookups go through the {@link SqlDialect}. A PostgreSQL store will need
 * its own spelling of these statements; the queries and writes of the tables need no change.
 */
final class Schema {
    /** The migrations of this Fuselage, oldest first; version i is at index i - 1. */
    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "frames, objects, point labels, comments, review, edit log", List.of(
                    "CREATE TABLE IF NOT EXISTS frames ("
                            + " id TEXT PRIMARY KEY,"
                            + " position INTEGER)",
                    "CREATE TABLE IF NOT EXISTS objects ("
                            + " id TEXT PRIMARY KEY,"
                            + " frame_id TEXT NOT NULL REFERENCES frames(id),"
                            + " track_id INTEGER NOT NULL,"
                            + " class_name TEXT NOT NULL,"
                            + " attributes TEXT NOT NULL DEFAULT '{}',"
                            + " cx REAL NOT NULL, cy REAL NOT NULL, cz REAL NOT NULL,"
                            + " length REAL NOT NULL, width REAL NOT NULL, height REAL NOT NULL,"
                            + " yaw REAL NOT NULL, pitch REAL NOT NULL DEFAULT 0, roll REAL NOT NULL DEFAULT 0,"
                            // exact bit patterns of the nine doubles: REAL columns fold -0.0 into 0
                            + " box_bits BLOB,"
                            + " source TEXT NOT NULL CHECK (source IN ('MANUAL', 'PRE_LABEL', 'IMPORTED')),"
                            + " confirmed INTEGER NOT NULL DEFAULT 0,"
                            + " updated_at INTEGER NOT NULL DEFAULT 0)",
                    "CREATE INDEX IF NOT EXISTS objects_by_frame ON objects(frame_id)",
                    "CREATE INDEX IF NOT EXISTS objects_by_track ON objects(track_id)",
                    "CREATE TABLE IF NOT EXISTS point_labels ("
                            + " frame_id TEXT PRIMARY KEY REFERENCES frames(id),"
                            + " point_count INTEGER NOT NULL,"
                            + " data BLOB NOT NULL)",
                    "CREATE TABLE IF NOT EXISTS comments ("
                            + " id TEXT PRIMARY KEY,"
                            + " frame_id TEXT NOT NULL,"
                            + " object_id TEXT,"
                            + " author TEXT NOT NULL,"
                            + " text TEXT NOT NULL,"
                            + " created_at INTEGER NOT NULL,"
                            + " resolved INTEGER NOT NULL DEFAULT 0)",
                    "CREATE INDEX IF NOT EXISTS comments_by_frame ON comments(frame_id)",
                    // object_id '' is the review of the whole frame (NULL would defeat the primary key)
                    "CREATE TABLE IF NOT EXISTS review ("
                            + " frame_id TEXT NOT NULL,"
                            + " object_id TEXT NOT NULL DEFAULT '',"
                            + " status TEXT NOT NULL CHECK (status IN ('UNREVIEWED', 'ACCEPTED', 'REJECTED',"
                            + " 'NEEDS_WORK')),"
                            + " reviewer TEXT,"
                            + " updated_at INTEGER NOT NULL,"
                            + " PRIMARY KEY (frame_id, object_id))",
                    "CREATE TABLE IF NOT EXISTS edit_log ("
                            + " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                            + " at INTEGER NOT NULL,"
                            + " action TEXT NOT NULL,"
                            + " description TEXT NOT NULL,"
                            + " frames TEXT NOT NULL)")),
            new Migration(2, "2D image annotations (COCO boxes, KITTI DontCare regions)", List.of(
                    "CREATE TABLE IF NOT EXISTS image_annotations ("
                            + " id TEXT PRIMARY KEY,"
                            + " frame_id TEXT NOT NULL REFERENCES frames(id),"
                            + " camera TEXT NOT NULL,"
                            + " class_name TEXT NOT NULL,"
                            + " attributes TEXT NOT NULL DEFAULT '{}',"
                            + " box_left REAL NOT NULL, box_top REAL NOT NULL,"
                            + " box_right REAL NOT NULL, box_bottom REAL NOT NULL,"
                            + " source TEXT NOT NULL CHECK (source IN ('MANUAL', 'PRE_LABEL', 'IMPORTED')))",
                    "CREATE INDEX IF NOT EXISTS image_annotations_by_frame ON image_annotations(frame_id)")),
            ImportedViewTable.MIGRATION,
            ReviewBook.MIGRATION,
            ObjectTable.SCORE_MIGRATION);

    private Schema() {
    }

    /** The newest version this code knows. */
    static int latest(List<Migration> migrations) {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /** The database's version: 0 when it has no version table. */
    static int version(SqlDialect dialect, Connection c) throws SQLException {
        if (!dialect.hasTable(c, "schema_version")) {
            return 0;
        }
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * Brings the database to the newest version, one migration per transaction.
     *
     * @throws StoreException when the database is newer than these migrations
     */
    static void migrate(SqlDialect dialect, Connection c, Path file, List<Migration> migrations) throws SQLException {
        int latest = latest(migrations);
        int version = version(dialect, c);
        checkNotNewer(file, version, latest);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (Migration m : migrations) {
                if (m.version() <= version) {
                    continue;
                }
                if (m.version() != version + 1) {
                    throw new IllegalStateException("migrations out of order at version " + m.version());
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements()) {
                        s.executeUpdate(sql);
                    }
                    s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                    s.executeUpdate("DELETE FROM schema_version");
                    s.executeUpdate("INSERT INTO schema_version (version) VALUES (" + m.version() + ")");
                }
                c.commit();
                version = m.version();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static void checkNotNewer(Path file, int version, int latest) {
        if (version > latest) {
            throw new StoreException(file, "schema version " + version + " is newer than this Fuselage reads ("
                    + latest + "); open it with a newer Fuselage");
        }
    }
}
