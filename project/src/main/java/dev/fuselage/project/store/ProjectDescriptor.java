package dev.fuselage.project.store;

import java.util.List;
import java.util.Objects;

/**
 * The content of {@code project.json}: what the project is called, which ontology it labels with and which data it
 * labels. Annotations live in the database beside it, not here.
 *
 * @param formatVersion version of this file's layout ({@link #CURRENT_FORMAT})
 * @param name          display name
 * @param ontology      ontology reference: a built-in ontology's name or a path relative to the project folder
 * @param sources       referenced data sources
 */
public record ProjectDescriptor(int formatVersion, String name, String ontology, List<SourceRef> sources) {
    /** The project.json layout this code writes and the newest it reads. */
    public static final int CURRENT_FORMAT = 1;

    public ProjectDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ontology, "ontology");
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A descriptor in the current format. */
    public static ProjectDescriptor of(String name, String ontology, List<SourceRef> sources) {
        return new ProjectDescriptor(CURRENT_FORMAT, name, ontology, sources);
    }
}
