package dev.fuselage.ontology;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An ontology file cannot be used: malformed JSON, a missing or mistyped field, an unknown attribute type, a bad
 * colour, two classes with one name or one hotkey. The message is one line, {@code <file name>: <problem>}, e.g.
 * {@code kitti.json: class 'Car': bad colour '#GGHHII' (expected #RRGGBB)}, fit to show a user as it is.
 */
public class OntologyException extends IOException {
    private final Path file;
    private final String problem;

    public OntologyException(Path file, String problem) {
        this(file, problem, null);
    }

    public OntologyException(Path file, String problem, Throwable cause) {
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
