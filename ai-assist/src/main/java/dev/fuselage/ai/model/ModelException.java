package dev.fuselage.ai.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A model or its descriptor cannot be used: malformed JSON, a missing or mistyped key, an unknown task, an ONNX
 * file whose inputs do not match its descriptor. The message is one line, {@code <file name>: <problem>}, e.g.
 * {@code yolox.json: input: 'channels' must be "RGB" or "BGR", not "GBR"}, fit to show a user as it is.
 */
public class ModelException extends IOException {
    private final transient Path file;
    private final String problem;

    public ModelException(Path file, String problem) {
        this(file, problem, null);
    }

    public ModelException(Path file, String problem, Throwable cause) {
        super(describe(file) + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.file = file;
        this.problem = problem;
    }

    /** The offending file, or null for text that did not come from a file. */
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
