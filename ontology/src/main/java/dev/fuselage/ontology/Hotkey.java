package dev.fuselage.ontology;

import java.util.Locale;

/**
 * A key that picks a label class: one key, optionally with modifiers, e.g. {@code 1}, {@code C}, {@code Shift+C},
 * {@code Ctrl+Alt+F5}.
 *
 * <p>Keys are a digit, a letter A–Z or F1–F24. Letters are stored upper-case, so {@code c} and {@code C} are the
 * same key (the Shift modifier is written out, never implied by case). The canonical text, {@link #toString()},
 * lists modifiers in the order Ctrl, Alt, Shift and is what files store; it is also the syntax JavaFX's
 * {@code KeyCombination.valueOf} accepts, so the app can bind it without translation.
 */
public record Hotkey(boolean ctrl, boolean alt, boolean shift, String key) {

    public Hotkey {
        if (key == null || !validKey(key)) {
            throw new IllegalArgumentException("bad hotkey key '" + key + "' (expected a digit, a letter A-Z or F1-F24)");
        }
    }

    /** A key without modifiers. */
    public static Hotkey of(String key) {
        return new Hotkey(false, false, false, key == null ? null : key.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Parses {@code [Ctrl+][Alt+][Shift+]KEY}; modifier names ignore case and may come in any order, each at most
     * once. The problem is named in the exception, e.g. {@code bad hotkey 'Shift+' (no key after the modifiers)}.
     */
    public static Hotkey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("bad hotkey '" + text + "' (empty)");
        }
        String[] parts = text.trim().split("\\+", -1);
        boolean ctrl = false, alt = false, shift = false;
        for (int i = 0; i < parts.length - 1; i++) {
            String modifier = parts[i].trim().toLowerCase(Locale.ROOT);
            boolean repeated;
            switch (modifier) {
                case "ctrl", "control" -> { repeated = ctrl; ctrl = true; }
                case "alt" -> { repeated = alt; alt = true; }
                case "shift" -> { repeated = shift; shift = true; }
                default -> throw new IllegalArgumentException("bad hotkey '" + text + "' (unknown modifier '"
                        + parts[i].trim() + "'; expected Ctrl, Alt or Shift)");
            }
            if (repeated) {
                throw new IllegalArgumentException("bad hotkey '" + text + "' (modifier " + parts[i].trim()
                        + " given twice)");
            }
        }
        String key = parts[parts.length - 1].trim().toUpperCase(Locale.ROOT);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("bad hotkey '" + text + "' (no key after the modifiers)");
        }
        if (!validKey(key)) {
            throw new IllegalArgumentException("bad hotkey '" + text + "' (key '" + parts[parts.length - 1].trim()
                    + "' is not a digit, a letter A-Z or F1-F24)");
        }
        return new Hotkey(ctrl, alt, shift, key);
    }

    private static boolean validKey(String key) {
        if (key.length() == 1) {
            char c = key.charAt(0);
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        if (key.length() >= 2 && key.length() <= 3 && key.charAt(0) == 'F' && key.charAt(1) != '0') {
            int n = 0;
            for (int i = 1; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
                n = n * 10 + (c - '0');
            }
            return n <= 24;
        }
        return false;
    }

    /** Canonical text: {@code Ctrl+Alt+Shift+KEY} with absent modifiers left out. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (ctrl) {
            sb.append("Ctrl+");
        }
        if (alt) {
            sb.append("Alt+");
        }
        if (shift) {
            sb.append("Shift+");
        }
        return sb.append(key).toString();
    }
}
