package dev.fuselage.project.dataset;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import reads: the dataset folder or label file, and the calibration that formats without one of their
 * own need ({@code kitti-tracking}: one file for the whole sequence).
 *
 * @param path  dataset folder or label file
 * @param calib a KITTI calibration file, when given
 */
public record ImportSource(Path path, Optional<Path> calib) {
    public ImportSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(calib, "calib");
    }

    /** A source with no calibration. */
    public static ImportSource of(Path path) {
        return new ImportSource(path, Optional.empty());
    }
}
