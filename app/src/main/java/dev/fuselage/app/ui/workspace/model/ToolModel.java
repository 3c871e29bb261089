package dev.fuselage.app.ui.workspace.model;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The active tool, the class new boxes get, and the step of key moves. */
public final class ToolModel {
    /** The tools of the 3D view. */
    public enum Tool {
        /** Click a box to select it; drag orbits. */
        SELECT,
        /** Drag a rectangle in the bird's-eye view to make a box. */
        CREATE
    }

    /** Fine steps (shift held) are this share of the normal step. */
    public static final double FINE = 0.2;
    /** Degrees of rotation per metre of step: 0.1 m turns 2 degrees. */
    static final double DEGREES_PER_METRE = 20;

    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.SELECT);
    private final StringProperty activeClass = new SimpleStringProperty(this, "activeClass");
    private final DoubleProperty step = new SimpleDoubleProperty(this, "step", 0.1);

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** Class given to new boxes: the last class picked by hotkey, menu or editor. */
    public StringProperty activeClassProperty() {
        return activeClass;
    }

    /** Metres a move or resize key changes a box by. */
    public DoubleProperty stepProperty() {
        return step;
    }

    /** The move step, fine when {@code fine}. */
    public double step(boolean fine) {
        return step.get() * (fine ? FINE : 1);
    }

    /** The rotation step in radians, fine when {@code fine}. */
    public double angleStep(boolean fine) {
        return Math.toRadians(step(fine) * DEGREES_PER_METRE);
    }
}
