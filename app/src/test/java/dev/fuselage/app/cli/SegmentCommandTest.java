package dev.fuselage.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.ontology.SemanticKitti;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fuselage segment} and {@code fuselage import semantickitti} as a user runs them. */
class SegmentCommandTest {
    @TempDir
    Path tmp;

    @Test
    void groundThenBoxesOnAKittiProjectWithProgressOnStderr() throws Exception {
        Path p = tmp.resolve("P");
        CommandLineTest.Result imported = CommandLineTest.run("import", "kitti",
                TestData.file("kitti/object/training").toString(), "--project", p.toString());
        assertEquals(0, imported.code(), imported.err());
        CommandLineTest.Result ground = CommandLineTest.run("segment", "--project", p.toString(), "--method",
                "ground", "--frames", "000001..000002");
        assertEquals(0, ground.code(), ground.err());
        assertTrue(ground.err().contains("100% 2/2"), ground.err());
        assertTrue(ground.out().contains("in 2 of 2 frames (ground)"), ground.out());
        CommandLineTest.Result boxes = CommandLineTest.run("segment", "--project", p.toString(), "--method",
                "boxes", "--frames", "1", "--overwrite", "--quiet");
        assertEquals(0, boxes.code(), boxes.err());
        assertEquals("", boxes.err());
        try (ProjectStore store = ProjectStore.open(p)) {
            PointLabels l = store.annotations().pointLabels("000001").orElseThrow();
            assertTrue(Arrays.stream(l.semantic()).filter(s -> s == SemanticKitti.ROAD).count() > 30_000);
            assertTrue(Arrays.stream(l.semantic()).filter(s -> s == 10).count() >= 5, "car points");
            assertTrue(store.annotations().pointLabels("000000").isEmpty());
        }
        CommandLineTest.Result bad = CommandLineTest.run("segment", "--project", p.toString(), "--method", "sky");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown method 'sky'; ground or boxes"), bad.err());
        CommandLineTest.Result badSpan = CommandLineTest.run("segment", "--project", p.toString(), "--method",
                "ground", "--frames", "7..9");
        assertEquals(2, badSpan.code());
        assertTrue(badSpan.err().contains("no frame '7'"), badSpan.err());
    }

    @Test
    void importSemanticKittiThenExportGivesTheLabelFileBack() throws Exception {
        Path sample = TestData.file("semantickitti/mmdet3d-subset");
        Path p = tmp.resolve("SK");
        CommandLineTest.Result r = CommandLineTest.run("import", "semantickitti", sample.toString(), "--project",
                p.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("point labels for 1 of 1 scans"), r.out());
        CommandLineTest.Result e = CommandLineTest.run("export", "semantickitti", "--project", p.toString(),
                "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(0, e.code(), e.err());
        assertTrue(Arrays.equals(Files.readAllBytes(sample.resolve("sequences/00/labels/000000.label")),
                Files.readAllBytes(tmp.resolve("out/sequences/00/labels/000000.label"))));
        CommandLineTest.Result pcd = CommandLineTest.run("export", "pcd", "--project", p.toString(),
                "--out", tmp.resolve("pcd").toString(), "--quiet");
        assertEquals(0, pcd.code(), pcd.err());
        String header = Files.readString(tmp.resolve("pcd/000000.pcd"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(header.contains("label instance"), header.substring(0, 200));
    }
}
