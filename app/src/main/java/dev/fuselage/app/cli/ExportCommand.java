package dev.fuselage.app.cli;

import dev.fuselage.project.ProjectOpener;
import dev.fuselage.project.dataset.DatasetExporters;
import dev.fuselage.project.dataset.DatasetJobs;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.store.ProjectStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage export FORMAT --project P --out DIR [--confirmed-only]}: writes the project as a dataset, atomically (DIR appears
 * only when complete), with a progress bar on stderr. The project is only read; a project open in a window can be
 * exported.
 */
@Command(name = "export", description = "Export a project as a dataset: kitti, kitti-tracking, coco, semantickitti,"
        + " openlabel, json, pcd, ply.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT",
            description = "kitti, kitti-tracking, coco, semantickitti, openlabel, json, pcd or ply")
    String format;

    @Option(names = "--project", required = true, paramLabel = "P",
            description = "Project folder, or the data folder that was opened in Fuselage (its project is found in"
                    + " the projects home).")
    Path project;

    @Option(names = "--projects", paramLabel = "DIR", hidden = true,
            description = "Projects home where data folders' projects are (default: the app's).")
    Path projectsHome;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must not hold files).")
    Path out;

    @Option(names = "--confirmed-only", description = "Leave out pre-labels nobody has accepted yet (by default "
            + "they are exported, with their scores where the format has a place for them).")
    boolean confirmedOnly;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (DatasetExporters.byName(format).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown export format '" + format + "'; one of "
                    + String.join(", ", DatasetExporters.names()));
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Path folder = projectOf(project);
        try (ProjectStore p = ProjectStore.open(folder)) {
            DatasetJobs.export(p, format, out, confirmedOnly, quiet ? ExportProgress.NONE : new Bar(err));
        }
        if (!quiet) {
            err.println();
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "exported %s as %s to %s in %.1f s%n", folder, format,
                out.toAbsolutePath().normalize(), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /**
     * The project folder for {@code --project}: itself when it is a project; for a data folder, the project that
     * opening it in the workspace made, or an error saying where that project would be.
     */
    private Path projectOf(Path given) {
        if (Files.isRegularFile(given.resolve(ProjectStore.DESCRIPTOR_FILE)) || !Files.isDirectory(given)) {
            return given; // a project, or a path ProjectStore.open reports clearly
        }
        ProjectOpener opener = new ProjectOpener(projectsHome != null ? projectsHome
                : ProjectOpener.defaultProjectsHome());
        Path found = opener.projectFolderOf(given);
        if (!Files.isRegularFile(found.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            throw new ParameterException(spec.commandLine(), given + " is a data folder, not a Fuselage project, and"
                    + " has no project yet: it would be " + found + ". Open the folder in Fuselage first"
                    + " (./fuselage view " + given + "), or pass the project folder.");
        }
        spec.commandLine().getErr().println("the project of data folder " + given + " is " + found);
        return found;
    }

    /** A one-line text progress bar, redrawn at most once per percent. */
    static final class Bar implements ExportProgress {
        private final PrintWriter err;
        private long lastPercent = -1;

        Bar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(long done, long total, String what) {
            long percent = total <= 0 ? 100 : done * 100 / total;
            if (percent == lastPercent) {
                return;
            }
            lastPercent = percent;
            int filled = (int) (percent * 30 / 100);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + percent + "% " + done + "/"
                    + total);
            err.flush();
        }
    }
}
