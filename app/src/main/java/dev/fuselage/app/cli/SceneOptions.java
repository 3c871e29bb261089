package dev.fuselage.app.cli;

import dev.fuselage.render.BackendChoice;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command that shows a cloud shares: KITTI labels to draw, their calibration, the renderer. */
final class SceneOptions {
    @Option(names = "--labels", paramLabel = "LABEL_2", description = "KITTI label file to draw as cuboids.")
    Path labels;

    @Option(names = "--calib", paramLabel = "CALIB", description = "KITTI calibration for --labels.")
    Path calib;

    @Option(names = "--backend", paramLabel = "gl|cpu|auto", defaultValue = "auto",
            description = "Renderer backend (default: ${DEFAULT-VALUE}).")
    String backend;

    Optional<Path> labels() {
        return Optional.ofNullable(labels);
    }

    Optional<Path> calib() {
        return Optional.ofNullable(calib);
    }

    /** The backend choice; an unknown name throws with the allowed values. */
    BackendChoice backend() {
        return BackendChoice.parse(backend);
    }
}
