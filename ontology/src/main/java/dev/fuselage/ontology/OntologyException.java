package dev.fuselage.ontology;

import dev.fuselage.core.problem.FileProblemException;
import java.nio.file.Path;

/**
 * An ontology file cannot be used: malformed JSON, a missing or mistyped field, an unknown attribute type, a bad
 * colour, two classes with one name or one hotkey. The message is one line, {@code <file name>: <problem>}, e.g.
 * {@code kitti.json: class 'Car': bad colour '#GGHHII' (expected #RRGGBB)}, fit to show a user as it is.
 */
public class OntologyException extends FileProblemException {

    public OntologyException(Path file, String problem) {
        this(file, problem, null);
    }

    public OntologyException(Path file, String problem, Throwable cause) {
        super("<input>", file, problem, cause);
    }
}
