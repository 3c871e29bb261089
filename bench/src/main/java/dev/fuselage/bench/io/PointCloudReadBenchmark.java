package dev.fuselage.bench.io;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fuselage reading each generated file through the public registry, {@link PointCloudIO#read(Path)}: the call
 * the application makes. One invocation per iteration (single-shot), so the runner can take the median of the
 * iterations just as the peers take the median of their runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class PointCloudReadBenchmark {
    @Param({"120k", "1M", "10M"})
    public String size;

    @Param({"bin", "pcd-ascii", "pcd-binary", "pcd-compressed", "ply", "las", "laz"})
    public String format;

    private Path file;

    @Setup
    public void locate() throws IOException {
        CloudSize cloudSize = CloudSize.of(size);
        file = BenchFile.of(format).file(cloudSize);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run bench/run-io-bench.sh (or GenerateClouds)");
        }
        if (PointCloudIO.byExtension(file).isEmpty()) {
            throw new IllegalStateException("no reader registered for " + file.getFileName() + " (pending merge)");
        }
        int n = PointCloudIO.read(file).size();
        long expected = BenchFile.of(format).expectedPoints(file, cloudSize);
        if (n != expected) {
            throw new IllegalStateException(file + " read as " + n + " points, expected " + expected);
        }
    }

    @Benchmark
    public PointCloud read() throws IOException {
        return PointCloudIO.read(file);
    }
}
