package dev.fuselage.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.OntologyJson;
import dev.fuselage.ontology.Presets;
import dev.fuselage.project.dataset.DatasetExport;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import dev.fuselage.project.dataset.json.NativeJsonExporter;
import dev.fuselage.project.dataset.json.NativeJsonImporter;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One resolver for the workspace and the dataset jobs: a project opens exactly when it exports. */
class ProjectOntologyTest {
    @TempDir
    Path tmp;

    /** What the workspace does to open a project: resolve its ontology. */
    private static Ontology open(ProjectStore project) throws IOException {
        return ProjectOntology.of(project);
    }

    /** What an export does: build the export view (which resolves the ontology) and write the native JSON. */
    private void export(ProjectStore project, Path out) throws IOException {
        DatasetExport.run(new NativeJsonExporter(), ExportSource.of(project, null), out, ExportProgress.NONE);
    }

    private ProjectStore project(String name, String ontologyField) throws IOException {
        ProjectStore p = ProjectStore.create(tmp.resolve(name), ProjectDescriptor.of(name, ontologyField, List.of()));
        p.annotations().putObject(ObjectAnnotation.manual("000000", TrackId.of(1), "Car",
                new Cuboid(10, 2, -1, 4, 1.8, 1.5, 0.3, 0, 0)));
        return p;
    }

    @Test
    void everyOntologyFieldEitherOpensAndExportsOrFailsBothWays() throws IOException {
        Files.createDirectories(tmp.resolve("files"));
        OntologyJson.write(Presets.nuScenesLike(), tmp.resolve("files/mine.json"));
        Files.writeString(tmp.resolve("files/broken.json"), "{\"format\": \"fuselage-ontology\"");
        Map<String, Boolean> fields = new LinkedHashMap<>();
        // the spellings our own importers, the demo and the CLI write, and the presets' display names
        for (String good : List.of("kitti", "KITTI", " kitti ", "nuscenes", "nuScenes-like", "coco", "COCO",
                "coco80", "../files/mine.json", tmp.resolve("files/mine.json").toString())) {
            fields.put(good, true);
        }
        for (String bad : List.of("kitty", "", "   ", "../files/broken.json", "../files/absent.json")) {
            fields.put(bad, false);
        }
        int i = 0;
        for (Map.Entry<String, Boolean> field : fields.entrySet()) {
            String name = "p" + i++;
            try (ProjectStore p = project(name, field.getKey())) {
                boolean opens = succeeds(() -> open(p));
                boolean exports = succeeds(() -> export(p, tmp.resolve(name + "-out")));
                assertEquals(field.getValue(), opens, "opens with ontology \"" + field.getKey() + "\"");
                assertEquals(opens, exports, "exports exactly when it opens, ontology \"" + field.getKey() + "\"");
            }
        }
    }

    @Test
    void importedProjectsOpenAndExport() throws Exception {
        Path exported = tmp.resolve("exported");
        try (ProjectStore kitti = KittiImporter.createProject(TestData.file("kitti/object/training"),
                tmp.resolve("kitti"), ExportProgress.NONE)) {
            assertEquals(Presets.kitti(), open(kitti));
            export(kitti, exported);
        }
        try (ProjectStore copy = NativeJsonImporter.createProject(exported, tmp.resolve("copy"), ExportProgress.NONE)) {
            assertEquals(Presets.kitti(), open(copy));
            export(copy, tmp.resolve("exported-again"));
        }
    }

    @Test
    void aBadOntologyFileIsNamedWithTheProblemWhetherOpeningOrExporting() throws IOException {
        Files.writeString(tmp.resolve("broken.json"), "{\"format\": \"fuselage-ontology\"");
        try (ProjectStore p = project("p", "../broken.json")) {
            IOException opening = assertThrows(IOException.class, () -> open(p));
            IOException exporting = assertThrows(IOException.class, () -> export(p, tmp.resolve("out")));
            assertEquals(opening.getMessage(), exporting.getMessage());
            String m = opening.getMessage();
            assertTrue(m.startsWith(p.folder().resolve("project.json") + ": its ontology file is not valid: "), m);
            assertTrue(m.contains("broken.json: "), "names the ontology file: " + m);
            assertTrue(Files.notExists(tmp.resolve("out")), "no half-written export");
        }
    }

    @FunctionalInterface
    private interface Attempt {
        void run() throws IOException;
    }

    private static boolean succeeds(Attempt attempt) {
        try {
            attempt.run();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
