package dev.fuselage.app.ui.workspace.paint;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.core.select.ScreenPolygon;
import dev.fuselage.core.select.ScreenRect;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;

/**
 * The paint tools in the 3D view (orbit and bird's-eye alike): the brush paints while dragging and shows its
 * circle under the pointer; the lasso and rectangle paint on release; the polygon collects clicks and paints on a
 * double click; smart select paints the region grown from a click. Ctrl (Cmd) held inverts add/subtract for one
 * gesture; Shift-drag still moves the camera. With no paint tool the box tools (the {@code boxes} delegate) get the
 * mouse. Outlines are drawn on the view's overlay.
 */
public final class PaintToolOverlay implements Viewport3D.Tool {
    private final PaintModel model;
    private final Viewport3D viewport;
    private final Viewport3D.Tool boxes;
    private final Circle brush = new Circle();
    private final Polyline outline = new Polyline();
    private final Rectangle band = new Rectangle();
    private double startX;
    private double startY;
    private boolean subtractNow;

    public PaintToolOverlay(PaintModel model, Viewport3D viewport, Viewport3D.Tool boxes) {
        this.model = model;
        this.viewport = viewport;
        this.boxes = boxes;
        brush.setFill(Color.rgb(255, 238, 0, 0.12));
        brush.setStroke(Color.rgb(255, 238, 0));
        outline.setStroke(Color.rgb(255, 238, 0));
        band.setFill(Color.rgb(255, 238, 0, 0.12));
        band.setStroke(Color.rgb(255, 238, 0));
        for (javafx.scene.shape.Shape s : new javafx.scene.shape.Shape[] {brush, outline, band}) {
            s.setManaged(false);
            s.setVisible(false);
            s.setMouseTransparent(true);
        }
        viewport.overlay().getChildren().addAll(brush, outline, band);
        brush.radiusProperty().bind(model.brushRadiusProperty());
        viewport.addEventHandler(MouseEvent.MOUSE_MOVED, e -> moveBrush(e.getX(), e.getY()));
        viewport.addEventHandler(MouseEvent.MOUSE_EXITED, e -> brush.setVisible(false));
        model.toolProperty().addListener((o, a, t) -> {
            brush.setVisible(false);
            outline.setVisible(false);
            outline.getPoints().clear();
            band.setVisible(false);
        });
        model.setRedraw(viewport::redraw);
    }

    private PaintTool tool() {
        return model.toolProperty().get();
    }

    @Override
    public boolean pressed(MouseEvent e) {
        if (tool() == PaintTool.NONE) {
            return boxes.pressed(e);
        }
        if (e.isShiftDown() || tool() == PaintTool.SMART) {
            return false; // camera move; smart select acts on the click
        }
        subtractNow = e.isShortcutDown();
        startX = e.getX();
        startY = e.getY();
        switch (tool()) {
            case BRUSH -> {
                model.beginStroke(viewport.currentCamera(), subtractNow);
                moveBrush(e.getX(), e.getY());
                model.dab(e.getX(), e.getY());
            }
            case LASSO -> {
                outline.getPoints().setAll(e.getX(), e.getY());
                outline.setVisible(true);
            }
            case RECTANGLE -> {
                band.setVisible(true);
                updateBand(e.getX(), e.getY());
            }
            default -> {
            }
        }
        return true;
    }

    @Override
    public void dragged(MouseEvent e) {
        switch (tool()) {
            case NONE -> boxes.dragged(e);
            case BRUSH -> {
                moveBrush(e.getX(), e.getY());
                model.dab(e.getX(), e.getY());
            }
            case LASSO -> outline.getPoints().addAll(e.getX(), e.getY());
            case RECTANGLE -> updateBand(e.getX(), e.getY());
            default -> {
            }
        }
    }

    @Override
    public void released(MouseEvent e) {
        switch (tool()) {
            case NONE -> boxes.released(e);
            case BRUSH -> model.endStroke();
            case LASSO -> {
                outline.getPoints().addAll(e.getX(), e.getY());
                outline.setVisible(false);
                ScreenPolygon p = polygon();
                outline.getPoints().clear();
                if (p != null) {
                    model.paintRegion(viewport.currentCamera(), p, subtractNow);
                }
            }
            case RECTANGLE -> {
                band.setVisible(false);
                if (!e.isStillSincePress()) {
                    model.paintRegion(viewport.currentCamera(), ScreenRect.spanning((float) startX, (float) startY,
                            (float) e.getX(), (float) e.getY()), subtractNow);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void clicked(MouseEvent e) {
        switch (tool()) {
            case NONE -> boxes.clicked(e);
            case SMART -> model.smartSelect(viewport.currentCamera(), e.getX(), e.getY(), e.isShortcutDown());
            case POLYGON -> {
                if (e.getClickCount() >= 2) {
                    ScreenPolygon p = polygon();
                    outline.getPoints().clear();
                    outline.setVisible(false);
                    if (p != null) {
                        model.paintRegion(viewport.currentCamera(), p, e.isShortcutDown());
                    }
                } else {
                    outline.getPoints().addAll(e.getX(), e.getY());
                    outline.setVisible(true);
                }
            }
            default -> {
            }
        }
    }

    /** The outline's points as a polygon, or null with fewer than three corners. */
    private ScreenPolygon polygon() {
        var pts = outline.getPoints();
        int n = pts.size() / 2;
        if (n < 3) {
            return null;
        }
        float[] xs = new float[n], ys = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = pts.get(2 * i).floatValue();
            ys[i] = pts.get(2 * i + 1).floatValue();
        }
        return new ScreenPolygon(xs, ys);
    }

    private void moveBrush(double x, double y) {
        brush.setVisible(tool() == PaintTool.BRUSH);
        if (tool() == PaintTool.BRUSH) {
            model.prepareBrush(viewport.currentCamera()); // no-op while the camera and view stay the same
        }
        brush.setCenterX(x);
        brush.setCenterY(y);
    }

    private void updateBand(double x, double y) {
        band.setX(Math.min(startX, x));
        band.setY(Math.min(startY, y));
        band.setWidth(Math.abs(x - startX));
        band.setHeight(Math.abs(y - startY));
    }
}
