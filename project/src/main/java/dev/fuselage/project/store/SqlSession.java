package dev.fuselage.project.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one connection to an annotation database and the only place that runs SQL on it: reads through
 * {@link #query}, writes through {@link #transaction}, every {@link SQLException} turned into a
 * {@link StoreException} that names the file and what was being done. The tables ({@link ObjectTable},
 * {@link ReviewTable}, ...) hold no connection of their own; they hand their SQL to the session.
 *
 * <p>Thread-safe: work is serialised on the session, and a transaction opened inside another (a command's apply
 * putting several objects inside one {@link AnnotationStore#edit edit}) joins the outer one.
 */
final class SqlSession implements AutoCloseable {

    /** Reads run with the connection; they may throw {@link SQLException}, which the session translates. */
    @FunctionalInterface
    interface SqlQuery<T> {
        T run(Connection c) throws SQLException;
    }

    /** Writes run with the connection inside a transaction. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final SqlDialect dialect;
    private final String readOnlyReason;
    private boolean inTransaction;
    private boolean closed;
    /** Statements of the per-edit paths, prepared once: parsing an upsert costs about as much as running it. */
    private final Map<String, PreparedStatement> reused = new HashMap<>();

    private SqlSession(Path file, Connection connection, SqlDialect dialect, String readOnlyReason) {
        this.file = file;
        this.connection = connection;
        this.dialect = dialect;
        this.readOnlyReason = readOnlyReason;
    }

    /**
     * Opens the database and brings its schema up to date ({@code readOnlyReason} null), or checks that it is
     * already up to date (read-only: writes then throw {@link ReadOnlyProjectException} quoting the reason).
     */
    static SqlSession open(Path file, SqlDialect dialect, String readOnlyReason, List<Migration> migrations) {
        boolean readOnly = readOnlyReason != null;
        if (readOnly && !Files.isRegularFile(file)) {
            throw new StoreException(file, "the annotation database does not exist");
        }
        Connection c = null;
        try {
            c = dialect.connect(file, readOnly);
            if (readOnly) {
                int version = Schema.version(dialect, c);
                int latest = Schema.latest(migrations);
                Schema.checkNotNewer(file, version, latest);
                if (version < latest) {
                    throw new StoreException(file, "schema version " + version + " needs an upgrade to " + latest
                            + ", which a read-only window cannot do");
                }
            } else {
                Schema.migrate(dialect, c, file, migrations);
            }
            return new SqlSession(file, c, dialect, readOnlyReason);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(dialect, file, "cannot open the annotation database", e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** Runs a read; {@code what} completes "cannot ..." in the error message. */
    synchronized <T> T query(String what, SqlQuery<T> q) {
        checkOpen();
        try {
            return q.run(connection);
        } catch (SQLException e) {
            throw translate(dialect, file, "cannot " + what, e);
        }
    }

    /**
     * Runs writes in one committed transaction, or inside the transaction already open (nested edits). If
     * {@code work} throws, nothing of the outermost transaction is kept.
     */
    synchronized void transaction(String what, SqlWork work) {
        checkOpen();
        if (readOnlyReason != null) {
            throw new ReadOnlyProjectException(file, readOnlyReason);
        }
        if (inTransaction) {
            try {
                work.run(connection);
            } catch (SQLException e) {
                throw translate(dialect, file, "cannot " + what, e);
            }
            return;
        }
        inTransaction = true;
        try {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(dialect, file, "cannot " + what, e);
        } finally {
            inTransaction = false;
        }
    }

    /**
     * The statement for {@code sql}, prepared on first use and kept until the session closes, its parameters
     * cleared. For the statements every edit runs; only inside {@link #query} or {@link #transaction} work (the
     * session's lock is held), and the caller closes its result sets but never the statement.
     */
    synchronized PreparedStatement reused(String sql) throws SQLException {
        PreparedStatement ps = reused.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            reused.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    /** The schema version of the open database. */
    int schemaVersion() {
        return query("read the schema version", c -> Schema.version(dialect, c));
    }

    /** The engine's consistency check: {@code "ok"} or the problems found, one per line. */
    String integrityCheck() {
        return query("check integrity", dialect::integrityCheck);
    }

    /** A store error about a row that cannot be read back, naming the database file. */
    StoreException damaged(String problem, Throwable cause) {
        return new StoreException(file, problem, cause);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (PreparedStatement ps : reused.values()) {
                ps.close();
            }
            reused.clear();
            connection.close();
        } catch (SQLException e) {
            throw translate(dialect, file, "cannot close the annotation database", e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException(file, "the annotation store is closed");
        }
    }

    private static StoreException translate(SqlDialect dialect, Path file, String what, SQLException e) {
        return dialect.translate(file, what, e)
                .orElseGet(() -> new StoreException(file, what + ": " + e.getMessage(), e));
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
