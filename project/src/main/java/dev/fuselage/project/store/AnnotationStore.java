package dev.fuselage.project.store;

import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.FrameAnnotations;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.edit.AnnotationModel;
import dev.fuselage.core.edit.EditRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The annotations of one project, and the {@link AnnotationModel} that undoable commands act on. Every change is
 * committed before its method returns (autosave); an {@link #edit edit} (one command's apply or revert, however
 * many rows it touches) is one transaction together with its {@code edit_log} row.
 *
 * <p>A facade: the SQL lives in one class per table ({@link ObjectTable}, {@link PointLabelTable},
 * {@link ReviewTable}, {@link CommentTable}, {@link ImageAnnotationTable}, {@link ImportedViewTable}, {@link EditLogTable},
 * {@link FrameTable}), all running on one {@link SqlSession} (connection, transactions, errors). The database is
 * SQLite ({@link SqliteDialect}: WAL, durable against {@code kill -9}); the SQL the tables send is portable.
 *
 * <p>Reads go to the database each time (a frame's objects are one indexed query), so there is no cache to go
 * stale when another window writes. Thread-safe: calls are serialised on the session.
 */
public final class AnnotationStore implements AnnotationModel, AutoCloseable {
    private final SqlSession session;
    private final FrameTable frames;
    private final ObjectTable objects;
    private final PointLabelTable pointLabels;
    private final ReviewTable review;
    private final CommentTable comments;
    private final ImageAnnotationTable images;
    private final EditLogTable editLog;
    private final ImportedViewTable importedViews;

    private AnnotationStore(SqlSession session) {
        this.session = session;
        this.frames = new FrameTable(session);
        this.objects = new ObjectTable(session);
        this.pointLabels = new PointLabelTable(session);
        this.review = new ReviewTable(session);
        this.comments = new CommentTable(session);
        this.images = new ImageAnnotationTable(session);
        this.editLog = new EditLogTable(session);
        this.importedViews = new ImportedViewTable(session);
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
        return new AnnotationStore(SqlSession.open(file, SqliteDialect.INSTANCE, readOnlyReason, migrations));
    }

    /** The SQL session, for this package's classes that own further tables (review reasons, pins, snapshots). */
    SqlSession session() {
        return session;
    }

    /** The database file. */
    public Path file() {
        return session.file();
    }

    /** Whether writes are refused (another window holds the project). */
    public boolean isReadOnly() {
        return session.readOnlyReason().isPresent();
    }

    /** Why this store is read-only, if it is. */
    public Optional<String> readOnlyReason() {
        return session.readOnlyReason();
    }

    /** The schema version of the open database. */
    public int schemaVersion() {
        return session.schemaVersion();
    }

    /** The database's own consistency check: {@code "ok"} or the problems it found, one per line. */
    public String integrityCheck() {
        return session.integrityCheck();
    }

    // ---- frames -------------------------------------------------------------------------------------------------

    /** Records the frames of the project's sequence in order (their position is their index in the list). */
    public void registerFrames(List<String> frameIds) {
        frames.register(frameIds);
    }

    /** Frame ids known to the store: registered ones by position, then any others by id. */
    public List<String> frames() {
        return frames.ids();
    }

    /** All objects of one frame. */
    public FrameAnnotations frame(String frameId) {
        return new FrameAnnotations(frameId, objects(frameId));
    }

    // ---- objects (AnnotationModel) ------------------------------------------------------------------------------

    @Override
    public Optional<ObjectAnnotation> object(ObjectId id) {
        return objects.get(id);
    }

    @Override
    public List<ObjectAnnotation> objects(String frameId) {
        return objects.ofFrame(frameId);
    }

    /** Every object of every frame, ordered by id. */
    public List<ObjectAnnotation> allObjects() {
        return objects.all();
    }

    /** All boxes of one track across frames, in frame order. */
    public List<ObjectAnnotation> track(TrackId track) {
        return objects.track(track);
    }

    /** A track id no object uses yet. */
    public TrackId nextTrackId() {
        return objects.nextTrackId();
    }

    @Override
    public void putObject(ObjectAnnotation o) {
        objects.put(o);
    }

    @Override
    public void removeObject(ObjectId id) {
        objects.remove(id);
    }

    // ---- point labels (AnnotationModel) -------------------------------------------------------------------------

    @Override
    public Optional<PointLabels> pointLabels(String frameId) {
        return pointLabels.get(frameId);
    }

    @Override
    public void putPointLabels(String frameId, PointLabels labels) {
        pointLabels.put(frameId, labels);
    }

    // ---- how imported objects looked in their file ---------------------------------------------------------------

    /** Records how a dataset file showed an imported object (call inside the import's {@link #edit}). */
    public void putImportedView(ImportedView view) {
        importedViews.put(view);
    }

    /** The imported views of the objects now in a frame, by object id, in file order. */
    public Map<ObjectId, ImportedView> importedViews(String frameId) {
        return importedViews.ofFrame(frameId);
    }

    // ---- edits (AnnotationModel) --------------------------------------------------------------------------------

    /**
     * Runs one edit as one transaction that also appends to {@code edit_log}; when this returns the edit is
     * committed. If {@code change} throws, nothing of it is kept.
     */
    @Override
    public void edit(EditRecord record, Runnable change) {
        session.transaction(record.description(), c -> {
            change.run();
            EditLogTable.append(session, record);
        });
    }

    /** The most recent {@code limit} entries of the edit log, newest first. */
    public List<EditLogEntry> editLog(int limit) {
        return editLog.recent(limit);
    }

    /** How many edits the log holds. */
    public long editCount() {
        return editLog.count();
    }

    // ---- comments and review ------------------------------------------------------------------------------------

    /** Adds a comment, or replaces the one with the same id (e.g. to resolve it). */
    public void putComment(Comment c) {
        comments.put(c);
    }

    /** Deletes a comment; nothing happens when there is none with that id. */
    public void deleteComment(UUID id) {
        comments.delete(id);
    }

    /** The comments on a frame and its objects, oldest first. */
    public List<Comment> comments(String frameId) {
        return comments.ofFrame(frameId);
    }

    /** Sets the review status of a frame ({@code objectId} null) or of one object in it. */
    public void setReview(String frameId, ObjectId objectId, ReviewStatus status, String reviewer) {
        review.set(frameId, objectId, status, reviewer);
    }

    /** The review status of a frame ({@code objectId} null) or object; {@code UNREVIEWED} when never reviewed. */
    public ReviewStatus review(String frameId, ObjectId objectId) {
        return review.status(frameId, objectId);
    }

    /** Every review row, frames then objects, in a stable order (frame id, object id). */
    public List<ReviewEntry> reviews() {
        return review.all();
    }

    // ---- 2D image annotations -----------------------------------------------------------------------------------

    /** Adds a 2D box, or replaces the one with the same id. */
    public void putImageAnnotation(ImageAnnotation a) {
        images.put(a);
    }

    /** Removes a 2D box; nothing happens when there is none with that id. */
    public void removeImageAnnotation(UUID id) {
        images.remove(id);
    }

    /** The 2D boxes of one frame, by id. */
    public List<ImageAnnotation> imageAnnotations(String frameId) {
        return images.ofFrame(frameId);
    }

    /** Every 2D box of the project, by id. */
    public List<ImageAnnotation> allImageAnnotations() {
        return images.all();
    }

    @Override
    public void close() {
        session.close();
    }
}
