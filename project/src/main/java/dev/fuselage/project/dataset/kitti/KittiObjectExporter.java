package dev.fuselage.project.dataset.kitti;

import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import dev.fuselage.project.dataset.CameraFrame;
import dev.fuselage.project.dataset.DatasetExporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import dev.fuselage.project.dataset.FileCopies;
import dev.fuselage.project.dataset.FrameLoop;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.project.store.ImageAnnotation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KITTI object benchmark layout: {@code label_2/} (one line per object visible in camera 2, then the frame's
 * DontCare regions), {@code calib/}, {@code velodyne/} and {@code image_2/} (hard-linked or copied; clouds in
 * other formats are converted to KITTI {@code .bin}) and {@code ImageSets/train.txt} listing every frame.
 */
public final class KittiObjectExporter implements DatasetExporter {
    @Override
    public String format() {
        return "kitti";
    }

    @Override
    public String description() {
        return "KITTI object (label_2, calib, velodyne, image_2, ImageSets)";
    }

    @Override
    public void export(ExportSource source, Path out, ExportProgress progress) throws IOException {
        List<String> frames = source.frameIds();
        for (String dir : new String[] {"label_2", "calib", "velodyne", "image_2", "ImageSets"}) {
            Files.createDirectories(out.resolve(dir));
        }
        FrameLoop.run(frames, progress, (i, id) -> {
            CameraFrame frame = CameraFrame.of(source, id, format());
            List<KittiLabel> lines = new ArrayList<>(KittiObjectLabels.labels(frame));
            for (ImageAnnotation a : source.store().imageAnnotations(id)) {
                if (a.isDontCare() && a.camera().equals(CameraFrame.CAMERA_NAME)) {
                    lines.add(KittiObjectLabels.dontCare(a));
                }
            }
            KittiLabelIO.write(lines, out.resolve("label_2").resolve(id + ".txt"));
            copySources(source.files(id), id, out);
        });
        Files.write(out.resolve("ImageSets").resolve("train.txt"), frames, StandardCharsets.US_ASCII);
    }

    /** Calibration, cloud and image of a frame into the layout; the sources are only read. */
    static void copySources(ProjectFrames.FrameFiles files, String id, Path out) throws IOException {
        if (files.calib().isPresent()) {
            FileCopies.linkOrCopy(files.calib().get(), out.resolve("calib").resolve(id + ".txt"));
        }
        Optional<Path> cloud = files.cloud();
        if (cloud.isPresent()) {
            Path target = out.resolve("velodyne").resolve(id + ".bin");
            if (cloud.get().getFileName().toString().endsWith(".bin")) {
                FileCopies.linkOrCopy(cloud.get(), target);
            } else {
                PointCloudIO.write(PointCloudIO.read(cloud.get()), target, WriteOptions.DEFAULT);
            }
        }
        if (files.image().isPresent()) {
            Path image = files.image().get();
            String name = image.getFileName().toString();
            FileCopies.linkOrCopy(image, out.resolve("image_2").resolve(id + name.substring(name.lastIndexOf('.'))));
        }
    }
}
