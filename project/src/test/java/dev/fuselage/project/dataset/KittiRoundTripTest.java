package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.dataset.kitti.KittiObjectExporter;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6, acceptance 1: import the KITTI training sample, export KITTI, compare line by line. */
class KittiRoundTripTest {
    @TempDir
    Path tmp;

    static final Path DATA = TestData.file("kitti/object/training");

    @Test
    void exportedLabelsMatchTheOriginalWithinPrintedPrecision() throws Exception {
        Path out = tmp.resolve("export");
        try (ProjectStore project = KittiImporter.createProject(DATA, tmp.resolve("p"), ExportProgress.NONE)) {
            DatasetExport.run(new KittiObjectExporter(), ExportSource.of(project, new CornerProjector()), out,
                    ExportProgress.NONE);
        }
        assertRoundTrip(DATA, out);
    }

    /** Compares every label file of {@code original} with the export's; shared with the app's fusion-backed test. */
    public static void assertRoundTrip(Path original, Path out) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(original.resolve("label_2"))) {
            files = s.sorted().toList();
        }
        assertEquals(4, files.size());
        for (Path f : files) {
            String name = f.getFileName().toString();
            List<KittiLabel> before = KittiLabelIO.read(f);
            List<KittiLabel> after = KittiLabelIO.read(out.resolve("label_2").resolve(name));
            List<String> dontCareBefore = before.stream().filter(KittiLabel::isDontCare).map(KittiLabelIO::format)
                    .sorted().toList();
            List<String> dontCareAfter = after.stream().filter(KittiLabel::isDontCare).map(KittiLabelIO::format)
                    .sorted().toList();
            assertEquals(dontCareBefore, dontCareAfter, name + ": DontCare lines survive");
            List<KittiLabel> objectsBefore = before.stream().filter(l -> !l.isDontCare()).toList();
            List<KittiLabel> objectsAfter = after.stream().filter(l -> !l.isDontCare()).toList();
            assertEquals(objectsBefore.size(), objectsAfter.size(), name + ": object count");
            for (KittiLabel b : objectsBefore) {
                KittiLabel a = objectsAfter.stream().filter(x -> x.type().equals(b.type())
                        && Math.abs(x.z() - b.z()) < 0.02 && Math.abs(x.x() - b.x()) < 0.02).findFirst()
                        .orElseThrow(() -> new AssertionError(name + ": no exported line for " + KittiLabelIO.format(b)));
                String what = name + " " + KittiLabelIO.format(b) + " vs " + KittiLabelIO.format(a);
                assertEquals(b.truncated(), a.truncated(), 0.005, what);
                assertEquals(b.occluded(), a.occluded(), what);
                assertEquals(0, angle(b.alpha() - a.alpha()), 0.01 + 1e-9, what + " alpha");
                assertEquals(b.height(), a.height(), 0.01 + 1e-9, what);
                assertEquals(b.width(), a.width(), 0.01 + 1e-9, what);
                assertEquals(b.length(), a.length(), 0.01 + 1e-9, what);
                assertEquals(b.x(), a.x(), 0.01 + 1e-9, what);
                assertEquals(b.y(), a.y(), 0.01 + 1e-9, what);
                assertEquals(b.z(), a.z(), 0.01 + 1e-9, what);
                assertEquals(0, angle(b.rotationY() - a.rotationY()), 0.01 + 1e-9, what + " rotation_y");
                double iou = iou(b, a);
                assertTrue(iou >= 0.85, what + ": 2D box IoU " + iou);
            }
        }
        for (String dir : new String[] {"calib", "velodyne", "image_2"}) {
            try (Stream<Path> s = Files.list(out.resolve(dir))) {
                assertEquals(4, s.count(), dir);
            }
        }
        assertEquals(List.of("000000", "000001", "000002", "000003"),
                Files.readAllLines(out.resolve("ImageSets/train.txt")));
    }

    private static double angle(double d) {
        return Math.IEEEremainder(d, 2 * Math.PI);
    }

    static double iou(KittiLabel a, KittiLabel b) {
        double w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        double inter = w > 0 && h > 0 ? w * h : 0;
        double union = (a.right() - a.left()) * (a.bottom() - a.top()) + (b.right() - b.left()) * (b.bottom() - b.top())
                - inter;
        return inter / union;
    }

    @Test
    void cancelledExportLeavesNothingAndSourcesAreUntouched() throws Exception {
        Path out = tmp.resolve("cancelled");
        long before = Files.getLastModifiedTime(DATA.resolve("label_2/000001.txt")).toMillis();
        try (ProjectStore project = KittiImporter.createProject(DATA, tmp.resolve("p"), ExportProgress.NONE)) {
            ExportProgress cancelAtFrame2 = new ExportProgress() {
                long done;

                @Override
                public void progress(long d, long total, String what) {
                    done = d;
                }

                @Override
                public boolean isCancelled() {
                    return done >= 2;
                }
            };
            assertThrows(ExportCancelledException.class, () -> DatasetExport.run(new KittiObjectExporter(),
                    ExportSource.of(project, new CornerProjector()), out, cancelAtFrame2));
        }
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("p"), s.map(p -> p.getFileName().toString()).toList(), "no temporary folder left");
        }
        assertEquals(before, Files.getLastModifiedTime(DATA.resolve("label_2/000001.txt")).toMillis());
    }

    @Test
    void exportRefusesAFolderThatHoldsFiles() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        try (ProjectStore project = KittiImporter.createProject(DATA, tmp.resolve("p"), ExportProgress.NONE)) {
            var e = assertThrows(java.io.IOException.class, () -> DatasetExport.run(new KittiObjectExporter(),
                    ExportSource.of(project, new CornerProjector()), out, ExportProgress.NONE));
            assertEquals(out + ": the export folder already exists and is not empty", e.getMessage());
        }
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void withoutAProjectorKittiExportSaysWhatIsMissing() throws Exception {
        try (ProjectStore project = KittiImporter.createProject(DATA, tmp.resolve("p"), ExportProgress.NONE)) {
            var e = assertThrows(java.io.IOException.class, () -> DatasetExport.run(new KittiObjectExporter(),
                    ExportSource.of(project, null), tmp.resolve("o"), ExportProgress.NONE));
            assertEquals("kitti export needs a camera projector to derive 2D boxes; none was given", e.getMessage());
        }
    }
}
