package dev.fuselage.project.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What differs between the SQL databases an annotation store can live in: how a connection is opened and tuned,
 * how the catalogue is asked about tables, the engine's own consistency check and how its error codes read to a
 * user. Everything else the store sends is portable SQL (standard DML plus {@code INSERT ... ON CONFLICT}, which
 * SQLite and PostgreSQL share), so a shared server database needs a second dialect, not a second store.
 */
interface SqlDialect {

    /**
     * Opens a connection to the database at {@code file}, tuned for an editor that commits on every change, and
     * proves it is a readable database of this kind.
     *
     * @param readOnly open for reading only (no journal changes, no writes)
     */
    Connection connect(Path file, boolean readOnly) throws SQLException;

    /** Whether the database has a table of this name. */
    boolean hasTable(Connection c, String name) throws SQLException;

    /** The engine's consistency check: {@code "ok"} or the problems it found, one per line. */
    String integrityCheck(Connection c) throws SQLException;

    /**
     * A one-line user-facing reading of an engine error, when this dialect knows its code (e.g. "the disk is
     * full"); empty to fall back to the driver's own message.
     */
    Optional<StoreException> translate(Path file, String what, SQLException e);
}
