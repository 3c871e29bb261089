package dev.fuselage.bench.review;

import dev.fuselage.project.compare.Comparison;
import dev.fuselage.project.compare.LabelComparer;
import dev.fuselage.project.compare.LabelSet;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.qa.Finding;
import dev.fuselage.project.qa.FrameRange;
import dev.fuselage.project.qa.QaSettings;
import dev.fuselage.project.qa.QualityChecks;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 13, acceptance 5: {@code fuselage qa} over a generated 1,000-frame project (every check, clouds, calibration
 * and images read), and {@code fuselage compare} of two 1,000-frame labellings of it (both label sets read from
 * their stores, then matched). What the CLI does after opening the projects, one run per measurement; budget < 5 s
 * each. The projects are generated once per trial by {@link ReviewBenchProject}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReviewBenchmark {
    static final int FRAMES = 1000;

    private Path root;
    private ProjectStore a;
    private ProjectStore b;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        root = Files.createTempDirectory("fuselage-review-bench");
        a = ReviewBenchProject.generate(root.resolve("a"), FRAMES, 13);
        b = ReviewBenchProject.relabel(a, root.resolve("b"), 0.3, 14);
    }

    @Benchmark
    public List<Finding> qa() throws IOException {
        return QualityChecks.run(a, FrameRange.ALL, QaSettings.load(a.folder()), ExportProgress.NONE);
    }

    @Benchmark
    public Comparison compare() {
        return new LabelComparer(0.5).compare(LabelSet.of(a), LabelSet.of(b));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        a.close();
        b.close();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
