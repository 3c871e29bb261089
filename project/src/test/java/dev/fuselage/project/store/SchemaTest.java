package dev.fuselage.project.store;

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
        assertEquals(List.of("comment_pins", "comments", "edit_log", "frames", "image_annotations", "imported_views",
                "objects", "point_labels", "review", "review_reasons", "schema_version"), tables());
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
            assertEquals(Schema.latest(Schema.MIGRATIONS), store.schemaVersion());
            assertEquals(List.of("000001"), store.frames());
            assertEquals("ok", store.integrityCheck());
        }
        assertTrue(tables().containsAll(List.of("objects", "point_labels", "comments", "review", "edit_log",
                "image_annotations")));
    }

    @Test
    void migrationsRunInOrderFromAnOlderVersion() throws Exception {
        AnnotationStore.openWritable(db()).close(); // the current version
        int now = Schema.latest(Schema.MIGRATIONS);
        List<Migration> future = new ArrayList<>(Schema.MIGRATIONS);
        future.add(new Migration(now + 1, "object notes", List.of("ALTER TABLE objects ADD COLUMN note TEXT")));
        future.add(new Migration(now + 2, "note index", List.of("CREATE INDEX IF NOT EXISTS objects_by_note"
                + " ON objects(note)")));
        try (AnnotationStore store = AnnotationStore.open(db(), null, future)) {
            assertEquals(now + 2, store.schemaVersion());
        }
        // now a Fuselage that knows only the current version must refuse it, naming the file
        StoreException e = assertThrows(StoreException.class, () -> AnnotationStore.openWritable(db()));
        assertEquals("annotations.db: schema version " + (now + 2) + " is newer than this Fuselage reads (" + now
                + "); open it with a newer Fuselage", e.getMessage());
        assertThrows(StoreException.class, () -> AnnotationStore.openReadOnly(db(), "x"));
    }

    @Test
    void failedMigrationLeavesThePreviousVersion() throws Exception {
        AnnotationStore.openWritable(db()).close();
        int now = Schema.latest(Schema.MIGRATIONS);
        List<Migration> broken = new ArrayList<>(Schema.MIGRATIONS);
        broken.add(new Migration(now + 1, "half good", List.of("CREATE TABLE extra (x INTEGER)", "NOT SQL AT ALL")));
        assertThrows(StoreException.class, () -> AnnotationStore.open(db(), null, broken));
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            assertEquals(now, store.schemaVersion());
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

    @Test
    void versionOneDatabaseGainsTheImageAnnotationTableAndKeepsItsObjects() throws Exception {
        AnnotationStore.open(db(), null, Schema.MIGRATIONS.subList(0, 1)).close();
        sql("INSERT INTO frames VALUES ('000007', 0)",
                "INSERT INTO objects (id, frame_id, track_id, class_name, cx, cy, cz, length, width, height, yaw,"
                        + " source) VALUES ('" + java.util.UUID.randomUUID() + "', '000007', 1, 'Car', 1, 2, 3, 4,"
                        + " 2, 1.5, 0, 'MANUAL')");
        assertTrue(!tables().contains("image_annotations"));
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            assertEquals(Schema.latest(Schema.MIGRATIONS), store.schemaVersion());
            assertEquals(1, store.objects("000007").size());
            ImageAnnotation region = new ImageAnnotation(java.util.UUID.randomUUID(), "000007", "image_2",
                    ImageAnnotation.DONT_CARE, java.util.Map.of("note", "far"), 10.5, 20, 30, 40.25,
                    dev.fuselage.core.annotation.Source.IMPORTED);
            store.putImageAnnotation(region);
            assertEquals(List.of(region), store.imageAnnotations("000007"));
            assertEquals(List.of(region), store.allImageAnnotations());
            store.removeImageAnnotation(region.id());
            assertEquals(List.of(), store.imageAnnotations("000007"));
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void databaseFromBeforeScoresGainsThemAndItsObjectsHaveNone() throws Exception {
        int scores = Schema.MIGRATIONS.indexOf(ObjectTable.SCORE_MIGRATION);
        AnnotationStore.open(db(), null, Schema.MIGRATIONS.subList(0, scores)).close();
        sql("INSERT INTO frames VALUES ('000007', 0)",
                "INSERT INTO objects (id, frame_id, track_id, class_name, cx, cy, cz, length, width, height, yaw,"
                        + " source) VALUES ('" + java.util.UUID.randomUUID() + "', '000007', 1, 'Car', 1, 2, 3, 4,"
                        + " 2, 1.5, 0, 'PRE_LABEL')");
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            assertEquals(Schema.latest(Schema.MIGRATIONS), store.schemaVersion());
            dev.fuselage.core.annotation.ObjectAnnotation old = store.objects("000007").get(0);
            assertEquals(java.util.OptionalDouble.empty(), old.score(), "rows from before scores have none");
            store.putObject(new dev.fuselage.core.annotation.ObjectAnnotation(old.id(), old.frameId(), old.trackId(),
                    old.className(), old.attributes(), old.box(), old.source(), false,
                    java.util.OptionalDouble.of(0.75)));
            assertEquals(0.75, store.objects("000007").get(0).score().getAsDouble());
        }
    }
}
