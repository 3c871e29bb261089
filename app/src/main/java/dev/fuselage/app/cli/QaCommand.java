package dev.fuselage.app.cli;

import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.qa.Finding;
import dev.fuselage.project.qa.FindingsJson;
import dev.fuselage.project.qa.FrameRange;
import dev.fuselage.project.qa.QaSettings;
import dev.fuselage.project.qa.QualityChecks;
import dev.fuselage.project.store.ProjectStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage qa --project P [--frames A..B] [--json]}: the automatic checks, one finding a line (or a JSON
 * list). Findings are the result, not a failure: the exit status is 0 whatever they are.
 */
@Command(name = "qa", description = "Run the automatic checks of a project (exit status 0 even with findings).")
final class QaCommand implements Callable<Integer> {
    @Option(names = "--project", required = true, paramLabel = "P", description = "Project folder.")
    Path project;

    @Option(names = "--frames", paramLabel = "A..B",
            description = "Only these frames: ids, or positions from 0 (either end may be left out).")
    String frames;

    @Option(names = "--json", description = "Print a JSON list of {kind, severity, frame, object, message}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FrameRange range;
        try {
            range = frames == null ? FrameRange.ALL : FrameRange.parse(frames);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Finding> findings;
        try (ProjectStore p = ProjectStore.open(project)) {
            try {
                findings = QualityChecks.run(p, range, QaSettings.load(p.folder()), ExportProgress.NONE);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(FindingsJson.write(findings));
            return 0;
        }
        for (Finding f : findings) {
            out.println(f.severity().jsonName() + "\t" + f.kind().jsonName() + "\t" + f.frameId() + "\t"
                    + f.track().map(Object::toString).orElse("-") + "\t" + f.message());
        }
        out.println(findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
        return 0;
    }
}
