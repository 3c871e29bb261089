package dev.fuselage.bench.io;

import dev.fuselage.io.PointCloudIO;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the I/O benchmarks size by size with iteration counts that fit the sizes (many single shots for 120 k
 * points, {@code -wi 2 -i 5} at 10 M) and prints one line per result in the format every peer uses:
 * <pre>RESULT impl format size median_ms runs [note]</pre>
 * Formats without a registered reader are reported as {@code pending-merge} instead of failing the run, so the
 * harness works before and after the readers land.
 *
 * <p>Usage: {@code IoBenchRunner --data DIR [--sizes 120k,1M,10M] [--formats bin,pcd-binary,...]
 * [--iterations WARMUP,MEASURE] [--log DIR]}
 */
public final class IoBenchRunner {
    private static final String[] FORK_ARGS = {"-Xms1g", "-Xmx4g"};
    private static final Duration LOCK_WAIT = Duration.ofMinutes(45);

    private final Path data;
    private final Path logDir;
    private final int[] iterationsOverride;
    private final PrintStream out = System.out;

    private IoBenchRunner(Path data, Path logDir, int[] iterationsOverride) {
        this.data = data;
        this.logDir = logDir;
        this.iterationsOverride = iterationsOverride;
    }

    public static void main(String[] args) throws IOException, RunnerException {
        Path data = Path.of(BenchFile.DEFAULT_DATA);
        Path log = null;
        List<CloudSize> sizes = List.of(CloudSize.values());
        List<BenchFile> formats = List.of(BenchFile.values());
        int[] iterations = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--data" -> data = Path.of(value);
                case "--log" -> log = Path.of(value);
                case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(CloudSize::of).toList();
                case "--formats" -> formats = Arrays.stream(value.split(",")).map(BenchFile::of).toList();
                case "--iterations" -> iterations = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        Path logDir = log != null ? log : Files.createTempDirectory("fuselage-jmh");
        Files.createDirectories(logDir);
        IoBenchRunner runner = new IoBenchRunner(data, logDir, iterations);
        for (CloudSize size : sizes) {
            runner.runSize(size, formats);
        }
    }

    private void runSize(CloudSize size, List<BenchFile> formats) throws RunnerException {
        List<String> fuselage = new ArrayList<>();
        for (BenchFile f : formats) {
            Path file = f.in(data, size);
            if (!Files.isRegularFile(file)) {
                line("fuselage", f.key(), size, "-", 0, "missing-input");
            } else if (PointCloudIO.byExtension(file).isEmpty()) {
                line("fuselage", f.key(), size, "-", 0, "pending-merge");
            } else {
                fuselage.add(f.key());
            }
        }
        if (!fuselage.isEmpty()) {
            report("fuselage", run(size, PointCloudReadBenchmark.class, fuselage), size, null);
        }
        if (formats.contains(BenchFile.BIN) && Files.isRegularFile(BenchFile.BIN.in(data, size))) {
            report("java-plain", run(size, PlainBinReadBenchmark.class, List.of()), size, BenchFile.BIN);
        }
        if (fuselage.contains(BenchFile.LAZ.key())) {
            report("fuselage-1thread", run(size, LazSingleThreadReadBenchmark.class, List.of()), size,
                    BenchFile.LAZ);
        }
        List<String> las = formats.stream().filter(f -> f == BenchFile.LAS || f == BenchFile.LAZ)
                .filter(f -> Files.isRegularFile(f.in(data, size))).map(BenchFile::key).toList();
        if (!las.isEmpty()) {
            report("laszip4j", run(size, Laszip4jReadBenchmark.class, las), size, null);
        }
    }

    private Collection<RunResult> run(CloudSize size, Class<?> benchmark, List<String> formats)
            throws RunnerException {
        int[] it = iterationsOverride != null ? iterationsOverride : switch (size) {
            case K120 -> new int[] {10, 30};
            case M1 -> new int[] {5, 15};
            case M10 -> new int[] {2, 5};
        };
        String[] jvmArgs = Arrays.copyOf(FORK_ARGS, FORK_ARGS.length + 1);
        jvmArgs[FORK_ARGS.length] = "-D" + BenchFile.DATA_PROPERTY + "=" + data.toAbsolutePath();
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .param("size", size.label())
                .warmupIterations(it[0])
                .measurementIterations(it[1])
                .forks(1)
                .shouldDoGC(true) // drop the previous read's cloud before timing the next one
                .shouldFailOnError(false)
                .jvmArgsAppend(jvmArgs)
                .output(logDir.resolve("jmh-" + benchmark.getSimpleName() + "-" + size.label() + ".log").toString());
        if (!formats.isEmpty()) {
            options.param("format", formats.toArray(String[]::new));
        }
        Collection<RunResult> results = runWhenLockFree(options);
        for (String f : formats) {
            boolean done = results.stream().anyMatch(r -> f.equals(r.getParams().getParam("format")));
            if (!done) {
                line(benchmark == PointCloudReadBenchmark.class ? "fuselage" : "laszip4j", f, size, "-", 0,
                        "failed(see " + logDir + ")");
            }
        }
        return results;
    }

    /**
     * JMH allows one run per machine ({@code /tmp/jmh.lock}). On a machine shared with other benchmark runs, wait
     * for theirs to end rather than run beside them, which would spoil both sets of numbers.
     */
    private static Collection<RunResult> runWhenLockFree(ChainedOptionsBuilder options) throws RunnerException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                return new Runner(options.build()).run();
            } catch (RunnerException e) {
                boolean locked = String.valueOf(e.getMessage()).contains("JMH lock");
                if (!locked || System.nanoTime() > deadline) {
                    throw e;
                }
                System.err.println("[io-bench] another JMH run holds /tmp/jmh.lock; waiting for it to finish");
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** @param only the format of a benchmark without a {@code format} param, else null */
    private void report(String impl, Collection<RunResult> results, CloudSize size, BenchFile only) {
        for (RunResult r : results) {
            String format = r.getParams().getParam("format");
            List<Double> ms = new ArrayList<>();
            for (BenchmarkResult b : r.getBenchmarkResults()) {
                for (IterationResult it : b.getIterationResults()) {
                    ms.add(it.getPrimaryResult().getScore());
                }
            }
            line(impl, format == null ? only.key() : format, size,
                    String.format(Locale.ROOT, "%.2f", median(ms)), ms.size(), "");
        }
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private void line(String impl, String format, CloudSize size, String medianMs, int runs, String note) {
        out.println(("RESULT " + impl + " " + format + " " + size.label() + " " + medianMs + " " + runs + " "
                + note).strip());
        out.flush();
    }
}
