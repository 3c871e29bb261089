package dev.fuselage.app.ui.errors;

import dev.fuselage.app.support.BuildInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One error as the user sees it: a title, a sentence, the log's path and the details that "Copy details" puts on
 * the clipboard (time, versions, thread and stack trace: what a bug report needs).
 *
 * @param title   the dialog's heading
 * @param message what went wrong, in a sentence
 * @param log     the log file, if logging works
 * @param details the text to copy
 */
public record ErrorReport(String title, String message, Optional<Path> log, String details) {
    /** A report on {@code error}, thrown in {@code thread}. */
    public static ErrorReport of(Thread thread, Throwable error, Optional<Path> log) {
        boolean render = error instanceof dev.fuselage.app.ui.view3d.RenderFailedException;
        String title = render ? "The 3D view could not draw a frame" : "Something went wrong";
        Throwable cause = render && error.getCause() != null ? error.getCause() : error;
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        String message = render
                ? what + ". The view keeps its last frame; the rest of the window works and your edits are saved."
                : what + ". Fuselage keeps running; every edit made so far is saved.";
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String details = "Time: " + OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
                + "Fuselage: " + BuildInfo.version() + "\n"
                + "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n"
                + "Thread: " + thread.getName() + "\n"
                + "Log: " + log.map(Path::toString).orElse("none") + "\n\n" + trace;
        return new ErrorReport(title, message, log, details);
    }
}
