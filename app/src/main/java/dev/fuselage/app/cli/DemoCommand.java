package dev.fuselage.app.cli;

import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.project.demo.DemoSceneGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage demo [--dir DIR] [--frames N] [--no-open]}: creates the demo project when it is not there yet
 * (a generated street sequence, no downloads), prints its folder on stdout and opens it.
 *
 * <p>Opening is delegated to a {@code Consumer<Path>} so this command stays headless: the desktop shell installs
 * one with {@link #setOpener} at start-up (or passes one to {@link #DemoCommand(Consumer)} when it builds the
 * command line itself). Without an opener, {@code demo} says how to open the project and still succeeds.
 */
@Command(name = "demo", description = "Create (if absent) and open the demo project: a generated street "
        + "sequence with lidar, camera images and labels; needs no downloaded data.")
public final class DemoCommand implements Callable<Integer> {
    private static volatile Consumer<Path> installedOpener;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Project folder (default: $XDG_DATA_HOME/fuselage/demo, i.e. ~/.local/share/fuselage/demo).")
    Path dir;

    @Option(names = "--frames", defaultValue = "24", paramLabel = "N",
            description = "Frames to generate when creating the project (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--seed", paramLabel = "N", hidden = true,
            description = "Seed of the generated street (default: the shipped demo's).")
    Long seed;

    @Option(names = "--full-resolution", hidden = true,
            description = "Scan at KITTI's full 0.17 deg (about 130 k points a frame instead of 65 k): for "
                    + "benchmarks at real scan sizes.")
    boolean fullResolution;

    @Option(names = "--no-open", description = "Only create the project and print its folder.")
    boolean noOpen;

    @Spec
    CommandSpec spec;

    private final Consumer<Path> opener;

    /** A command that opens through the opener installed with {@link #setOpener}, if any. */
    public DemoCommand() {
        this(null);
    }

    /** A command that opens the project with {@code opener} (null: the installed one). */
    public DemoCommand(Consumer<Path> opener) {
        this.opener = opener;
    }

    /**
     * Installs how {@code fuselage demo} opens a project folder, e.g. by launching the desktop window on it;
     * null removes it. Called once by the app at start-up.
     */
    public static void setOpener(Consumer<Path> newOpener) {
        installedOpener = newOpener;
    }

    @Override
    public Integer call() throws Exception {
        if (frames < 1 || frames > 10_000) {
            throw new ParameterException(spec.commandLine(), "--frames must be 1..10000, not " + frames);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = dir != null ? dir : DemoProject.defaultLocation();
        long started = System.nanoTime();
        DemoProject project = DemoProject.createIfAbsent(folder, frames,
                seed != null ? seed : DemoSceneGenerator.DEFAULT_SEED,
                fullResolution ? DemoSceneGenerator.FULL_FIRINGS : DemoSceneGenerator.DEFAULT_FIRINGS,
                (done, total, stage) -> {
                    err.printf(Locale.ROOT, "\rgenerating the demo: %d/%d (%s)   ", done, total, stage);
                    err.flush();
                });
        if (project.created()) {
            err.printf(Locale.ROOT, "%ncreated the demo project (%d frames) in %.1f s%n", frames,
                    (System.nanoTime() - started) / 1e9);
        }
        out.println(project.folder());
        out.flush();
        if (!noOpen) {
            Consumer<Path> open = opener != null ? opener : installedOpener;
            if (open == null) {
                err.println("this build has no desktop window to open it in; open " + project.folder()
                        + " in Fuselage");
            } else {
                open.accept(project.folder());
            }
        }
        err.flush();
        return 0;
    }
}
