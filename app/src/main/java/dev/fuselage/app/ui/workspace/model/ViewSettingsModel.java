package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.render.scene.ClassPalette;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.PointStyle;
import dev.fuselage.render.scene.Scene;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the 3D view draws points: their size in pixels and what colours them. Each change restyles the window's
 * scene (which redraws the view). JavaFX thread only.
 */
public final class ViewSettingsModel {
    /** Smallest and largest point size in pixels. */
    public static final int MIN_POINT_SIZE = 1;
    public static final int MAX_POINT_SIZE = 8;
    /** The colourings the workspace offers, in the order {@link #nextColorMode()} steps through. */
    public static final List<ColorMode> COLOR_MODES = List.of(ColorMode.INTENSITY, ColorMode.HEIGHT,
            ColorMode.SEMANTIC);

    private final Scene scene;
    private final FrameViewModel frame;
    private final IntegerProperty pointSize = new SimpleIntegerProperty(this, "pointSize", 2);
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(this, "colorMode",
            ColorMode.HEIGHT);

    /**
     * @param scene the window's scene (restyled)
     * @param frame the shown frame, which writes the boxes' classes for the class colouring
     */
    public ViewSettingsModel(Scene scene, FrameViewModel frame) {
        this.scene = scene;
        this.frame = frame;
        pointSize.addListener((o, a, b) -> apply());
        colorMode.addListener((o, a, b) -> apply());
        apply();
    }

    /** Point size in pixels, {@value #MIN_POINT_SIZE} to {@value #MAX_POINT_SIZE}. */
    public IntegerProperty pointSizeProperty() {
        return pointSize;
    }

    /**
     * The colouring: intensity, height or class (the scan's own semantic labels, else the class of the box each
     * point is in; grey outside every box).
     */
    public ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }

    /** Points one pixel larger (up to the maximum). */
    public void largerPoints() {
        pointSize.set(Math.min(MAX_POINT_SIZE, pointSize.get() + 1));
    }

    /** Points one pixel smaller (down to one pixel). */
    public void smallerPoints() {
        pointSize.set(Math.max(MIN_POINT_SIZE, pointSize.get() - 1));
    }

    /** The next colouring of {@link #COLOR_MODES}. */
    public void nextColorMode() {
        int i = COLOR_MODES.indexOf(colorMode.get());
        colorMode.set(COLOR_MODES.get((i + 1) % COLOR_MODES.size()));
    }

    /** Display name of a colouring. */
    public static String title(ColorMode m) {
        return switch (m) {
            case INTENSITY -> "Intensity";
            case HEIGHT -> "Height";
            case SEMANTIC -> "Class";
            default -> m.name().charAt(0) + m.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }

    private void apply() {
        boolean byClass = colorMode.get() == ColorMode.SEMANTIC;
        frame.setClassColours(byClass);
        PointStyle style = scene.style().withMode(colorMode.get()).withPointSize(pointSize.get());
        scene.setStyle(byClass ? style.withPalette(ClassPalette.of(frame.classPalette())) : style);
    }
}
