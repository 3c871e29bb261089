package dev.fuselage.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fuselage import kitti} and {@code fuselage export FORMAT} for every format. */
class DatasetCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void importKittiCreatesTheProjectAndEveryFormatExports() throws Exception {
        Path project = tmp.resolve("P");
        CommandLineTest.Result r = CommandLineTest.run("import", "kitti",
                TestData.file("kitti/object/training").toString(), "--project", project.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("7 objects, 6 2D boxes in 4 frames"), r.out());
        String[][] expected = {{"kitti", "label_2/000001.txt"}, {"kitti-tracking", "label_02/0000.txt"},
                {"coco", "annotations/instances.json"}, {"semantickitti", "sequences/00/labels/000001.label"},
                {"openlabel", "openlabel.json"}, {"json", "fuselage-project.json"}};
        for (String[] e : expected) {
            Path out = tmp.resolve("out-" + e[0]);
            CommandLineTest.Result x = CommandLineTest.run("export", e[0], "--project", project.toString(), "--out",
                    out.toString(), "--quiet");
            assertEquals(0, x.code(), e[0] + ": " + x.err());
            assertTrue(Files.isRegularFile(out.resolve(e[1])), e[0] + " wrote " + e[1]);
        }
        long points = Files.size(tmp.resolve("out-semantickitti/sequences/00/velodyne/000001.bin")) / 16;
        assertEquals(points * 4, Files.size(tmp.resolve("out-semantickitti/sequences/00/labels/000001.label")));
        CommandLineTest.Result again = CommandLineTest.run("import", "json",
                tmp.resolve("out-json").toString(), "--project", tmp.resolve("Q").toString());
        assertEquals(0, again.code(), again.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CommandLineTest.Result r = CommandLineTest.run("export", "yaml", "--project", tmp.toString(), "--out",
                tmp.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown export format 'yaml'; one of kitti, kitti-tracking, coco, semantickitti,"
                + " openlabel, json"), r.err());
    }

    /** Issue #10 item 8: the data folder that was opened in the workspace finds its project, or says where. */
    @Test
    void exportOfADataFolderFindsItsProjectOrSaysWhereItWouldBe() throws Exception {
        Path data = TestData.file("kitti/object/training");
        Path home = tmp.resolve("projects");
        CommandLineTest.Result none = CommandLineTest.run("export", "kitti", "--project", data.toString(),
                "--projects", home.toString(), "--out", tmp.resolve("o1").toString(), "--quiet");
        assertEquals(2, none.code(), none.err());
        Path expected = home.resolve("object-training");
        assertTrue(none.err().contains("has no project yet: it would be " + expected), none.err());

        // what the workspace does on File > Open of the folder
        new dev.fuselage.project.ProjectOpener(home).open(data).close();
        CommandLineTest.Result found = CommandLineTest.run("export", "kitti", "--project", data.toString(),
                "--projects", home.toString(), "--out", tmp.resolve("o2").toString(), "--quiet");
        assertEquals(0, found.code(), found.err());
        assertTrue(found.err().contains("the project of data folder " + data + " is " + expected), found.err());
        assertTrue(Files.isRegularFile(tmp.resolve("o2/label_2/000001.txt")));
    }
}
