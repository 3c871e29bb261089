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
        // Prism refuses software GL (Mesa llvmpipe in VMs, remote desktops, Xvfb) and then has no 3D at all, which
        // would hide the view cube; software GL draws the few 3D nodes we have easily. A user's setting wins.
        if (System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
        if (args.length == 0) {
            FuselageApp.launchDesktop(args);
            return;
        }
        System.exit(FuselageCommand.run(args));
    }
}
