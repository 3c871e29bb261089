package dev.fuselage.bench.io;

import com.github.mreutegg.laszip4j.CloseablePointIterable;
import com.github.mreutegg.laszip4j.LASHeader;
import com.github.mreutegg.laszip4j.LASPoint;
import com.github.mreutegg.laszip4j.LASReader;
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
 * laszip4j 0.20 (the Java port of LASzip) reading the same LAS/LAZ files into columns: x y z as floats relative to
 * the header offset, intensity as unsigned 16-bit, the same XYZI payload the PCL peer loads. Its iterator hands
 * out one point view at a time, so this is what a straightforward Java LAS/LAZ read costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class Laszip4jReadBenchmark {
    @Param({"120k", "1M", "10M"})
    public String size;

    @Param({"las", "laz"})
    public String format;

    private Path file;
    private int expected;

    /** What one read produces. */
    public record Columns(float[] x, float[] y, float[] z, char[] intensity) {
    }

    @Setup
    public void locate() throws java.io.IOException {
        CloudSize cloudSize = CloudSize.of(size);
        file = BenchFile.of(format).file(cloudSize);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run bench/run-io-bench.sh (or GenerateClouds)");
        }
        expected = Math.toIntExact(BenchFile.of(format).expectedPoints(file, cloudSize));
    }

    @Benchmark
    public Columns read() {
        LASReader reader = new LASReader(file.toFile());
        LASHeader h = reader.getHeader();
        long count = h.getNumberOfPointRecords() != 0 ? h.getNumberOfPointRecords()
                : Integer.toUnsignedLong(h.getLegacyNumberOfPointRecords());
        int n = Math.toIntExact(count);
        double sx = h.getXScaleFactor(), sy = h.getYScaleFactor(), sz = h.getZScaleFactor();
        float[] x = new float[n], y = new float[n], z = new float[n];
        char[] intensity = new char[n];
        int i = 0;
        try (CloseablePointIterable points = reader.getCloseablePoints()) {
            for (LASPoint p : points) {
                x[i] = (float) (p.getX() * sx);
                y[i] = (float) (p.getY() * sy);
                z[i] = (float) (p.getZ() * sz);
                intensity[i] = p.getIntensity();
                i++;
            }
        }
        if (i != expected) {
            throw new IllegalStateException("laszip4j read " + i + " points of " + expected + " from " + file);
        }
        return new Columns(x, y, z, intensity);
    }
}
