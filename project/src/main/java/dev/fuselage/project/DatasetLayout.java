package dev.fuselage.project;

import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a folder the user opened holds: a Fuselage project, a KITTI object layout or a folder of clouds. */
public enum DatasetLayout {
    /** A folder with {@code project.json}. */
    PROJECT,
    /** KITTI object layout: {@code velodyne/} (+ {@code image_2/}, {@code calib/}, optional {@code label_2/}). */
    KITTI_OBJECT,
    /** Point-cloud files in any supported format (+ optional images and calibration beside them). */
    CLOUD_FOLDER;

    /** The source kind written into {@code project.json} for the data layouts. */
    public String sourceKind() {
        return switch (this) {
            case KITTI_OBJECT -> "kitti-object";
            case CLOUD_FOLDER -> "cloud-folder";
            case PROJECT -> throw new IllegalStateException("a project is not a data source");
        };
    }

    /** The layout of a source kind read back from {@code project.json}. */
    public static DatasetLayout ofSourceKind(String kind) {
        return switch (kind) {
            case "kitti-object" -> KITTI_OBJECT;
            case "cloud-folder" -> CLOUD_FOLDER;
            default -> throw new IllegalArgumentException("unknown source kind '" + kind + "'");
        };
    }

    /**
     * Looks at a folder and names its layout.
     *
     * @throws IOException when it is none of them (the message says what was expected)
     */
    public static DatasetLayout detect(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": not a folder");
        }
        if (Files.isRegularFile(folder.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            return PROJECT;
        }
        if (Files.isDirectory(folder.resolve("velodyne"))) {
            return KITTI_OBJECT;
        }
        if (!cloudFiles(folder).isEmpty()) {
            return CLOUD_FOLDER;
        }
        throw new IOException(folder + ": neither a Fuselage project (project.json), a KITTI object folder "
                + "(velodyne/) nor a folder of point clouds");
    }

    /** The point-cloud files directly in a folder (by registered extension), sorted by name. */
    public static List<Path> cloudFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(DatasetLayout::isCloudFile).sorted().toList();
        }
    }

    private static boolean isCloudFile(Path p) {
        return PointCloudIO.byExtension(p).isPresent();
    }
}
