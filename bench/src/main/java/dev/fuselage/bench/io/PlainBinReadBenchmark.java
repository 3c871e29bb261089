package dev.fuselage.bench.io;

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

/** The plain FileChannel-to-float[] {@code .bin} read ({@link PlainBinReader}) that Fuselage's KITTI reader must match. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class PlainBinReadBenchmark {
    @Param({"120k", "1M", "10M"})
    public String size;

    private Path file;

    @Setup
    public void locate() {
        file = BenchFile.BIN.file(CloudSize.of(size));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run bench/run-io-bench.sh (or GenerateClouds)");
        }
    }

    @Benchmark
    public float[] read() throws IOException {
        return PlainBinReader.read(file);
    }
}
