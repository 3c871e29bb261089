package dev.fuselage.app.cli;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fuselage convert IN OUT}: converts between point-cloud formats (chosen by extension); every field both
 * formats can carry survives. The output appears atomically.
 */
@Command(name = "convert", description = "Convert a point cloud to another format (chosen by the extension of OUT).")
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "Input point-cloud file.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output file: .bin, .pcd, .ply or .las.")
    Path out;

    @Option(names = "--encoding", paramLabel = "ENC",
            description = "Output encoding where the format has several: PCD ascii|binary|binary_compressed, "
                    + "PLY ascii|binary_little_endian.")
    String encoding;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PointCloud cloud = PointCloudIO.read(in);
        for (String w : cloud.warnings()) {
            spec.commandLine().getErr().println("warning: " + in.getFileName() + ": " + w);
        }
        PointCloudIO.write(cloud, out, encoding == null ? WriteOptions.DEFAULT : WriteOptions.encoding(encoding));
        spec.commandLine().getOut().println("wrote " + cloud.size() + " points to " + out);
        return 0;
    }
}
