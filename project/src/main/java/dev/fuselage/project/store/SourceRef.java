package dev.fuselage.project.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A data source the project labels, referenced where it lies and never copied into the project.
 *
 * @param kind dataset layout or format name, e.g. {@code kitti-raw}, {@code pcd-folder}
 * @param path folder or file; relative paths are relative to the project folder, so a project and its data can
 *             move together
 */
public record SourceRef(String kind, String path) {
    public SourceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    /** The source's location on this machine. */
    public Path resolve(Path projectFolder) {
        return projectFolder.resolve(path).normalize();
    }
}
