package dev.fuselage.project.dataset;

import java.io.IOException;

/** The user cancelled an export or import; nothing was left behind. */
public final class ExportCancelledException extends IOException {
    public ExportCancelledException() {
        super("cancelled");
    }
}
