package dev.fuselage.project.dataset.kitti;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.project.dataset.CameraFrame;
import dev.fuselage.project.dataset.DatasetExporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import dev.fuselage.project.dataset.FileCopies;
import dev.fuselage.project.dataset.FrameLoop;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiTrackingIO;
import dev.fuselage.io.kitti.KittiTrackingLabel;
import dev.fuselage.project.store.ImageAnnotation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * KITTI tracking layout for the project as one sequence {@code 0000}: {@code label_02/0000.txt} (frame index, track
 * id, object fields; DontCare regions with track -1), {@code velodyne/0000/}, {@code image_02/0000/} and
 * {@code calib/0000.txt} (the first frame's calibration: a tracking sequence has one). Track ids are the project's
 * minus one, so KITTI's 0-based ids survive an import and export unchanged.
 */
public final class KittiTrackingExporter implements DatasetExporter {
    /** The sequence name the project is written as. */
    public static final String SEQUENCE = "0000";

    @Override
    public String format() {
        return "kitti-tracking";
    }

    @Override
    public String description() {
        return "KITTI tracking (label_02/<seq>.txt, velodyne, image_02, calib)";
    }

    @Override
    public void export(ExportSource source, Path out, ExportProgress progress) throws IOException {
        List<KittiTrackingLabel> lines = new ArrayList<>();
        FrameLoop.run(source.frameIds(), progress, (i, id) -> {
            CameraFrame frame = CameraFrame.of(source, id, format());
            for (ImageAnnotation a : source.store().imageAnnotations(id)) {
                if (a.isDontCare() && a.camera().equals(CameraFrame.CAMERA_NAME)) {
                    lines.add(new KittiTrackingLabel(i, -1, dontCare(a)));
                }
            }
            List<KittiLabel> labels = KittiObjectLabels.labels(frame);
            int k = 0;
            for (int j = 0; j < frame.objects().size(); j++) {
                if (frame.projected().get(j) == null) {
                    continue;
                }
                ObjectAnnotation o = frame.objects().get(j);
                lines.add(new KittiTrackingLabel(i, o.trackId().value() - 1, withLevel(labels.get(k++), o)));
            }
            copy(source.files(id), id, out, i == 0);
        });
        KittiTrackingIO.write(lines, out.resolve("label_02").resolve(SEQUENCE + ".txt"));
    }

    /** Tracking truncation is a level 0/1/2: the imported level when kept, else one from the fraction. */
    private static KittiLabel withLevel(KittiLabel l, ObjectAnnotation o) {
        OptionalDouble kept = KittiObjectLabels.number(o, KittiObjectLabels.TRUNCATION_LEVEL);
        double t = l.truncated();
        double level = kept.isPresent() ? kept.getAsDouble() : t < 0.05 ? 0 : t < 0.5 ? 1 : 2;
        return new KittiLabel(l.type(), level, l.occluded(), l.alpha(), l.left(), l.top(), l.right(), l.bottom(),
                l.height(), l.width(), l.length(), l.x(), l.y(), l.z(), l.rotationY(), l.score());
    }

    /** The tracking benchmark's DontCare fillers (they differ from the object benchmark's). */
    static KittiLabel dontCare(ImageAnnotation a) {
        return new KittiLabel(KittiLabel.DONT_CARE, -1, -1, -10, a.left(), a.top(), a.right(), a.bottom(),
                -1000, -1000, -1000, -10, -1, -1, -1, OptionalDouble.empty());
    }

    private static void copy(ProjectFrames.FrameFiles files, String id, Path out, boolean first) throws IOException {
        if (first && files.calib().isPresent()) {
            FileCopies.linkOrCopy(files.calib().get(), out.resolve("calib").resolve(SEQUENCE + ".txt"));
        }
        if (files.cloud().isPresent() && files.cloud().get().getFileName().toString().endsWith(".bin")) {
            FileCopies.linkOrCopy(files.cloud().get(), out.resolve("velodyne").resolve(SEQUENCE).resolve(id + ".bin"));
        }
        if (files.image().isPresent()) {
            String name = files.image().get().getFileName().toString();
            FileCopies.linkOrCopy(files.image().get(),
                    out.resolve("image_02").resolve(SEQUENCE).resolve(id + name.substring(name.lastIndexOf('.'))));
        }
    }
}
