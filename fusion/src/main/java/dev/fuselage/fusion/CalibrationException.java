package dev.fuselage.fusion;

import dev.fuselage.core.problem.FileProblemException;
import java.nio.file.Path;

/**
 * A calibration or rig file that cannot be used: malformed JSON, a missing or mistyped field, a matrix that is
 * not a rigid transform, a camera without an image. The message is {@code "<file name>: <problem>"} on one line.
 */
public class CalibrationException extends FileProblemException {

    public CalibrationException(Path file, String problem) {
        this(file, problem, null);
    }

    public CalibrationException(Path file, String problem, Throwable cause) {
        super("<rig>", file, problem, cause);
    }
}
