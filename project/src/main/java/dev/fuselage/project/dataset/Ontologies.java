package dev.fuselage.project.dataset;

import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.OntologyJson;
import dev.fuselage.ontology.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Finds a project's ontology: a built-in preset by name, or an ontology file relative to the project folder. */
public final class Ontologies {
    private Ontologies() {
    }

    /** The project's ontology; an unknown name gives an empty ontology, to which export adds the classes in use. */
    public static Ontology resolve(ProjectStore project) throws IOException {
        String ref = project.descriptor().ontology();
        switch (ref.toLowerCase(Locale.ROOT)) {
            case "kitti":
                return Presets.kitti();
            case "coco", "coco80":
                return Presets.coco80();
            case "nuscenes":
                return Presets.nuScenesLike();
            default:
                break;
        }
        Path file = project.folder().resolve(ref);
        if (Files.isRegularFile(file)) {
            return OntologyJson.read(file);
        }
        return new Ontology(ref, List.of(), List.of());
    }
}
