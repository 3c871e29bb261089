package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.semantickitti.LabelFile;
import dev.fuselage.project.dataset.semantickitti.LabeledCloudExporter;
import dev.fuselage.project.dataset.semantickitti.SemanticKittiExporter;
import dev.fuselage.project.dataset.semantickitti.SemanticKittiImporter;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SemanticKITTI in and out: import → export gives the {@code .label} files back bitwise (the real sample and
 * generated labels on a real KITTI scan); PCD and PLY exports carry {@code label} and {@code instance}, which PCL
 * and Open3D read back.
 */
class SemanticKittiImportTest {
    private static final Path SAMPLE = TestData.file("semantickitti/mmdet3d-subset");
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path tmp;

    @Test
    void realSampleRoundTripsBitwise() throws Exception {
        Path out = tmp.resolve("out");
        try (ProjectStore p = SemanticKittiImporter.createProject(SAMPLE, tmp.resolve("p"), ExportProgress.NONE)) {
            assertEquals(List.of("000000"), p.annotations().frames());
            PointLabels labels = p.annotations().pointLabels("000000").orElseThrow();
            assertEquals(50, labels.pointCount());
            DatasetExport.run(new SemanticKittiExporter(), ExportSource.of(p, null), out, ExportProgress.NONE);
        }
        assertArrayEquals(Files.readAllBytes(SAMPLE.resolve("sequences/00/labels/000000.label")),
                Files.readAllBytes(out.resolve("sequences/00/labels/000000.label")));
        // the project reopens with its ontology
        try (ProjectStore p = ProjectStore.open(tmp.resolve("p"))) {
            assertEquals("semantickitti", p.descriptor().ontology());
            assertEquals("SemanticKITTI", dev.fuselage.project.ProjectOntology.of(p).name());
        }
    }

    @Test
    void generatedLabelsOnARealScanRoundTripBitwise() throws Exception {
        Path seq = sequenceWithGeneratedLabels();
        Path out = tmp.resolve("out");
        try (ProjectStore p = SemanticKittiImporter.createProject(seq.getParent().getParent(), tmp.resolve("p"),
                ExportProgress.NONE)) {
            DatasetExport.run(new SemanticKittiExporter(), ExportSource.of(p, null), out, ExportProgress.NONE);
        }
        assertArrayEquals(Files.readAllBytes(seq.resolve("labels/000001.label")),
                Files.readAllBytes(out.resolve("sequences/00/labels/000001.label")));
    }

    @Test
    void aLabelFileOfTheWrongSizeIsRefusedNamingIt() throws Exception {
        Path seq = sequenceWithGeneratedLabels();
        LabelFile.write(new int[] {1, 2, 3}, seq.resolve("labels/000001.label"));
        FormatException e = assertThrows(FormatException.class,
                () -> SemanticKittiImporter.createProject(seq, tmp.resolve("p"), ExportProgress.NONE).close());
        assertTrue(e.getMessage().startsWith("000001.label: holds 3 labels but its scan has"), e.getMessage());
        IOException none = assertThrows(IOException.class,
                () -> SemanticKittiImporter.sequenceFolder(tmp.resolve("nothing")));
        assertTrue(none.getMessage().contains("not a SemanticKITTI sequence"), none.getMessage());
    }

    @Test
    void pcdAndPlyExportsCarryLabelsThatPclAndOpen3dRead() throws Exception {
        Path seq = sequenceWithGeneratedLabels();
        int[] packed = LabelFile.read(seq.resolve("labels/000001.label"));
        Path pcdOut = tmp.resolve("pcd");
        Path plyOut = tmp.resolve("ply");
        try (ProjectStore p = SemanticKittiImporter.createProject(seq, tmp.resolve("p"), ExportProgress.NONE)) {
            DatasetExport.run(LabeledCloudExporter.pcd(), ExportSource.of(p, null), pcdOut, ExportProgress.NONE);
            DatasetExport.run(LabeledCloudExporter.ply(), ExportSource.of(p, null), plyOut, ExportProgress.NONE);
        }
        Path pcd = pcdOut.resolve("000001.pcd");
        Path ply = plyOut.resolve("000001.ply");
        assertLabels(PointCloudIO.read(pcd), packed);
        assertLabels(PointCloudIO.read(ply), packed);

        Path pclConvert = onPath("pcl_convert_pcd_ascii_binary");
        if (pclConvert != null) {
            // PCL loads our binary PCD and writes it as ascii: its fields and values must survive
            Path viaPcl = tmp.resolve("pcl.pcd");
            run(pclConvert.toString(), pcd.toString(), viaPcl.toString(), "0");
            assertLabels(PointCloudIO.read(viaPcl), packed);
        }
        Path pclPly = onPath("pcl_ply2pcd");
        if (pclPly != null) {
            Path viaPcl = tmp.resolve("pcl-from-ply.pcd");
            run(pclPly.toString(), "-format", "0", ply.toString(), viaPcl.toString());
            assertLabels(PointCloudIO.read(viaPcl), packed);
        }
        if (open3dAvailable()) {
            String script = "import open3d as o3d, numpy as np, sys\n"
                    + "pc = o3d.t.io.read_point_cloud(sys.argv[1])\n"
                    + "l = pc.point['label'].numpy().astype(np.int64).ravel()\n"
                    + "i = pc.point['instance'].numpy().astype(np.int64).ravel()\n"
                    + "print(len(l))\n"
                    + "print(int((l * 7 + i * 13 + np.arange(len(l)) % 101 * l).sum()))\n";
            List<String> o3d = run(PYTHON, "-c", script, pcd.toString());
            long expected = 0;
            for (int k = 0; k < packed.length; k++) {
                long l = packed[k] & 0xFFFF, inst = packed[k] >>> 16;
                expected += l * 7 + inst * 13 + (k % 101) * l;
            }
            assertEquals(Integer.toString(packed.length), o3d.get(0));
            assertEquals(Long.toString(expected), o3d.get(1));
        }
        assumeTrue(pclConvert != null && open3dAvailable(), "PCL or Open3D missing: their checks were skipped");
    }

    /** A sequence folder with KITTI training scan 000001 and random labels (16-bit class and instance). */
    private Path sequenceWithGeneratedLabels() throws IOException {
        Path seq = tmp.resolve("sk/sequences/00");
        Files.createDirectories(seq.resolve("velodyne"));
        Files.createDirectories(seq.resolve("labels"));
        Path scan = TestData.file("kitti/object/training/velodyne/000001.bin");
        Files.copy(scan, seq.resolve("velodyne/000001.bin"));
        int n = (int) (Files.size(scan) / 16);
        Random r = new Random(3);
        int[] packed = new int[n];
        for (int i = 0; i < n; i++) {
            packed[i] = r.nextInt(); // every 16-bit class and instance, high bit included
        }
        LabelFile.write(packed, seq.resolve("labels/000001.label"));
        return seq;
    }

    private static void assertLabels(PointCloud cloud, int[] packed) {
        AttributeColumn label = cloud.column(LabeledCloudExporter.LABEL).orElseThrow();
        AttributeColumn instance = cloud.column(LabeledCloudExporter.INSTANCE).orElseThrow();
        assertEquals(packed.length, cloud.size());
        for (int i = 0; i < packed.length; i++) {
            assertEquals(packed[i] & 0xFFFF, label.getLong(i), "label " + i);
            assertEquals(packed[i] >>> 16, instance.getLong(i), "instance " + i);
        }
    }

    private static Path onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean open3dAvailable() throws InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import open3d").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + out);
        return new ArrayList<>(out.lines().filter(l -> !l.isBlank()).toList());
    }
}
