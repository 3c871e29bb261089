package dev.fuselage.app.cli;

import dev.fuselage.project.compare.Comparison;
import dev.fuselage.project.compare.Comparison.Scores;
import dev.fuselage.project.compare.ComparisonJson;
import dev.fuselage.project.compare.LabelComparer;
import dev.fuselage.project.compare.LabelSet;
import dev.fuselage.project.store.ProjectStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage compare --project A --against B [--iou 0.5] [--json]}: scores project A against B, another
 * project or a KITTI label folder, by 3D IoU matching per frame.
 */
@Command(name = "compare", description = "Compare a project's labels against another project or a KITTI label"
        + " folder (3D IoU matching; precision, recall, mean IoU).")
final class CompareCommand implements Callable<Integer> {
    @Option(names = "--project", required = true, paramLabel = "A", description = "Project folder to score.")
    Path project;

    @Option(names = "--against", required = true, paramLabel = "B",
            description = "Reference: a project folder, or a KITTI folder with label_2/ and calib/.")
    Path against;

    @Option(names = "--iou", paramLabel = "T", defaultValue = "0.5",
            description = "3D IoU at which two boxes match (default ${DEFAULT-VALUE}).")
    double iou;

    @Option(names = "--json", description = "Print JSON: overall, classes, confusion, unmatched.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(iou > 0 && iou <= 1)) {
            throw new ParameterException(spec.commandLine(), "--iou must be in (0, 1]: " + iou);
        }
        Comparison c;
        try (ProjectStore a = ProjectStore.open(project)) {
            LabelSet reference;
            if (Files.isRegularFile(against.resolve(ProjectStore.DESCRIPTOR_FILE))) {
                try (ProjectStore b = ProjectStore.open(against)) {
                    reference = LabelSet.of(b);
                }
            } else {
                reference = LabelSet.ofKittiFolder(against);
            }
            c = new LabelComparer(iou).compare(LabelSet.of(a), reference);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ComparisonJson.write(c));
            return 0;
        }
        out.println(line("overall", c.overall()));
        c.classes().forEach((name, s) -> out.println(line(name, s)));
        for (Map.Entry<String, Map<String, Integer>> e : c.confusion().entrySet()) {
            e.getValue().forEach((b, n) -> {
                if (!b.equals(e.getKey())) {
                    out.println("confused: " + e.getKey() + " given where the reference has " + b + ": " + n);
                }
            });
        }
        long extra = c.unmatched().stream().filter(u -> u.side().equals("A")).count();
        out.println("unmatched: " + extra + " extra, " + (c.unmatched().size() - extra) + " missing");
        return 0;
    }

    private static String line(String name, Scores s) {
        return String.format(Locale.ROOT, "%-14s precision %.3f  recall %.3f  mean IoU %.3f  BEV %.3f  (%d of %d/%d)",
                name, s.precision(), s.recall(), s.meanIou(), s.meanBevIou(), s.matched(), s.boxesA(), s.boxesB());
    }
}
