package dev.fuselage.core.problem;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be used as it is: the base of the format, ontology and calibration errors. The message is
 * {@link FileProblem#message one line naming the file and the problem}; subclasses say which kind of file and
 * which problems.
 */
public abstract class FileProblemException extends IOException implements FileProblem {
    // Path is not Serializable; an exception that travels serialised loses the path, never its message
    private final transient Path file;
    private final String problem;

    /**
     * @param whenNoFile what the message names instead of a file when {@code file} is null (e.g. {@code <input>})
     * @param file       the offending file, or null for in-memory input
     * @param problem    what is wrong, one line
     * @param cause      the underlying error, or null
     */
    protected FileProblemException(String whenNoFile, Path file, String problem, Throwable cause) {
        super(FileProblem.message(file, whenNoFile, problem), cause);
        this.file = file;
        this.problem = problem;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String problem() {
        return problem;
    }
}
