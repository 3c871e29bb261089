package dev.fuselage.project;

import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.OntologyException;
import dev.fuselage.ontology.OntologyJson;
import dev.fuselage.ontology.Presets;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one way to resolve the ontology a project's {@code project.json} names in its {@code ontology} field, used
 * alike by the workspace (to open it), the importers and the exporters, so that a project that opens also exports
 * and the reverse. The field is a built-in preset (any letter case, surrounding blanks ignored) or the path of an
 * ontology JSON file, relative to the project folder (or absolute):
 * <ul>
 *   <li>{@code kitti} — {@link Presets#kitti()};</li>
 *   <li>{@code nuscenes} or {@code nuscenes-like} — {@link Presets#nuScenesLike()};</li>
 *   <li>{@code coco} or {@code coco80} — {@link Presets#coco80()};</li>
 *   <li>{@code semantickitti} — {@link Presets#semanticKitti()} (per-point classes).</li>
 * </ul>
 * Anything else is an error naming the {@code project.json} (a typo must not silently give a project without
 * classes); a bad ontology file is an error naming both files and the problem.
 */
public final class ProjectOntology {
    private static final Map<String, Supplier<Ontology>> PRESETS = Map.of(
            "kitti", Presets::kitti,
            "nuscenes", Presets::nuScenesLike,
            "nuscenes-like", Presets::nuScenesLike,
            "coco", Presets::coco80,
            "coco80", Presets::coco80,
            "semantickitti", Presets::semanticKitti);
    private static final String CHOICES = "kitti, nuscenes, coco, semantickitti";

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
        Supplier<Ontology> preset = PRESETS.get(name.toLowerCase(Locale.ROOT));
        if (preset != null) {
            return preset.get();
        }
        if (name.isEmpty()) {
            throw new IOException(descriptor + ": \"ontology\" is empty; use " + CHOICES + " or the path "
                    + "of an ontology JSON file");
        }
        Path file;
        try {
            file = projectFolder.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new IOException(descriptor + ": \"ontology\" is \"" + name + "\", neither " + CHOICES
                    + " nor a file path", e);
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(descriptor + ": \"ontology\" is \"" + name + "\", neither " + CHOICES
                    + " nor an existing ontology file (looked for " + file + ")");
        }
        try {
            return OntologyJson.read(file);
        } catch (OntologyException e) {
            throw new IOException(descriptor + ": its ontology file is not valid: " + e.getMessage(), e);
        }
    }
}
