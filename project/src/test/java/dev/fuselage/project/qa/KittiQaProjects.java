package dev.fuselage.project.qa;

import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiTrackingIO;
import dev.fuselage.io.kitti.KittiTrackingLabel;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Projects made from the shared KITTI imports, for the QA and comparison tests. */
public final class KittiQaProjects {
    /** The KITTI object sample: clouds, images, calibration and labels of 4 frames. */
    public static final String OBJECT = "kitti/object/training";
    /** The KITTI tracking labels of sequence 0000 (labels only, no clouds). */
    public static final String TRACKING = "kitti/tracking/training/label_02/0000.txt";

    private KittiQaProjects() {
    }

    /** A project over the KITTI object sample with its labels imported. */
    public static ProjectStore object(Path folder) throws IOException {
        return KittiImporter.createProject(TestData.file(OBJECT), folder, ExportProgress.NONE);
    }

    /**
     * A labels-only project with the tracking sequence imported; every frame from 0 to the last labelled one is
     * registered, so a track missing in a frame leaves a gap in the sequence. Calibration is the object sample's
     * frame 0 (the tracking sample comes without its own).
     */
    public static ProjectStore tracking(Path folder) throws IOException {
        Path file = TestData.file(TRACKING);
        KittiCalibration calib = KittiCalibrationIO.read(TestData.file(OBJECT + "/calib/000000.txt"));
        int last = KittiTrackingIO.read(file).stream().mapToInt(KittiTrackingLabel::frame).max().orElse(0);
        ProjectStore p = ProjectStore.create(folder, ProjectDescriptor.of("tracking 0000", "KITTI", List.of()));
        List<String> frames = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            frames.add(String.format("%06d", i));
        }
        p.annotations().registerFrames(frames);
        KittiImporter.importTracking(file, calib, p.annotations(), ExportProgress.NONE);
        return p;
    }
}
