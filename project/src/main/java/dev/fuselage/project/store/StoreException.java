package dev.fuselage.project.store;

import dev.fuselage.core.problem.FileProblem;
import java.nio.file.Path;

/**
 * The annotation store cannot do what was asked: a damaged database, a schema from a newer Fuselage, a failed
 * write. Unchecked because it surfaces inside undoable commands (so it implements {@link FileProblem} rather than
 * extending the checked {@code FileProblemException}); the message names the file and the problem in one line,
 * fit to show a user, e.g. {@code annotations.db: schema version 9 is newer than this Fuselage reads (1)}.
 */
public class StoreException extends RuntimeException implements FileProblem {
    private final transient Path file;
    private final String problem;

    public StoreException(Path file, String problem) {
        this(file, problem, null);
    }

    public StoreException(Path file, String problem, Throwable cause) {
        super(FileProblem.message(file, "<store>", problem), cause);
        this.file = file;
        this.problem = problem;
    }

    /** The database or project file concerned. */
    @Override
    public Path file() {
        return file;
    }

    @Override
    public String problem() {
        return problem;
    }
}
