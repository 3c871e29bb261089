package dev.fuselage.project.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * SQLite, the embedded default: one file per project, WAL journal, foreign keys enforced.
 *
 * <p>Durability: the database runs in WAL mode with {@code synchronous=NORMAL}. A commit has then been written to
 * the WAL file through the OS before it returns, so it survives the process being killed at any moment
 * ({@code kill -9}, a crash); a power cut may lose the last few commits, never consistency. That is the trade we
 * want for an editor that commits on every mouse release ({@code synchronous=FULL} would fsync each edit).
 */
final class SqliteDialect implements SqlDialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // take the write lock at BEGIN, so a transaction never fails half-way on a lock upgrade
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        // SQLite reads the header lazily: touch the catalogue now, so a file that is not a database fails here
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return c;
    }

    @Override
    public boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    @Override
    public String integrityCheck(Connection c) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                sb.append("\nforeign key violation in ").append(rs.getString(1)).append(" row ").append(rs.getLong(2));
            }
        }
        return sb.toString();
    }

    @Override
    public Optional<StoreException> translate(Path file, String what, SQLException e) {
        if (!(e instanceof SQLiteException se)) {
            return Optional.empty();
        }
        SQLiteErrorCode code = se.getResultCode();
        if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
            return Optional.of(new StoreException(file, "the annotation database is damaged or not a SQLite database ("
                    + what + ")", e));
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_CANTOPEN) {
            return Optional.of(new StoreException(file, what + ": the database or its folder is not writable", e));
        }
        if (code == SQLiteErrorCode.SQLITE_FULL) {
            return Optional.of(new StoreException(file, what + ": the disk is full", e));
        }
        return Optional.empty();
    }
}
