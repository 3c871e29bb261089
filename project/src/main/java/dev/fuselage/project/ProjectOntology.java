package dev.fuselage.project;

import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.OntologyException;
import dev.fuselage.ontology.OntologyJson;
import dev.fuselage.ontology.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The ontology a project's {@code project.json} names in its {@code ontology} field: a built-in preset
 * ({@code kitti}, {@code nuscenes}, {@code coco}, {@code semantickitti}; any letter case) or the path of an
 * ontology JSON file, relative to the project folder (or absolute).
 */
public final class ProjectOntology {
    private ProjectOntology() {
    }

    /**
     * Resolves the ontology of an open project.
     *
     * @throws IOException naming the {@code project.json} when the field is neither a preset nor a readable ontology
     *                     file
     */
    public static Ontology of(ProjectStore project) throws IOException {
        return resolve(project.folder(), project.descriptor().ontology());
    }

    /** Resolves an {@code ontology} field of the {@code project.json} in {@code projectFolder}. */
    public static Ontology resolve(Path projectFolder, String field) throws IOException {
        Path descriptor = projectFolder.resolve(ProjectStore.DESCRIPTOR_FILE);
        String name = field == null ? "" : field.trim();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "kitti":
                return Presets.kitti();
            case "nuscenes":
                return Presets.nuScenesLike();
            case "coco":
                return Presets.coco80();
            case "semantickitti":
                return Presets.semanticKitti();
            default:
                break;
        }
        if (name.isEmpty()) {
            throw new IOException(descriptor + ": \"ontology\" is empty; use kitti, nuscenes, coco or the path "
                    + "of an ontology JSON file");
        }
        Path file;
        try {
            file = projectFolder.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new IOException(descriptor + ": \"ontology\" is \"" + name + "\", neither kitti, nuscenes, coco "
                    + "nor a file path", e);
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(descriptor + ": \"ontology\" is \"" + name + "\", neither kitti, nuscenes, coco "
                    + "nor an existing ontology file (looked for " + file + ")");
        }
        try {
            return OntologyJson.read(file);
        } catch (OntologyException e) {
            throw new IOException(descriptor + ": its ontology file is not valid: " + e.getMessage(), e);
        }
    }
}
