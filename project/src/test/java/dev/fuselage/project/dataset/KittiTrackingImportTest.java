package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiTrackingIO;
import dev.fuselage.io.kitti.KittiTrackingLabel;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KITTI tracking labels import with their tracks, DontCare as regions, boxes back to the same placement. */
class KittiTrackingImportTest {
    @TempDir
    Path tmp;

    @Test
    void trackingLabelsImportWithTracksAndRegions() throws Exception {
        Path file = TestData.file("kitti/tracking/training/label_02/0000.txt");
        KittiCalibration calib = KittiCalibrationIO.read(TestData.file("kitti/object/training/calib/000000.txt"));
        List<KittiTrackingLabel> lines = KittiTrackingIO.read(file);
        try (ProjectStore p = ProjectStore.create(tmp.resolve("p"), ProjectDescriptor.of("t", "KITTI", List.of()))) {
            AnnotationStore store = p.annotations();
            var r = KittiImporter.importTracking(file, calib, store, ExportProgress.NONE);
            long dontCare = lines.stream().filter(l -> l.label().isDontCare()).count();
            assertEquals(lines.size() - dontCare, r.objects());
            assertEquals(dontCare, r.regions());
            assertEquals(dontCare, store.allImageAnnotations().size());
            KittiTrackingLabel van = lines.stream().filter(l -> l.label().type().equals("Van")).findFirst()
                    .orElseThrow();
            ObjectAnnotation o = store.objects(String.format("%06d", van.frame())).stream()
                    .filter(x -> x.trackId().value() == van.trackId() + 1).findFirst().orElseThrow();
            double[] cam = KittiBoxes.toCamera(o.box(), calib);
            assertEquals(van.label().x(), cam[0], 1e-6);
            assertEquals(van.label().y(), cam[1], 1e-6);
            assertEquals(van.label().z(), cam[2], 1e-6);
            // an upright lidar box cannot hold the slight tilt R0_rect gives the camera's y axis: ~3e-5 rad
            assertEquals(van.label().rotationY(), cam[3], 1e-4);
            assertEquals(0L, o.attributes().get("truncation_level"));
            // one track per KITTI track id across the sequence
            long tracks = lines.stream().filter(l -> !l.label().isDontCare()).mapToLong(KittiTrackingLabel::trackId)
                    .distinct().count();
            assertEquals(tracks, store.allObjects().stream().map(ObjectAnnotation::trackId).distinct().count());
        }
    }
}
