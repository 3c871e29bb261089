package dev.fuselage.project.compare;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The boxes a comparison reads, per frame id: a project's objects, or a KITTI label folder's
 * ({@code label_2/*.txt}, boxes put into the lidar frame through {@code calib/}, {@code DontCare} left out).
 *
 * @param name   what the set is, for messages
 * @param frames each frame's boxes, in frame order
 */
public record LabelSet(String name, Map<String, List<LabeledBox>> frames) {

    /** A project's objects. */
    public static LabelSet of(ProjectStore project) {
        Map<String, List<LabeledBox>> frames = new LinkedHashMap<>();
        for (String f : project.annotations().frames()) {
            frames.put(f, new ArrayList<>());
        }
        for (ObjectAnnotation o : project.annotations().allObjects()) {
            frames.computeIfAbsent(o.frameId(), f -> new ArrayList<>())
                    .add(new LabeledBox(o.frameId(), Optional.of(o.trackId()), o.className(), o.box()));
        }
        return new LabelSet(project.folder().toString(), frames);
    }

    /**
     * A KITTI object folder's labels: {@code folder/label_2} (or {@code folder} itself when it holds the
     * {@code .txt} files) with calibrations in the sibling {@code calib/}.
     *
     * @throws IOException when a label or calibration file is missing or malformed (the message names it)
     */
    public static LabelSet ofKittiFolder(Path folder) throws IOException {
        Path labels = Files.isDirectory(folder.resolve("label_2")) ? folder.resolve("label_2") : folder;
        Path root = labels.equals(folder) ? folder.getParent() : folder;
        Path calibs = root == null ? null : root.resolve("calib");
        if (calibs == null || !Files.isDirectory(calibs)) {
            throw new IOException(folder + ": not a KITTI label folder (no label_2/ with a calib/ beside it)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(labels)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, List<LabeledBox>> frames = new LinkedHashMap<>();
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
            List<LabeledBox> boxes = new ArrayList<>();
            KittiCalibration calib = null;
            for (KittiLabel l : KittiLabelIO.read(file)) {
                if (l.isDontCare()) {
                    continue;
                }
                if (calib == null) {
                    calib = KittiCalibrationIO.read(calibs.resolve(id + ".txt"));
                }
                boxes.add(new LabeledBox(id, Optional.empty(), l.type(), KittiBoxes.toLidar(l, calib)));
            }
            frames.put(id, boxes);
        }
        return new LabelSet(folder.toString(), frames);
    }

    /** The boxes of a frame; none when the set lacks the frame. */
    public List<LabeledBox> boxes(String frameId) {
        return frames.getOrDefault(frameId, List.of());
    }
}
