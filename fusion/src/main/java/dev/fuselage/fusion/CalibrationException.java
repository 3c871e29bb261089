package dev.fuselage.fusion;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A calibration or rig file that cannot be used: malformed JSON, a missing or mistyped field, a matrix that is
 * not a rigid transform, a camera without an image. The message is {@code "<file name>: <problem>"} on one line.
 */
public class CalibrationException extends IOException {
    private final transient Path file;
    private final String problem;

    public CalibrationException(Path file, String problem) {
        this(file, problem, null);
    }

    public CalibrationException(Path file, String problem, Throwable cause) {
        super((file == null ? "<rig>" : String.valueOf(file.getFileName())) + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The offending file, or null for in-memory JSON. */
    public Path file() {
        return file;
    }

    /** The problem alone, without the file name. */
    public String problem() {
        return problem;
    }
}
