package dev.fuselage.io.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("annotations.db");
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.executeUpdate(q);
            }
        }
    }

    private List<String> tables() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void newDatabaseGetsTheLatestSchemaInWalMode() throws Exception {
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            assertEquals(Schema.latest(Schema.MIGRATIONS), store.schemaVersion());
        }
        assertEquals(List.of("comments", "edit_log", "frames", "objects", "point_labels", "review",
                "schema_version"), tables());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void legacyPartlyCreatedDatabaseIsAdoptedAndKeepsItsRows() throws Exception {
        // a version-0 database: no schema_version table, some of the tables made, with data in them
        sql("CREATE TABLE frames (id TEXT PRIMARY KEY, position INTEGER)",
                "INSERT INTO frames VALUES ('000001', 0)");
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            assertEquals(1, store.schemaVersion());
            assertEquals(List.of("000001"), store.frames());
            assertEquals("ok", store.integrityCheck());
        }
        assertTrue(tables().containsAll(List.of("objects", "point_labels", "comments", "review", "edit_log")));
    }

    @Test
    void migrationsRunInOrderFromAnOlderVersion() throws Exception {
        AnnotationStore.openWritable(db()).close(); // version 1
        List<Migration> future = new ArrayList<>(Schema.MIGRATIONS);
        future.add(new Migration(2, "object notes", List.of("ALTER TABLE objects ADD COLUMN note TEXT")));
        future.add(new Migration(3, "note index", List.of("CREATE INDEX IF NOT EXISTS objects_by_note"
                + " ON objects(note)")));
        try (AnnotationStore store = AnnotationStore.open(db(), null, future)) {
            assertEquals(3, store.schemaVersion());
        }
        // now a Fuselage that knows only version 1 must refuse it, naming the file
        StoreException e = assertThrows(StoreException.class, () -> AnnotationStore.openWritable(db()));
        assertEquals("annotations.db: schema version 3 is newer than this Fuselage reads (1); open it with a newer "
                + "Fuselage", e.getMessage());
        assertThrows(StoreException.class, () -> AnnotationStore.openReadOnly(db(), "x"));
    }

    @Test
    void failedMigrationLeavesThePreviousVersion() throws Exception {
        AnnotationStore.openWritable(db()).close();
        List<Migration> broken = new ArrayList<>(Schema.MIGRATIONS);
        broken.add(new Migration(2, "half good", List.of("CREATE TABLE extra (x INTEGER)", "NOT SQL AT ALL")));
        assertThrows(StoreException.class, () -> AnnotationStore.open(db(), null, broken));
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            assertEquals(1, store.schemaVersion());
        }
        assertTrue(!tables().contains("extra"), "the failed migration's first statement was rolled back");
    }

    @Test
    void corruptDatabaseIsNamedClearly() throws Exception {
        Files.write(db(), "this is not a database, just some text that is long enough to be a header".repeat(20)
                .getBytes());
        StoreException e = assertThrows(StoreException.class, () -> AnnotationStore.openWritable(db()));
        assertTrue(e.getMessage().startsWith("annotations.db: the annotation database is damaged or not a SQLite"
                + " database"), e.getMessage());
        assertThrows(StoreException.class, () -> AnnotationStore.openReadOnly(db(), "x"));
    }

    @Test
    void readOnlyOpenOfMissingDatabaseFails() {
        StoreException e = assertThrows(StoreException.class, () -> AnnotationStore.openReadOnly(db(), "x"));
        assertEquals("annotations.db: the annotation database does not exist", e.getMessage());
    }
}
