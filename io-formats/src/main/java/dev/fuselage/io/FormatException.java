package dev.fuselage.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file's content is not what its format requires: wrong magic, a header that contradicts the bytes, truncated
 * data, unsupported types, non-finite coordinates. The message is one line naming the file and the problem,
 * e.g. {@code 000001.pcd: header says POINTS 125635 but the data holds 1000}, fit to show a user as it is.
 */
public class FormatException extends IOException {
    private final Path file;
    private final String problem;

    public FormatException(Path file, String problem) {
        this(file, problem, null);
    }

    public FormatException(Path file, String problem, Throwable cause) {
        super(describe(file) + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.file = file;
        this.problem = problem;
    }

    /** The offending file (may be null for in-memory data). */
    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }

    private static String describe(Path file) {
        if (file == null) {
            return "<input>";
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
