package dev.fuselage.app;

import dev.fuselage.app.cli.DemoCommand;
import dev.fuselage.app.cli.FuselageCommand;
import dev.fuselage.app.ui.DesktopUnavailableException;
import dev.fuselage.app.ui.FuselageApp;
import dev.fuselage.app.support.AppLog;
import dev.fuselage.app.support.BuildInfo;
import dev.fuselage.app.support.UserFolders;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

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
        startLog(args);
        if (args.length == 0) {
            try {
                FuselageApp.launchDesktop(args);
            } catch (DesktopUnavailableException e) {
                System.err.println("fuselage: " + e.getMessage());
                System.exit(1);
            }
            return;
        }
        DemoCommand.setOpener(Main::openDemo);
        System.exit(FuselageCommand.run(args));
    }

    /**
     * Sends the log to the user's data folder. Without it Fuselage still runs; the one line on stderr says why
     * there will be no log.
     */
    private static void startLog(String[] args) {
        try {
            AppLog.install(UserFolders.current().logs());
            LoggerFactory.getLogger(Main.class).info("Fuselage {} on Java {} ({}): {}", BuildInfo.version(),
                    System.getProperty("java.version"), System.getProperty("java.home"),
                    args.length == 0 ? "desktop" : args[0]);
        } catch (IOException | RuntimeException e) {
            System.err.println("fuselage: no log file this time: " + e.getMessage());
        }
    }

    /** Opens the demo project in the annotation workspace. */
    private static void openDemo(Path project) {
        FuselageApp.launchDesktop(new String[] {project.toAbsolutePath().toString()});
    }
}
