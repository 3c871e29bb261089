package dev.fuselage.project.qa;

import java.util.Locale;

/**
 * How much a finding matters, in BasicAI's three rule levels: an error blocks "done", a warning asks for a look,
 * an info is a hint.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The name in JSON output: {@code error}, {@code warning} or {@code info}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
