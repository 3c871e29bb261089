package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.FormatException;
import dev.fuselage.project.dataset.json.NativeJsonExporter;
import dev.fuselage.project.dataset.json.NativeJsonImporter;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6, acceptance 4: export -> import into a new project -> export gives identical files. */
class NativeJsonRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void exportImportExportIsByteIdentical() throws Exception {
        Path first = tmp.resolve("first");
        try (ProjectStore project = KittiImporter.createProject(KittiRoundTripTest.DATA, tmp.resolve("p"),
                ExportProgress.NONE)) {
            enrich(project.annotations());
            DatasetExport.run(new NativeJsonExporter(), ExportSource.of(project, null), first, ExportProgress.NONE);
        }
        Path second = tmp.resolve("second");
        try (ProjectStore copy = NativeJsonImporter.createProject(first, tmp.resolve("q"), ExportProgress.NONE)) {
            assertEquals(9, copy.annotations().allObjects().size(), "7 KITTI objects + 2 added");
            assertEquals(List.of(0.1 + 0.2), copy.annotations().allObjects().stream()
                    .filter(o -> o.score().isPresent()).map(o -> o.score().getAsDouble()).toList(),
                    "the pre-label's score comes along exactly, and only on it");
            assertEquals(6, copy.annotations().allImageAnnotations().size(), "the sample's DontCare regions");
            assertEquals(-0.20, copy.annotations().importedViews("000000").values().iterator().next().alpha()
                    .getAsDouble(), 1e-12, "how the objects looked in their file comes along");
            DatasetExport.run(new NativeJsonExporter(), ExportSource.of(copy, null), second, ExportProgress.NONE);
        }
        String name = "fuselage-project.json";
        assertEquals(Files.readString(first.resolve(name)), Files.readString(second.resolve(name)));
        assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)));
    }

    /** Everything the store holds besides KITTI boxes: odd doubles, typed attributes, labels, comments, reviews. */
    private static void enrich(AnnotationStore store) {
        ObjectAnnotation odd = new ObjectAnnotation(dev.fuselage.core.annotation.ObjectId.random(), "000002",
                TrackId.of(77), "Tram", java.util.Map.of("moving", true, "lane", 3L, "speed", 0.1 + 0.2,
                "note", "tilted \"ünïcode\""), new Cuboid(1e-17, -0.0, 1234567.891011, 0.3, 1 / 3.0, 2.5, Math.PI,
                0.01, -0.02), dev.fuselage.core.annotation.Source.MANUAL, true);
        store.putObject(odd);
        store.putObject(new ObjectAnnotation(dev.fuselage.core.annotation.ObjectId.random(), "000001", TrackId.of(78),
                "Car", java.util.Map.of(), new Cuboid(10, 2, -1, 4, 1.8, 1.5, 0.3, 0, 0),
                dev.fuselage.core.annotation.Source.PRE_LABEL, false, java.util.OptionalDouble.of(0.1 + 0.2)));
        store.putPointLabels("000003", new PointLabels(new int[] {0, 1, 2, 65535}, new int[] {0, 7, 7, 9}));
        store.putComment(Comment.create("000002", odd.id(), "ana", "check the roll"));
        store.putComment(Comment.create("000000", null, "bo", "frame comment").withResolved(true));
        store.setReview("000002", odd.id(), ReviewStatus.NEEDS_WORK, "ana");
        store.setReview("000001", null, ReviewStatus.ACCEPTED, null);
    }

    @Test
    void aFileThatIsNotANativeExportIsRefusedNamingIt() throws Exception {
        Path f = tmp.resolve("other.json");
        Files.writeString(f, "{\"format\": \"something-else\"}");
        FormatException e = assertThrows(FormatException.class,
                () -> NativeJsonImporter.createProject(f, tmp.resolve("x"), ExportProgress.NONE));
        assertEquals("other.json: not a Fuselage native export (format is not 'fuselage-project')", e.getMessage());
    }
}
