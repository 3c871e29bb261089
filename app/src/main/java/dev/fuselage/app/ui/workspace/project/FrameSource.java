package dev.fuselage.app.ui.workspace.project;

import dev.fuselage.io.store.ProjectDescriptor;
import dev.fuselage.io.store.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each frame's files lie: the cloud, and when present the camera image and the calibration. Built from a
 * project's referenced sources; frame ids are the cloud files' names without extension ({@code 000042}).
 */
public final class FrameSource {
    private static final String[] IMAGE_DIRS = {"image_2", "images", "image"};
    private static final String[] IMAGE_EXTS = {".png", ".jpg", ".jpeg"};

    private final Map<String, FrameFiles> frames;

    /**
     * The files of one frame.
     *
     * @param cloud point cloud
     * @param image camera image, if any
     * @param calib calibration file, if any
     * @param labels dataset label file, if any (KITTI {@code label_2})
     */
    public record FrameFiles(Path cloud, Optional<Path> image, Optional<Path> calib, Optional<Path> labels) {
    }

    private FrameSource(Map<String, FrameFiles> frames) {
        this.frames = frames;
    }

    /** The frames of every source of a project, in source order and then by name. */
    public static FrameSource of(Path projectFolder, ProjectDescriptor descriptor) throws IOException {
        Map<String, FrameFiles> all = new LinkedHashMap<>();
        for (SourceRef ref : descriptor.sources()) {
            all.putAll(scanFolder(DatasetLayout.ofSourceKind(ref.kind()), ref.resolve(projectFolder)));
        }
        return new FrameSource(all);
    }

    /** The frames of one data folder. */
    public static FrameSource scan(DatasetLayout layout, Path folder) throws IOException {
        return new FrameSource(scanFolder(layout, folder));
    }

    private static Map<String, FrameFiles> scanFolder(DatasetLayout layout, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": the project's data folder is missing");
        }
        Path cloudDir = layout == DatasetLayout.KITTI_OBJECT ? folder.resolve("velodyne") : folder;
        Map<String, FrameFiles> out = new LinkedHashMap<>();
        for (Path cloud : DatasetLayout.cloudFiles(cloudDir)) {
            String id = stem(cloud);
            out.put(id, new FrameFiles(cloud, image(folder, id), existing(folder.resolve("calib").resolve(id + ".txt")),
                    existing(folder.resolve("label_2").resolve(id + ".txt"))));
        }
        return out;
    }

    /** Frame ids in order. */
    public List<String> frameIds() {
        return new ArrayList<>(frames.keySet());
    }

    /** The files of a frame. */
    public FrameFiles files(String frameId) {
        FrameFiles f = frames.get(frameId);
        if (f == null) {
            throw new IllegalArgumentException("no frame '" + frameId + "' in the project's sources");
        }
        return f;
    }

    public boolean contains(String frameId) {
        return frames.containsKey(frameId);
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

    static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
