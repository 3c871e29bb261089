package dev.fuselage.project.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.FrameAnnotations;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.edit.AnnotationModel;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.edit.EditRecord;
import dev.fuselage.core.geometry.Cuboid;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The annotations of one project in a SQLite database, and the {@link AnnotationModel} that undoable commands
 * act on. Every change is committed before its method returns (autosave); an {@link #edit edit} (one command's
 * apply or revert, however many rows it touches) is one transaction together with its {@code edit_log} row.
 *
 * <p>Durability: the database runs in WAL mode with {@code synchronous=NORMAL}. A commit has then been written to
 * the WAL file through the OS before it returns, so it survives the process being killed at any moment
 * ({@code kill -9}, a crash); a power cut may lose the last few commits, never consistency. That is the trade we
 * want for an editor that commits on every mouse release ({@code synchronous=FULL} would fsync each edit).
 *
 * <p>Reads go to the database each time (a frame's objects are one indexed query), so there is no cache to go
 * stale when another window writes. Thread-safe: calls are serialised on the store.
 */
public final class AnnotationStore implements AnnotationModel, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String OBJECT_COLUMNS = "id, frame_id, track_id, class_name, attributes, cx, cy, cz, length,"
            + " width, height, yaw, pitch, roll, box_bits, source, confirmed";

    private final Path file;
    private final Connection connection;
    private final String readOnlyReason;
    private boolean inTransaction;
    private boolean closed;

    private AnnotationStore(Path file, Connection connection, String readOnlyReason) {
        this.file = file;
        this.connection = connection;
        this.readOnlyReason = readOnlyReason;
    }

    /** Opens (creating it when missing) a writable store and brings its schema up to date. */
    public static AnnotationStore openWritable(Path file) {
        return open(file, null, Schema.MIGRATIONS);
    }

    /**
     * Opens an existing store for reading only; writes throw {@link ReadOnlyProjectException} quoting
     * {@code reason}.
     */
    public static AnnotationStore openReadOnly(Path file, String reason) {
        return open(file, reason == null ? "opened read-only" : reason, Schema.MIGRATIONS);
    }

    static AnnotationStore open(Path file, String readOnlyReason, List<Migration> migrations) {
        boolean readOnly = readOnlyReason != null;
        if (readOnly && !Files.isRegularFile(file)) {
            throw new StoreException(file, "the annotation database does not exist");
        }
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
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            checkReadable(c, file);
            if (readOnly) {
                int version = Schema.version(c);
                int latest = Schema.latest(migrations);
                Schema.checkNotNewer(file, version, latest);
                if (version < latest) {
                    throw new StoreException(file, "schema version " + version + " needs an upgrade to " + latest
                            + ", which a read-only window cannot do");
                }
            } else {
                Schema.migrate(c, file, migrations);
            }
            return new AnnotationStore(file, c, readOnlyReason);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(file, "cannot open the annotation database", e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void checkReadable(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Why this store is read-only, if it is. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** The schema version of the open database. */
    public synchronized int schemaVersion() {
        return query("read the schema version", () -> Schema.version(connection));
    }

    // ---- frames -------------------------------------------------------------------------------------------------

    /** Records the frames of the project's sequence in order (their position is their index in the list). */
    public synchronized void registerFrames(List<String> frameIds) {
        transaction("register frames", () -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO frames (id, position) VALUES (?, ?)"
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

    /** Frame ids known to the store: registered ones by position, then any others by id. */
    public synchronized List<String> frames() {
        return query("list frames", () -> {
            List<String> ids = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM frames ORDER BY position IS NULL, position, id")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    /** All objects of one frame. */
    public synchronized FrameAnnotations frame(String frameId) {
        return new FrameAnnotations(frameId, objects(frameId));
    }

    // ---- objects (AnnotationModel) ------------------------------------------------------------------------------

    @Override
    public synchronized Optional<ObjectAnnotation> object(ObjectId id) {
        return query("read object " + id, () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + OBJECT_COLUMNS + " FROM objects WHERE id = ?")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readObject(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public synchronized List<ObjectAnnotation> objects(String frameId) {
        return query("read the objects of frame " + frameId, () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + OBJECT_COLUMNS + " FROM objects WHERE frame_id = ? ORDER BY id")) {
                ps.setString(1, frameId);
                return readObjects(ps);
            }
        });
    }

    /** Every object of every frame, ordered by id. */
    public synchronized List<ObjectAnnotation> allObjects() {
        return query("read all objects", () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + OBJECT_COLUMNS + " FROM objects ORDER BY id")) {
                return readObjects(ps);
            }
        });
    }

    /** All boxes of one track across frames, in frame order. */
    public synchronized List<ObjectAnnotation> track(TrackId track) {
        return query("read track " + track, () -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT o." + OBJECT_COLUMNS.replace(", ", ", o.")
                    + " FROM objects o JOIN frames f ON f.id = o.frame_id WHERE o.track_id = ?"
                    + " ORDER BY f.position IS NULL, f.position, f.id")) {
                ps.setLong(1, track.value());
                return readObjects(ps);
            }
        });
    }

    /** A track id no object uses yet. */
    public synchronized TrackId nextTrackId() {
        return query("find a free track id", () -> {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT coalesce(max(track_id), 0) + 1 FROM objects")) {
                rs.next();
                return TrackId.of(rs.getLong(1));
            }
        });
    }

    @Override
    public synchronized void putObject(ObjectAnnotation o) {
        transaction("save object " + o.id(), () -> {
            ensureFrame(o.frameId());
            try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO objects ("
                    + OBJECT_COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Cuboid b = o.box();
                ps.setString(1, o.id().toString());
                ps.setString(2, o.frameId());
                ps.setLong(3, o.trackId().value());
                ps.setString(4, o.className());
                ps.setString(5, JSON.writeValueAsString(o.attributes()));
                double[] v = {b.cx(), b.cy(), b.cz(), b.length(), b.width(), b.height(), b.yaw(), b.pitch(), b.roll()};
                ByteBuffer bits = ByteBuffer.allocate(v.length * 8);
                for (int i = 0; i < v.length; i++) {
                    ps.setDouble(6 + i, v[i]);
                    bits.putLong(Double.doubleToRawLongBits(v[i]));
                }
                ps.setBytes(15, bits.array());
                ps.setString(16, o.source().name());
                ps.setInt(17, o.confirmed() ? 1 : 0);
                ps.setLong(18, System.currentTimeMillis());
                ps.executeUpdate();
            } catch (JsonProcessingException e) {
                throw new SQLException("attributes cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        });
    }

    @Override
    public synchronized void removeObject(ObjectId id) {
        transaction("delete object " + id, () -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM objects WHERE id = ?")) {
                ps.setString(1, id.toString());
                if (ps.executeUpdate() == 0) {
                    throw new IllegalStateException("no object " + id + " to remove");
                }
            }
        });
    }

    // ---- point labels -------------------------------------------------------------------------------------------

    @Override
    public synchronized Optional<PointLabels> pointLabels(String frameId) {
        return query("read the point labels of frame " + frameId, () -> {
            try (PreparedStatement ps = connection.prepareStatement(
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
                        throw new StoreException(file, "point labels of frame " + frameId + " are damaged: "
                                + e.getMessage(), e);
                    }
                    if (labels.pointCount() != count) {
                        throw new StoreException(file, "point labels of frame " + frameId + " hold "
                                + labels.pointCount() + " points, the row says " + count);
                    }
                    return Optional.of(labels);
                }
            }
        });
    }

    @Override
    public synchronized void putPointLabels(String frameId, PointLabels labels) {
        byte[] blob = labels.encode();
        transaction("save the point labels of frame " + frameId, () -> {
            ensureFrame(frameId);
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT OR REPLACE INTO point_labels (frame_id, point_count, data) VALUES (?, ?, ?)")) {
                ps.setString(1, frameId);
                ps.setInt(2, labels.pointCount());
                ps.setBytes(3, blob);
                ps.executeUpdate();
            }
        });
    }

    // ---- comments and review ------------------------------------------------------------------------------------

    /** Adds a comment, or replaces the one with the same id (e.g. to resolve it). */
    public synchronized void putComment(Comment c) {
        transaction("save a comment", () -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO comments"
                    + " (id, frame_id, object_id, author, text, created_at, resolved) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, c.id().toString());
                ps.setString(2, c.frameId());
                ps.setString(3, c.objectId().map(ObjectId::toString).orElse(null));
                ps.setString(4, c.author());
                ps.setString(5, c.text());
                ps.setLong(6, c.created().toEpochMilli());
                ps.setInt(7, c.resolved() ? 1 : 0);
                ps.executeUpdate();
            }
        });
    }

    public synchronized void deleteComment(UUID id) {
        transaction("delete a comment", () -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM comments WHERE id = ?")) {
                ps.setString(1, id.toString());
                ps.executeUpdate();
            }
        });
    }

    /** The comments on a frame and its objects, oldest first. */
    public synchronized List<Comment> comments(String frameId) {
        return query("read comments", () -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, frame_id, object_id, author, text,"
                    + " created_at, resolved FROM comments WHERE frame_id = ? ORDER BY created_at, id")) {
                ps.setString(1, frameId);
                List<Comment> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String object = rs.getString(3);
                        out.add(new Comment(UUID.fromString(rs.getString(1)), rs.getString(2),
                                Optional.ofNullable(object).map(ObjectId::parse), rs.getString(4), rs.getString(5),
                                Instant.ofEpochMilli(rs.getLong(6)), rs.getInt(7) != 0));
                    }
                }
                return out;
            }
        });
    }

    /** Sets the review status of a frame ({@code objectId} null) or of one object in it. */
    public synchronized void setReview(String frameId, ObjectId objectId, ReviewStatus status, String reviewer) {
        transaction("save a review", () -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO review"
                    + " (frame_id, object_id, status, reviewer, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, frameId);
                ps.setString(2, objectId == null ? "" : objectId.toString());
                ps.setString(3, status.name());
                ps.setString(4, reviewer);
                ps.setLong(5, System.currentTimeMillis());
                ps.executeUpdate();
            }
        });
    }

    /** The review status of a frame ({@code objectId} null) or object; {@code UNREVIEWED} when never reviewed. */
    public synchronized ReviewStatus review(String frameId, ObjectId objectId) {
        return query("read a review", () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT status FROM review WHERE frame_id = ? AND object_id = ?")) {
                ps.setString(1, frameId);
                ps.setString(2, objectId == null ? "" : objectId.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? ReviewStatus.valueOf(rs.getString(1)) : ReviewStatus.UNREVIEWED;
                }
            }
        });
    }

    /** Every review row, frames then objects, in a stable order (frame id, object id). */
    public synchronized List<ReviewEntry> reviews() {
        return query("list reviews", () -> {
            List<ReviewEntry> out = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT frame_id, object_id, status, reviewer FROM review"
                         + " ORDER BY frame_id, object_id")) {
                while (rs.next()) {
                    String object = rs.getString(2);
                    out.add(new ReviewEntry(rs.getString(1), object.isEmpty() ? Optional.empty() : Optional.of(object),
                            ReviewStatus.valueOf(rs.getString(3)), Optional.ofNullable(rs.getString(4))));
                }
            }
            return out;
        });
    }

    // ---- 2D image annotations -----------------------------------------------------------------------------------

    private static final String IMAGE_COLUMNS = "id, frame_id, camera, class_name, attributes, box_left, box_top,"
            + " box_right, box_bottom, source";

    /** Adds a 2D box, or replaces the one with the same id. */
    public synchronized void putImageAnnotation(ImageAnnotation a) {
        transaction("save a 2D box", () -> {
            ensureFrame(a.frameId());
            try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO image_annotations ("
                    + IMAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, a.id().toString());
                ps.setString(2, a.frameId());
                ps.setString(3, a.camera());
                ps.setString(4, a.className());
                ps.setString(5, JSON.writeValueAsString(a.attributes()));
                ps.setDouble(6, a.left());
                ps.setDouble(7, a.top());
                ps.setDouble(8, a.right());
                ps.setDouble(9, a.bottom());
                ps.setString(10, a.source().name());
                ps.executeUpdate();
            } catch (JsonProcessingException e) {
                throw new SQLException("attributes cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        });
    }

    /** Removes a 2D box; nothing happens when there is none with that id. */
    public synchronized void removeImageAnnotation(UUID id) {
        transaction("delete a 2D box", () -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM image_annotations WHERE id = ?")) {
                ps.setString(1, id.toString());
                ps.executeUpdate();
            }
        });
    }

    /** The 2D boxes of one frame, by id. */
    public synchronized List<ImageAnnotation> imageAnnotations(String frameId) {
        return query("read the 2D boxes of frame " + frameId, () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + IMAGE_COLUMNS + " FROM image_annotations WHERE frame_id = ? ORDER BY id")) {
                ps.setString(1, frameId);
                return readImageAnnotations(ps);
            }
        });
    }

    /** Every 2D box of the project, by id. */
    public synchronized List<ImageAnnotation> allImageAnnotations() {
        return query("read all 2D boxes", () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + IMAGE_COLUMNS + " FROM image_annotations ORDER BY id")) {
                return readImageAnnotations(ps);
            }
        });
    }

    private List<ImageAnnotation> readImageAnnotations(PreparedStatement ps) throws SQLException {
        List<ImageAnnotation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                try {
                    out.add(new ImageAnnotation(UUID.fromString(id), rs.getString(2), rs.getString(3),
                            rs.getString(4), JSON.readValue(rs.getString(5), MAP), rs.getDouble(6), rs.getDouble(7),
                            rs.getDouble(8), rs.getDouble(9), Source.valueOf(rs.getString(10))));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new StoreException(file, "2D box " + id + " is damaged: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    // ---- edits --------------------------------------------------------------------------------------------------

    /**
     * Runs one edit as one transaction that also appends to {@code edit_log}; when this returns the edit is
     * committed. If {@code change} throws, nothing of it is kept.
     */
    @Override
    public synchronized void edit(EditRecord record, Runnable change) {
        transaction(record.description(), () -> {
            change.run();
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO edit_log (at, action, description, frames) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, System.currentTimeMillis());
                ps.setString(2, record.action().name());
                ps.setString(3, record.description());
                ps.setString(4, JSON.writeValueAsString(record.frameIds().stream().sorted().toList()));
                ps.executeUpdate();
            } catch (JsonProcessingException e) {
                throw new SQLException(e);
            }
        });
    }

    /** The most recent {@code limit} entries of the edit log, newest first. */
    public synchronized List<EditLogEntry> editLog(int limit) {
        return query("read the edit log", () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT seq, at, action, description, frames FROM edit_log ORDER BY seq DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<EditLogEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> frames;
                        try {
                            frames = JSON.readValue(rs.getString(5), STRINGS);
                        } catch (JsonProcessingException e) {
                            throw new StoreException(file, "edit log entry " + rs.getLong(1) + " is damaged", e);
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
    public synchronized long editCount() {
        return query("count edits", () -> {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM edit_log")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** SQLite's own consistency check: {@code "ok"} or the problems it found, one per line. */
    public synchronized String integrityCheck() {
        return query("check integrity", () -> {
            StringBuilder sb = new StringBuilder();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    sb.append(sb.length() == 0 ? "" : "\n").append(rs.getString(1));
                }
            }
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    sb.append("\nforeign key violation in ").append(rs.getString(1)).append(" row ")
                            .append(rs.getLong(2));
                }
            }
            return sb.toString();
        });
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(file, "cannot close the annotation database", e);
        }
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    @FunctionalInterface
    interface SqlWork {
        void run() throws SQLException;
    }

    @FunctionalInterface
    interface SqlQuery<T> {
        T run() throws SQLException;
    }

    /** The connection, for this package's classes that own further tables; use it inside query or transaction. */
    Connection connection() {
        return connection;
    }

    synchronized <T> T query(String what, SqlQuery<T> q) {
        checkOpen();
        try {
            return q.run();
        } catch (SQLException e) {
            throw translate(file, "cannot " + what, e);
        }
    }

    /** Runs writes in one committed transaction, or inside the transaction already open (nested edits). */
    synchronized void transaction(String what, SqlWork work) {
        checkOpen();
        if (readOnlyReason != null) {
            throw new ReadOnlyProjectException(file, readOnlyReason);
        }
        if (inTransaction) {
            try {
                work.run();
            } catch (SQLException e) {
                throw translate(file, "cannot " + what, e);
            }
            return;
        }
        inTransaction = true;
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
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
            throw translate(file, "cannot " + what, e);
        } finally {
            inTransaction = false;
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException(file, "the annotation store is closed");
        }
    }

    private void ensureFrame(String frameId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT OR IGNORE INTO frames (id) VALUES (?)")) {
            ps.setString(1, frameId);
            ps.executeUpdate();
        }
    }

    private List<ObjectAnnotation> readObjects(PreparedStatement ps) throws SQLException {
        List<ObjectAnnotation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(readObject(rs));
            }
        }
        return out;
    }

    private ObjectAnnotation readObject(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        try {
            double[] v = new double[9];
            byte[] bits = rs.getBytes(15);
            if (bits != null && bits.length == 72) {
                ByteBuffer b = ByteBuffer.wrap(bits);
                for (int i = 0; i < 9; i++) {
                    v[i] = Double.longBitsToDouble(b.getLong());
                }
            } else {
                for (int i = 0; i < 9; i++) {
                    v[i] = rs.getDouble(6 + i);
                }
            }
            Map<String, Object> attributes = JSON.readValue(rs.getString(5), MAP);
            return new ObjectAnnotation(ObjectId.parse(id), rs.getString(2), TrackId.of(rs.getLong(3)),
                    rs.getString(4), attributes, new Cuboid(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]),
                    Source.valueOf(rs.getString(16)), rs.getInt(17) != 0);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException(file, "object " + id + " is damaged: " + e.getMessage(), e);
        }
    }

    static StoreException translate(Path file, String what, SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
                return new StoreException(file, "the annotation database is damaged or not a SQLite database ("
                        + what + ")", e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_CANTOPEN) {
                return new StoreException(file, what + ": the database or its folder is not writable", e);
            }
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return new StoreException(file, what + ": the disk is full", e);
            }
        }
        return new StoreException(file, what + ": " + e.getMessage(), e);
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
