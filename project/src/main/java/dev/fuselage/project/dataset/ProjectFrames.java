package dev.fuselage.project.dataset;

import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
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
 * Where each frame's source files lie, from the project's referenced sources: a KITTI object layout
 * ({@code velodyne/}, {@code image_2/}, {@code calib/}, {@code label_2/}) or a folder of clouds with optional
 * {@code image_2/}, {@code images/} and {@code calib/} beside them. Frame ids are the cloud files' names without
 * extension ({@code 000042}). A frame of the store with no files (data moved away, or a labels-only project) simply
 * has none.
 */
public final class ProjectFrames {
    private static final String[] IMAGE_DIRS = {"image_2", "images", "image"};
    private static final String[] IMAGE_EXTS = {".png", ".jpg", ".jpeg"};

    private final Map<String, FrameFiles> files;
    private final Optional<Path> sequenceCalib;

    /**
     * The source files of one frame.
     *
     * @param cloud  point cloud, if found
     * @param image  camera image (KITTI camera 2), if found
     * @param calib  KITTI calibration file, if found
     * @param labels dataset label file (KITTI {@code label_2}), if found
     */
    public record FrameFiles(Optional<Path> cloud, Optional<Path> image, Optional<Path> calib,
                             Optional<Path> labels) {
        /** A frame with no files. */
        public static final FrameFiles NONE = new FrameFiles(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private ProjectFrames(Map<String, FrameFiles> files, Optional<Path> sequenceCalib) {
        this.files = files;
        this.sequenceCalib = sequenceCalib;
    }

    /**
     * The frames of every source of a project; sources that are missing contribute none (export, import). A
     * {@link SequenceCalibration} serves every frame without a calibration of its own.
     */
    public static ProjectFrames of(ProjectStore project) throws IOException {
        Map<String, FrameFiles> all = new LinkedHashMap<>();
        for (SourceRef ref : project.descriptor().sources()) {
            Path folder = ref.resolve(project.folder());
            if (!SequenceCalibration.isCalibration(ref) && Files.isDirectory(folder)) {
                all.putAll(scan(folder));
            }
        }
        return new ProjectFrames(all, SequenceCalibration.of(project.folder(), project.descriptor()));
    }

    /**
     * The frames of every source of a project, in source order and then by name, for a viewer that cannot show a
     * frame without its cloud.
     *
     * @throws IOException when a source's data folder is missing (the message names it)
     */
    public static ProjectFrames requireSources(Path projectFolder, ProjectDescriptor descriptor) throws IOException {
        Map<String, FrameFiles> all = new LinkedHashMap<>();
        for (SourceRef ref : descriptor.sources()) {
            if (!SequenceCalibration.isCalibration(ref)) {
                all.putAll(scan(existingFolder(ref.resolve(projectFolder))));
            }
        }
        return new ProjectFrames(all, SequenceCalibration.of(projectFolder, descriptor));
    }

    /**
     * The frames of one data folder (KITTI object layout or a folder of clouds).
     *
     * @throws IOException when the folder is missing
     */
    public static ProjectFrames ofFolder(Path folder) throws IOException {
        return new ProjectFrames(scan(existingFolder(folder)), Optional.empty());
    }

    /** The frames of one data folder (KITTI object layout or a folder of clouds), by id. */
    public static Map<String, FrameFiles> scan(Path folder) throws IOException {
        Path cloudDir = Files.isDirectory(folder.resolve("velodyne")) ? folder.resolve("velodyne") : folder;
        Map<String, FrameFiles> out = new LinkedHashMap<>();
        List<Path> clouds;
        try (Stream<Path> s = Files.list(cloudDir)) {
            clouds = s.filter(Files::isRegularFile).filter(p -> PointCloudIO.byExtension(p).isPresent()).sorted()
                    .toList();
        }
        for (Path cloud : clouds) {
            String id = stem(cloud);
            out.put(id, new FrameFiles(Optional.of(cloud), image(folder, id),
                    existing(folder.resolve("calib").resolve(id + ".txt")),
                    existing(folder.resolve("label_2").resolve(id + ".txt"))));
        }
        return out;
    }

    /** Frame ids that have files, in source order and then by name. */
    public List<String> frameIds() {
        return new ArrayList<>(files.keySet());
    }

    /** Whether the sources hold files for a frame. */
    public boolean contains(String frameId) {
        return files.containsKey(frameId);
    }

    /**
     * The files of a frame; {@link FrameFiles#NONE} when the sources hold none for it, except for the project's
     * sequence calibration, which every frame without its own gets.
     */
    public FrameFiles files(String frameId) {
        FrameFiles f = files.getOrDefault(frameId, FrameFiles.NONE);
        if (f.calib().isEmpty() && sequenceCalib.isPresent()) {
            return new FrameFiles(f.cloud(), f.image(), sequenceCalib, f.labels());
        }
        return f;
    }

    /**
     * The cloud file of a frame.
     *
     * @throws IllegalArgumentException when the sources hold no cloud for it
     */
    public Path cloud(String frameId) {
        return files(frameId).cloud().orElseThrow(
                () -> new IllegalArgumentException("no frame '" + frameId + "' in the project's sources"));
    }

    private static Path existingFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": the project's data folder is missing");
        }
        return folder;
    }

    private static Optional<Path> image(Path folder, String id) {
        for (String dir : IMAGE_DIRS) {
            for (String ext : IMAGE_EXTS) {
                Path p = folder.resolve(dir).resolve(id + ext);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> existing(Path p) {
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** A file name without its extension. */
    public static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
