package dev.fuselage.app.ui.workspace;

import java.net.URL;
import javafx.application.Application;

/**
 * The dark look: AtlantaFX's Primer Dark stylesheet. Only the stylesheet is used, read as a class-path resource:
 * AtlantaFX 2.1's classes are compiled for Java 21 while Fuselage runs on 17, and the theme needs none of them.
 */
public final class DarkTheme {
    /** The stylesheet inside the atlantafx-base jar. */
    public static final String STYLESHEET = "/atlantafx/base/theme/primer-dark.css";

    private DarkTheme() {
    }

    /** Sets the dark theme for the whole application; keeps JavaFX's default when the stylesheet is missing. */
    public static boolean apply() {
        URL css = DarkTheme.class.getResource(STYLESHEET);
        if (css == null) {
            return false;
        }
        Application.setUserAgentStylesheet(css.toExternalForm());
        return true;
    }
}
