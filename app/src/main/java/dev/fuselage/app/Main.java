package dev.fuselage.app;

import dev.fuselage.app.cli.FuselageCommand;
import dev.fuselage.app.ui.FuselageApp;

/**
 * Entry point of the {@code fuselage} launcher: no arguments open the desktop application, anything else runs a
 * headless command line job (no display needed). Kept free of JavaFX types so headless runs never load the
 * toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            FuselageApp.launchDesktop(args);
            return;
        }
        System.exit(FuselageCommand.run(args));
    }
}
