package dev.fuselage.app.cli;

import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.segment.FrameSpan;
import dev.fuselage.project.segment.SegmentRun;
import dev.fuselage.project.store.ProjectStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage segment --project P --method ground|boxes [--frames A..B]}: headless point labelling, one edit
 * per frame (undoable in the workspace), progress on stderr. {@code ground} gives the estimated ground the class
 * {@code road} (40); {@code boxes} gives every cuboid's points its class (as SemanticKITTI ids) and its track id.
 */
@Command(name = "segment", description = "Label points headless: ground (the ground estimate as road) or boxes "
        + "(each cuboid's points take its class and track).")
final class SegmentCommand implements Callable<Integer> {
    @Option(names = "--project", required = true, paramLabel = "P", description = "Project folder.")
    Path project;

    @Option(names = "--method", required = true, paramLabel = "METHOD", description = "ground or boxes")
    String method;

    @Option(names = "--frames", paramLabel = "A..B",
            description = "Frames to label, both ends included, by id or number (default: all).")
    String frames;

    @Option(names = "--overwrite", description = "Relabel points that already have a class (default: only "
            + "unlabelled points change).")
    boolean overwrite;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SegmentRun.Method m;
        try {
            m = SegmentRun.Method.parse(method);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        SegmentRun.Result r;
        try (ProjectStore p = ProjectStore.open(project)) {
            if (p.isReadOnly()) {
                throw new IOException(project + ": " + p.readOnlyReason().orElse("read-only"));
            }
            List<String> all = p.annotations().frames();
            List<String> span;
            try {
                span = frames == null ? all : FrameSpan.select(frames, all);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            r = SegmentRun.run(p, m, span, overwrite, quiet ? ExportProgress.NONE : new ExportCommand.Bar(err));
        }
        if (!quiet) {
            err.println();
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "labelled %d points in %d of %d frames (%s) in %.1f s%n",
                r.points(), r.changed(), r.frames(), method, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
