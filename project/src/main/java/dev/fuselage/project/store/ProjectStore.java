package dev.fuselage.project.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An open project: a folder holding {@code project.json} (name, ontology, referenced sources) and the annotation
 * database {@code annotations.db}.
 *
 * <p>One window writes a project at a time. The first opener takes the lock on {@code project.lock} and gets a
 * writable store; a second opener, in this process or another, gets a read-only one and a
 * {@link #readOnlyReason() message} to show, e.g. "project is open in another Fuselage window (pid 4242); opened
 * read-only". The lock dies with its process, so a crashed window never leaves the project locked.
 *
 * <pre>{@code
 * try (ProjectStore project = ProjectStore.open(folder)) {
 *     project.readOnlyReason().ifPresent(ui::showBanner);
 *     AnnotationStore store = project.annotations();
 *     EditHistory history = new EditHistory(store, 500);
 *     history.execute(new AddObject(ObjectAnnotation.manual("000042", store.nextTrackId(), "Car", box)));
 *     history.undo();
 * }
 * }</pre>
 */
public final class ProjectStore implements AutoCloseable {
    public static final String DESCRIPTOR_FILE = "project.json";
    public static final String DATABASE_FILE = "annotations.db";
    public static final String LOCK_FILE = "project.lock";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path folder;
    private final ProjectLock lock;
    private final AnnotationStore annotations;
    private ProjectDescriptor descriptor;

    private ProjectStore(Path folder, ProjectDescriptor descriptor, ProjectLock lock, AnnotationStore annotations) {
        this.folder = folder;
        this.descriptor = descriptor;
        this.lock = lock;
        this.annotations = annotations;
    }

    /**
     * Makes a new project in {@code folder} (created if missing) and opens it for writing.
     *
     * @throws IOException when the folder already holds a project, or it cannot be written
     */
    public static ProjectStore create(Path folder, ProjectDescriptor descriptor) throws IOException {
        Objects.requireNonNull(descriptor, "descriptor");
        Path dir = folder.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        if (Files.exists(dir.resolve(DESCRIPTOR_FILE))) {
            throw new IOException(dir.resolve(DESCRIPTOR_FILE) + ": a project already exists here");
        }
        ProjectLock lock = ProjectLock.tryAcquire(dir.resolve(LOCK_FILE))
                .orElseThrow(() -> new IOException(dir + ": " + lockMessage(dir) + "; cannot create a project"));
        try {
            writeDescriptor(dir, descriptor);
            AnnotationStore store = AnnotationStore.openWritable(dir.resolve(DATABASE_FILE));
            return new ProjectStore(dir, descriptor, lock, store);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens an existing project: writable when no other window has it, read-only otherwise.
     *
     * @throws FormatException when {@code project.json} is missing fields, malformed or from a newer Fuselage
     * @throws StoreException  when the database is damaged or from a newer Fuselage
     */
    public static ProjectStore open(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        ProjectDescriptor descriptor = readDescriptor(dir);
        Optional<ProjectLock> lock = ProjectLock.tryAcquire(dir.resolve(LOCK_FILE));
        try {
            Path db = dir.resolve(DATABASE_FILE);
            AnnotationStore store = lock.isPresent()
                    ? AnnotationStore.openWritable(db)
                    : AnnotationStore.openReadOnly(db, lockMessage(dir) + "; opened read-only");
            return new ProjectStore(dir, descriptor, lock.orElse(null), store);
        } catch (RuntimeException e) {
            if (lock.isPresent()) {
                lock.get().close();
            }
            throw e;
        }
    }

    private static String lockMessage(Path dir) {
        return "project is open in another Fuselage window (" + ProjectLock.holder(dir.resolve(LOCK_FILE)) + ")";
    }

    /** Reads and checks {@code project.json}. */
    public static ProjectDescriptor readDescriptor(Path folder) throws IOException {
        Path file = folder.resolve(DESCRIPTOR_FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FormatException(file, "not found; " + folder + " is not a Fuselage project");
        }
        ProjectDescriptor d;
        try {
            d = JSON.readValue(bytes, ProjectDescriptor.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof NullPointerException npe ? npe : e;
            String problem = cause instanceof NullPointerException
                    ? "missing field '" + cause.getMessage() + "'"
                    : "not valid project JSON: " + e.getOriginalMessage();
            throw new FormatException(file, problem, e);
        }
        if (d == null) {
            throw new FormatException(file, "empty");
        }
        if (d.formatVersion() < 1) {
            throw new FormatException(file, "formatVersion " + d.formatVersion() + " is not valid");
        }
        if (d.formatVersion() > ProjectDescriptor.CURRENT_FORMAT) {
            throw new FormatException(file, "formatVersion " + d.formatVersion() + " is newer than this Fuselage "
                    + "reads (" + ProjectDescriptor.CURRENT_FORMAT + ")");
        }
        return d;
    }

    private static void writeDescriptor(Path dir, ProjectDescriptor d) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(d);
        PointCloudIO.writeAtomically(dir.resolve(DESCRIPTOR_FILE), tmp -> Files.write(tmp, bytes));
    }

    public Path folder() {
        return folder;
    }

    public ProjectDescriptor descriptor() {
        return descriptor;
    }

    /** Replaces {@code project.json} atomically (a crash leaves the old or the new file, never a torn one). */
    public void updateDescriptor(ProjectDescriptor newDescriptor) throws IOException {
        Objects.requireNonNull(newDescriptor, "newDescriptor");
        if (isReadOnly()) {
            throw new ReadOnlyProjectException(folder.resolve(DESCRIPTOR_FILE), annotations.readOnlyReason().get());
        }
        writeDescriptor(folder, newDescriptor);
        descriptor = newDescriptor;
    }

    /** The annotations; every change to them is saved as it is made. */
    public AnnotationStore annotations() {
        return annotations;
    }

    public boolean isReadOnly() {
        return annotations.isReadOnly();
    }

    /** Why the project is read-only, to show the user; empty when it is writable. */
    public Optional<String> readOnlyReason() {
        return annotations.readOnlyReason();
    }

    @Override
    public void close() throws IOException {
        try {
            annotations.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
