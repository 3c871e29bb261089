package dev.fuselage.project.store;

import java.nio.file.Path;

/** A write was attempted on a project that was opened read-only (because another window holds it). */
public class ReadOnlyProjectException extends StoreException {
    public ReadOnlyProjectException(Path file, String reason) {
        super(file, "cannot save changes, the project is read-only: " + reason);
    }
}
