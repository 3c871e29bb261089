package dev.fuselage.bench.io;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.las.LazFormat;
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
 * Fuselage's LAZ reader pinned to one decoding thread ({@code new LazFormat(1)}, the switch its tests use; there
 * is no system property for it), the same code as {@link PointCloudReadBenchmark}'s {@code laz} row without the
 * chunk parallelism. The pair shows what decoding chunks in parallel buys on this machine, and stands in for the
 * single-threaded LASzip the issue compares against (Debian has no C++ LASzip).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class LazSingleThreadReadBenchmark {
    @Param({"120k", "1M", "10M"})
    public String size;

    private final LazFormat oneThread = new LazFormat(1);
    private Path file;

    @Setup
    public void locate() throws IOException {
        CloudSize cloudSize = CloudSize.of(size);
        file = BenchFile.LAZ.file(cloudSize);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run bench/run-io-bench.sh (or RepeatLazChunks)");
        }
        long expected = BenchFile.LAZ.expectedPoints(file, cloudSize);
        int n = oneThread.read(file).size();
        if (n != expected) {
            throw new IllegalStateException(file + " read as " + n + " points, expected " + expected);
        }
    }

    @Benchmark
    public PointCloud read() throws IOException {
        return oneThread.read(file);
    }
}
