package dev.fuselage.app.cli;

import dev.fuselage.app.ui.FuselageApp;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code fuselage view CLOUD [--labels L --calib C]}: opens the desktop viewer on a cloud. */
@Command(name = "view", description = "Open a point cloud (and optional KITTI labels) in the desktop viewer, or a folder (Fuselage project, KITTI object folder, folder of clouds) in the annotation workspace.")
final class ViewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CLOUD", description = "Point-cloud file, or a project or data folder.")
    Path cloud;

    @Mixin
    SceneOptions shown;

    @Override
    public Integer call() {
        FuselageApp.launchDesktop(FuselageApp.arguments(cloud, shown.labels(), shown.calib(), shown.backend()));
        return 0;
    }
}
