package dev.fuselage.render;

/** What the user asked for ({@code --renderer auto|gl|cpu}). */
public enum BackendChoice {
    /** OpenGL when it runs on a hardware GPU, otherwise the CPU splatter (faster than software GL). */
    AUTO,
    /** OpenGL even when software-rendered; fails when no context can be created. */
    GL,
    /** The CPU splatter. */
    CPU;

    /** Parses {@code auto}, {@code gl} or {@code cpu}, case-insensitively. */
    public static BackendChoice parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> AUTO;
            case "gl", "opengl" -> GL;
            case "cpu" -> CPU;
            default -> throw new IllegalArgumentException("renderer must be auto, gl or cpu, not '" + s + "'");
        };
    }
}
