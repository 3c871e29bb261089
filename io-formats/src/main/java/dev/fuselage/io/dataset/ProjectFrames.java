package dev.fuselage.io.dataset;

import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.store.ProjectStore;
import dev.fuselage.io.store.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where each frame's source files lie, from the project's referenced sources: a KITTI object layout
 * ({@code velodyne/}, {@code image_2/}, {@code calib/}) or a folder of clouds with optional {@code image_2/},
 * {@code images/} and {@code calib/} beside them. Frame ids are the cloud files' names without extension. A frame
 * of the store with no files (data moved away, or a labels-only project) simply has none.
 */
public final class ProjectFrames {
    private static final String[] IMAGE_DIRS = {"image_2", "images", "image"};
    private static final String[] IMAGE_EXTS = {".png", ".jpg", ".jpeg"};

    private final Map<String, FrameFiles> files;

    /**
     * The source files of one frame.
     *
     * @param cloud point cloud, if found
     * @param image camera image (KITTI camera 2), if found
     * @param calib KITTI calibration file, if found
     */
    public record FrameFiles(Optional<Path> cloud, Optional<Path> image, Optional<Path> calib) {
        /** A frame with no files. */
        public static final FrameFiles NONE = new FrameFiles(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private ProjectFrames(Map<String, FrameFiles> files) {
        this.files = files;
    }

    /** The frames of every source of a project; sources that are missing contribute none. */
    public static ProjectFrames of(ProjectStore project) throws IOException {
        Map<String, FrameFiles> all = new LinkedHashMap<>();
        for (SourceRef ref : project.descriptor().sources()) {
            Path folder = ref.resolve(project.folder());
            if (Files.isDirectory(folder)) {
                all.putAll(scan(folder));
            }
        }
        return new ProjectFrames(all);
    }

    /** The frames of one data folder (KITTI object layout or a folder of clouds). */
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
                    existing(folder.resolve("calib").resolve(id + ".txt"))));
        }
        return out;
    }

    /** The files of a frame; {@link FrameFiles#NONE} when the sources hold none for it. */
    public FrameFiles files(String frameId) {
        return files.getOrDefault(frameId, FrameFiles.NONE);
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
