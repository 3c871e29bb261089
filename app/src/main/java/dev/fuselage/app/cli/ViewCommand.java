package dev.fuselage.app.cli;

import dev.fuselage.app.ui.FuselageApp;
import dev.fuselage.render.BackendChoice;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fuselage view CLOUD [--labels L --calib C]}: opens the desktop viewer on a cloud. */
@Command(name = "view", description = "Open a point cloud (and optional KITTI labels) in the desktop viewer, or a folder (Fuselage project, KITTI object folder, folder of clouds) in the annotation workspace.")
final class ViewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CLOUD", description = "Point-cloud file, or a project or data folder.")
    Path cloud;

    @Option(names = "--labels", paramLabel = "LABEL_2", description = "KITTI label file to draw as cuboids.")
    Path labels;

    @Option(names = "--calib", paramLabel = "CALIB", description = "KITTI calibration for --labels.")
    Path calib;

    @Option(names = "--backend", paramLabel = "gl|cpu|auto", defaultValue = "auto",
            description = "Renderer backend (default: ${DEFAULT-VALUE}).")
    String backend;

    @Override
    public Integer call() {
        FuselageApp.launchDesktop(FuselageApp.arguments(cloud, Optional.ofNullable(labels),
                Optional.ofNullable(calib), BackendChoice.parse(backend)));
        return 0;
    }
}
