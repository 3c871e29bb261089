package dev.fuselage.project.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.io.FormatException;
import dev.fuselage.project.dataset.DatasetJobs;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.qa.QaSettings;
import dev.fuselage.project.store.PinnedComment;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.ReviewBook;
import dev.fuselage.project.store.ReviewDecision;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance 4 of issue 13: pack in one folder, unpack in another, open: the same native JSON export. */
class ProjectPackTest {
    @TempDir
    Path tmp;

    @Test
    void unpackedProjectExportsTheSameNativeJson() throws Exception {
        Path zip = tmp.resolve("hand-off.zip");
        byte[] original;
        try (ProjectStore p = reviewed(tmp.resolve("annotator/p"))) {
            original = export(p, tmp.resolve("out-a"));
            ProjectPack.pack(p, zip, false);
        }
        try (ProjectStore copy = ProjectPack.unpack(zip, tmp.resolve("reviewer/elsewhere/p"))) {
            assertArrayEquals(original, export(copy, tmp.resolve("out-b")));
            assertTrue(new String(original).contains("\"reason\" : \"box too long\""));
            assertTrue(new String(original).contains("\"x\" : 12.5"));
            assertEquals(QaSettings.defaults().withMinPoints(9), QaSettings.load(copy.folder()));
        }
    }

    @Test
    void packWithDataTravelsWithRelativePaths() throws Exception {
        Path zip = tmp.resolve("hand-off.zip");
        String original;
        try (ProjectStore p = reviewed(tmp.resolve("annotator/p"))) {
            original = new String(export(p, tmp.resolve("out-a")));
            ProjectPack.pack(p, zip, true);
        }
        Path there = tmp.resolve("reviewer/p");
        try (ProjectStore copy = ProjectPack.unpack(zip, there)) {
            assertEquals("data/1-training", copy.descriptor().sources().get(0).path());
            Path data = copy.descriptor().sources().get(0).resolve(copy.folder());
            assertArrayEquals(Files.readAllBytes(TestData.file("kitti/object/training/velodyne/000001.bin")),
                    Files.readAllBytes(data.resolve("velodyne/000001.bin")));
            String unpacked = new String(export(copy, tmp.resolve("out-b")));
            // identical but for where the data lies now
            assertEquals(original.replace(TestData.file("kitti/object/training").toString(), data.toString()),
                    unpacked);
        }
    }

    @Test
    void packsThatAreNotPacksAreRefused() throws Exception {
        Path zip = tmp.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../escape.txt"));
            out.write(1);
            out.closeEntry();
        }
        FormatException e = assertThrows(FormatException.class, () -> ProjectPack.unpack(zip, tmp.resolve("x")));
        assertTrue(e.getMessage().contains("outside the project"), e.getMessage());
        Files.writeString(tmp.resolve("text.zip"), "not a zip");
        assertThrows(IOException.class, () -> ProjectPack.unpack(tmp.resolve("text.zip"), tmp.resolve("y")));
    }

    /** The KITTI import with review state, a comment and a settings file: everything a hand-off carries. */
    private static ProjectStore reviewed(Path folder) throws IOException {
        ProjectStore p = KittiImporter.createProject(TestData.file("kitti/object/training"), folder,
                ExportProgress.NONE);
        ObjectAnnotation car = p.annotations().objects("000003").get(0);
        ReviewBook book = new ReviewBook(p.annotations());
        book.decide(ReviewDecision.of("000003", car.id(), ReviewStatus.REJECTED, "box too long", "bo"));
        book.decide(ReviewDecision.of("000001", null, ReviewStatus.ACCEPTED, "", "bo"));
        book.put(new PinnedComment(Comment.create("000003", null, "bo", "a car missing here"),
                Optional.of(new PinnedComment.Pin(12.5, -3.25, -1))));
        book.put(new PinnedComment(Comment.create("000003", car.id(), "bo", "trim the back").withResolved(true),
                Optional.empty()));
        QaSettings.defaults().withMinPoints(9).save(folder);
        return p;
    }

    private static byte[] export(ProjectStore p, Path out) throws IOException {
        DatasetJobs.export(p, "json", out, ExportProgress.NONE);
        return Files.readAllBytes(out.resolve("fuselage-project.json"));
    }
}
