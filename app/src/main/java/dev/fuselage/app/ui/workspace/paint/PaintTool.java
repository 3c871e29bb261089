package dev.fuselage.app.ui.workspace.paint;

/** The point-paint tools of the 3D and bird's-eye views. */
public enum PaintTool {
    /** No paint tool: the box tools have the mouse. */
    NONE("Boxes"),
    /** Paints a screen-space circle while dragging. */
    BRUSH("Brush"),
    /** Paints what a freehand outline encloses, on release. */
    LASSO("Lasso"),
    /** Paints what a clicked polygon encloses (double-click closes it). */
    POLYGON("Polygon"),
    /** Paints what a dragged rectangle encloses. */
    RECTANGLE("Rectangle"),
    /** A click grows a region over nearby points and paints it. */
    SMART("Smart select");

    private final String label;

    PaintTool(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
