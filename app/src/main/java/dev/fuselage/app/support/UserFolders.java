package dev.fuselage.app.support;

import java.nio.file.Path;

/**
 * Where Fuselage keeps the user's files, after the XDG base-directory spec: data (projects, the demo, logs) under
 * {@code $XDG_DATA_HOME/fuselage} (default {@code ~/.local/share/fuselage}), settings under
 * {@code $XDG_CONFIG_HOME/fuselage} (default {@code ~/.config/fuselage}). The package never writes there, so
 * removing it leaves both untouched.
 *
 * @param data   the data folder
 * @param config the settings folder
 */
public record UserFolders(Path data, Path config) {
    /** The folders for this process's environment. */
    public static UserFolders current() {
        return of(System.getenv("XDG_DATA_HOME"), System.getenv("XDG_CONFIG_HOME"), System.getProperty("user.home"));
    }

    /**
     * The folders for the given variables (null or blank: unset). The XDG spec says a relative path is invalid
     * and must be ignored, so it falls back to the default like an unset one.
     */
    public static UserFolders of(String xdgDataHome, String xdgConfigHome, String userHome) {
        Path home = Path.of(userHome);
        return new UserFolders(base(xdgDataHome, home.resolve(".local").resolve("share")).resolve("fuselage"),
                base(xdgConfigHome, home.resolve(".config")).resolve("fuselage"));
    }

    /** The rolling log's folder. */
    public Path logs() {
        return data.resolve("logs");
    }

    /** The preferences file. */
    public Path preferences() {
        return config.resolve("preferences.json");
    }

    private static Path base(String xdg, Path fallback) {
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : fallback;
    }
}
