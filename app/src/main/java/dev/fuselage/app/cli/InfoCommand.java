package dev.fuselage.app.cli;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudFormat;
import dev.fuselage.io.PointCloudIO;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fuselage info FILE [--json]}: format, point count, fields and bounds of a point-cloud file. */
@Command(name = "info", description = "Show format, point count, fields and bounds of a point-cloud file.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A .bin, .pcd, .ply, .las or .laz file.")
    Path file;

    @Option(names = "--json", description = "Print JSON (keys: format, points, fields, bounds{min,max}, ...).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PointCloudFormat format = PointCloudIO.detect(file);
        PointCloud cloud = PointCloudIO.read(file);
        CloudSummary summary = new CloudSummary(file, format.name(), cloud);
        spec.commandLine().getOut().println(json ? summary.toJson() : summary.toText().stripTrailing());
        return 0;
    }
}
