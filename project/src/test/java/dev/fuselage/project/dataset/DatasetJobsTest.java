package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export through the app's fusion-backed projector: issue 6 acceptance 1 and 5. */
class DatasetJobsTest {
    @TempDir
    Path tmp;

    @Test
    void kittiImportThenExportMatchesTheOriginalWithFusionDerivedBoxes() throws Exception {
        Path data = TestData.file("kitti/object/training");
        Path out = tmp.resolve("out");
        try (ProjectStore p = KittiImporter.createProject(data, tmp.resolve("p"), ExportProgress.NONE)) {
            DatasetJobs.export(p, "kitti", out, ExportProgress.NONE);
        }
        int compared = 0;
        for (String id : List.of("000000", "000001", "000002", "000003")) {
            List<KittiLabel> before = KittiLabelIO.read(data.resolve("label_2/" + id + ".txt"));
            List<KittiLabel> after = KittiLabelIO.read(out.resolve("label_2/" + id + ".txt"));
            // DontCare lines survive verbatim (their order within the file carries no meaning)
            assertEquals(before.stream().filter(KittiLabel::isDontCare).map(KittiLabelIO::format).sorted().toList(),
                    after.stream().filter(KittiLabel::isDontCare).map(KittiLabelIO::format).sorted().toList(), id);
            for (KittiLabel b : before.stream().filter(l -> !l.isDontCare()).toList()) {
                KittiLabel a = after.stream().filter(l -> l.type().equals(b.type()) && Math.abs(l.z() - b.z()) < 0.02)
                        .findFirst().orElseThrow(() -> new AssertionError(id + ": missing " + KittiLabelIO.format(b)));
                String what = id + ": " + KittiLabelIO.format(b) + " vs " + KittiLabelIO.format(a);
                assertEquals(b.truncated(), a.truncated(), 0.005, what);
                assertEquals(b.occluded(), a.occluded(), what);
                for (double[] pair : new double[][] {{b.alpha(), a.alpha()}, {b.rotationY(), a.rotationY()}}) {
                    assertEquals(0, Math.IEEEremainder(pair[0] - pair[1], 2 * Math.PI), 0.01 + 1e-9, what);
                }
                double[] x = {b.height(), b.width(), b.length(), b.x(), b.y(), b.z()};
                double[] y = {a.height(), a.width(), a.length(), a.x(), a.y(), a.z()};
                for (int i = 0; i < x.length; i++) {
                    assertEquals(x[i], y[i], 0.01 + 1e-9, what);
                }
                double iou = iou(a, b);
                assertTrue(iou >= 0.85, what + " IoU " + iou);
                compared++;
            }
        }
        assertEquals(7, compared);
    }

    static double iou(KittiLabel a, KittiLabel b) {
        double w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        double inter = w > 0 && h > 0 ? w * h : 0;
        return inter / ((a.right() - a.left()) * (a.bottom() - a.top()) + (b.right() - b.left()) * (b.bottom()
                - b.top()) - inter);
    }

    /**
     * A 1,000-frame export reports forward-moving progress to the end. How long it takes is measured by
     * {@code bench/.../DatasetExportBenchmark} (BENCHMARKS.md), not asserted here: a wall-clock bound in a unit
     * test fails on a loaded machine whatever the code does.
     */
    @Test
    void thousandFramesExportWithForwardMovingProgress() throws Exception {
        Path data = ExportFixtures.kittiFolder(tmp.resolve("data"), 1000, 6);
        try (ProjectStore p = KittiImporter.createProject(data, tmp.resolve("p"), ExportProgress.NONE)) {
            assertEquals(5000, p.annotations().allObjects().size());
            for (String format : List.of("kitti", "json")) {
                AtomicLong calls = new AtomicLong();
                AtomicLong last = new AtomicLong(-1);
                ExportProgress bar = new ExportProgress() {
                    @Override
                    public void progress(long done, long total, String what) {
                        calls.incrementAndGet();
                        assertTrue(done >= last.get(), "progress only moves forward");
                        last.set(done);
                        assertEquals(1000, total);
                    }
                };
                DatasetJobs.export(p, format, tmp.resolve(format), bar);
                assertEquals(1000, last.get());
                assertTrue(calls.get() >= 1000);
            }
            try (var s = Files.list(tmp.resolve("kitti/label_2"))) {
                assertEquals(1000, s.count());
            }
        }
    }
}
