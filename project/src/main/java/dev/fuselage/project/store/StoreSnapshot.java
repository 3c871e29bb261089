package dev.fuselage.project.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

/**
 * A consistent copy of an open annotation database in one self-contained file (no WAL beside it), taken with
 * SQLite's online backup while the store is held, so edits of other threads wait and the copy is one moment's state.
 * Works on read-only stores too, since the copy is written through its own connection.
 */
public final class StoreSnapshot {
    private StoreSnapshot() {
    }

    /**
     * Writes the database of {@code store} to {@code target}, which must not exist yet.
     *
     * @throws StoreException when the copy cannot be written
     */
    public static void write(AnnotationStore store, Path target) {
        if (Files.exists(target)) {
            throw new StoreException(target, "a snapshot must go to a new file; this one exists");
        }
        String path = target.toAbsolutePath().toString();
        if (path.indexOf('"') >= 0) {
            throw new StoreException(target, "a snapshot path cannot contain a double quote");
        }
        store.session().query("copy the annotation database to " + target, db -> {
            try (Statement s = db.createStatement()) {
                // sqlite-jdbc's statement around sqlite3_backup: copies every page, the WAL's newest included
                s.executeUpdate("backup to \"" + path + "\"");
            }
            return null;
        });
    }
}
