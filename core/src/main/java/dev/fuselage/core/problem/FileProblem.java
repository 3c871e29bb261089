package dev.fuselage.core.problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An error about one file, whose message is one line {@code <file name>: <problem>} fit to show a user as it is,
 * e.g. {@code 000001.pcd: header says POINTS 125635 but the data holds 1000}. The checked errors of the file
 * readers extend {@link FileProblemException}; unchecked ones (the annotation store's, which surface inside
 * undoable commands) implement this interface and build their message with {@link #message}.
 */
public interface FileProblem {

    /** The offending file, or null when the input did not come from a file. */
    Path file();

    /** What is wrong, without the file name. */
    String problem();

    /**
     * The one-line message: the file's name (its whole path when it has no name, e.g. a root) or
     * {@code whenNoFile} when there is no file, a colon, and the problem.
     */
    static String message(Path file, String whenNoFile, String problem) {
        Objects.requireNonNull(problem, "problem");
        String name;
        if (file == null) {
            name = whenNoFile;
        } else {
            Path last = file.getFileName();
            name = last == null ? file.toString() : last.toString();
        }
        return name + ": " + problem;
    }
}
