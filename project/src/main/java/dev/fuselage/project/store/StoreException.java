package dev.fuselage.project.store;

import java.nio.file.Path;

/**
 * The annotation store cannot do what was asked: a damaged database, a schema from a newer Fuselage, a failed
 * write. Unchecked because it surfaces inside undoable commands; the message names the file and the problem in
 * one line, fit to show a user, e.g. {@code annotations.db: schema version 9 is newer than this Fuselage reads (1)}.
 */
public class StoreException extends RuntimeException {
    private final transient Path file;

    public StoreException(Path file, String problem) {
        this(file, problem, null);
    }

    public StoreException(Path file, String problem, Throwable cause) {
        super((file == null || file.getFileName() == null ? "<store>" : file.getFileName().toString()) + ": "
                + problem, cause);
        this.file = file;
    }

    /** The database or project file concerned. */
    public Path file() {
        return file;
    }
}
