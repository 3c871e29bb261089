package dev.fuselage.ontology;

/** How a rejected attribute value is quoted in a violation message: its type and a short rendering. */
final class ValueText {
    private static final int MAX_SHOWN = 40;

    private ValueText() {
    }

    static String describe(Object value) {
        if (value instanceof String s) {
            String shown = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "..." : s;
            return "text '" + shown + "'";
        }
        if (value instanceof Boolean b) {
            return "boolean " + b;
        }
        if (value instanceof Number n) {
            return "number " + n;
        }
        return "a " + value.getClass().getSimpleName();
    }
}
