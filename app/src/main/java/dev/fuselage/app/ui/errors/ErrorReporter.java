package dev.fuselage.app.ui.errors;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns errors nobody caught into a log entry and an {@link ErrorDialog} instead of a silent freeze. Installed as
 * the process's default uncaught-exception handler, it sees errors of the JavaFX thread (an event handler that
 * threw; JavaFX then carries on with the next event), of background threads, and failed renders (the 3D view
 * reports them as {@link dev.fuselage.app.ui.view3d.RenderFailedException}). While a dialog is open, further
 * errors are logged and counted in it rather than stacking dialogs.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private final Supplier<Optional<Path>> logFile;
    private final Supplier<Optional<Window>> owner;
    private Thread.UncaughtExceptionHandler previous;
    private ErrorDialog open;

    /**
     * @param logFile where the log is written (shown in the dialog), if anywhere
     * @param owner   the window the dialog belongs to, if any is showing
     */
    public ErrorReporter(Supplier<Optional<Path>> logFile, Supplier<Optional<Window>> owner) {
        this.logFile = logFile;
        this.owner = owner;
    }

    /** Makes this the default handler of every thread (the JavaFX thread included). */
    public void install() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    /** Puts back the handler {@link #install} replaced. */
    public void uninstall() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("uncaught error in thread {}", thread.getName(), error);
        ErrorReport report = ErrorReport.of(thread, error, logFile.get());
        try {
            if (Platform.isFxApplicationThread()) {
                show(report);
            } else {
                Platform.runLater(() -> show(report));
            }
        } catch (IllegalStateException toolkitGone) {
            // the JavaFX toolkit is not running (any more): the log is all there is
            System.err.println("fuselage: " + report.message() + " " + report.log().map(p -> "Log: " + p)
                    .orElse(""));
        }
    }

    private void show(ErrorReport report) {
        if (open != null) {
            open.countAnother();
            return;
        }
        ErrorDialog dialog = new ErrorDialog(report);
        owner.get().filter(Window::isShowing).ifPresent(w -> dialog.alert().initOwner(w));
        dialog.alert().setOnHidden(e -> open = null);
        open = dialog;
        dialog.alert().show(); // not showAndWait: the error may come from inside a layout or animation pulse
    }

    /** The dialog on screen, if any (tests read it). */
    public Optional<ErrorDialog> openDialog() {
        return Optional.ofNullable(open);
    }
}
