package dev.fuselage.app.ui;

/** The desktop app cannot start here (no display); the message says what to do instead. */
public final class DesktopUnavailableException extends RuntimeException {
    public DesktopUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
