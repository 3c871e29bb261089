package dev.fuselage.io;

import dev.fuselage.core.problem.FileProblemException;
import java.nio.file.Path;

/**
 * A file's content is not what its format requires: wrong magic, a header that contradicts the bytes, truncated
 * data, unsupported types, non-finite coordinates. The message is one line naming the file and the problem,
 * e.g. {@code 000001.pcd: header says POINTS 125635 but the data holds 1000}, fit to show a user as it is.
 */
public class FormatException extends FileProblemException {

    public FormatException(Path file, String problem) {
        this(file, problem, null);
    }

    public FormatException(Path file, String problem, Throwable cause) {
        super("<input>", file, problem, cause);
    }
}
