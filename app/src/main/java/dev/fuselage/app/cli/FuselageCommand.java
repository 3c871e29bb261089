package dev.fuselage.app.cli;

import dev.fuselage.app.ui.DesktopUnavailableException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code fuselage} command line: one sub-command per headless job. Errors reach the user as one line on
 * stderr naming the file and the problem, with exit code 1 (2 for usage errors); {@code --debug} adds the stack
 * trace.
 */
@Command(name = "fuselage", mixinStandardHelpOptions = true, version = "Fuselage 0.1.0",
        description = "Label lidar point clouds fused with camera images. Without arguments, opens the desktop app.",
        subcommands = {InfoCommand.class, ConvertCommand.class, RenderCommand.class, ViewCommand.class, DemoCommand.class,
                ProjectCuboidsCommand.class, ImportCommand.class, ExportCommand.class, ModelCommand.class,
                PrelabelCommand.class, SegmentCommand.class, QaCommand.class, CompareCommand.class, PackCommand.class,
                UnpackCommand.class,
                CommandLine.HelpCommand.class})
public final class FuselageCommand {
    private static final Logger LOG = LoggerFactory.getLogger(FuselageCommand.class);
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new FuselageCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter stderr = commandLine.getErr();
            LOG.error("{} failed: {}", commandLine.getCommandName(), describe(ex), ex);
            stderr.println(describe(ex));
            if (parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--debug"))) {
                ex.printStackTrace(stderr);
            }
            stderr.flush();
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** One line for the user: format errors already name the file; other failures get their type. */
    static String describe(Exception ex) {
        if (ex instanceof NoSuchFileException nsf) {
            return nsf.getFile() + ": no such file";
        }
        String msg = ex.getMessage();
        if ((ex instanceof java.io.IOException || ex instanceof DesktopUnavailableException) && msg != null) {
            return msg;
        }
        return msg == null ? ex.getClass().getSimpleName() : ex.getClass().getSimpleName() + ": " + msg;
    }
}
