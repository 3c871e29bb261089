package dev.fuselage.app.ui.workspace.camera;

import dev.fuselage.fusion.project.CuboidProjection;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One camera on a canvas: the image scaled to fit the panel (aspect kept, centred), the lidar points when shown,
 * and every projected cuboid in its class colour, the selected one thicker with a light halo and its class
 * named. A click on a box selects its object through the {@link CameraOverlayModel}.
 */
public final class CameraPanel extends Region {
    private static final Color BACKGROUND = Color.rgb(16, 20, 24);
    private final CameraOverlayModel model;
    private final Canvas canvas = new Canvas();
    private CameraView view;
    private Image plain, withPoints;
    private double scale = 1, offsetX, offsetY;
    /** Zoom on top of the fit (1: the whole image fits) and the pan in pixels, kept across frames. */
    private double zoom = 1, panX, panY;
    private double dragX, dragY;
    /** Largest zoom on top of the fit. */
    static final double MAX_ZOOM = 16;

    public CameraPanel(CameraOverlayModel model, CameraView view) {
        this.model = model;
        getStyleClass().add("camera-panel");
        getChildren().add(canvas);
        setMinSize(80, 40);
        setView(view);
        model.showPointsProperty().addListener((o, a, b) -> redraw());
        model.boxesVersionProperty().addListener((o, a, b) -> redraw());
        canvas.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                fit();
            } else if (this.view != null && scale > 0 && e.isStillSincePress()) {
                model.clickAt(this.view, (e.getX() - offsetX) / scale, (e.getY() - offsetY) / scale);
            }
        });
        // the wheel zooms about the pointer, a drag pans, a double-click fits the image again
        canvas.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                double perNotch = e.getMultiplierY() > 0 ? e.getMultiplierY() : 40.0;
                zoomAt(e.getX(), e.getY(), Math.pow(1.2, e.getDeltaY() / perNotch));
                e.consume();
            }
        });
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.setOnMouseDragged(e -> {
            panX += e.getX() - dragX;
            panY += e.getY() - dragY;
            dragX = e.getX();
            dragY = e.getY();
            redraw();
        });
    }

    /** Shows another frame's image of this camera. */
    public void setView(CameraView v) {
        this.view = v;
        plain = image(v.image(), v.width(), v.height());
        withPoints = image(v.imageWithPoints(), v.width(), v.height());
        redraw();
    }

    public CameraView view() {
        return view;
    }

    /**
     * Zooms by {@code factor} about a position on the panel: the image pixel under it stays under it. The zoom
     * never goes below the fit nor above {@value #MAX_ZOOM} times it.
     */
    public void zoomAt(double x, double y, double factor) {
        if (view == null || scale <= 0) {
            return;
        }
        double u = (x - offsetX) / scale, v = (y - offsetY) / scale;
        zoom = Math.max(1, Math.min(MAX_ZOOM, zoom * factor));
        double w = canvas.getWidth(), h = canvas.getHeight();
        double s = fitScale(w, h) * zoom;
        panX = x - u * s - (w - view.width() * s) / 2;
        panY = y - v * s - (h - view.height() * s) / 2;
        redraw();
    }

    /** The whole image in the panel again. */
    public void fit() {
        zoom = 1;
        panX = 0;
        panY = 0;
        redraw();
    }

    /** The zoom on top of the fit (1: fitted). */
    public double zoom() {
        return zoom;
    }

    /** Panel pixels per image pixel now. */
    public double scale() {
        return scale;
    }

    private double fitScale(double w, double h) {
        return Math.min(w / view.width(), h / view.height());
    }

    /** Scene coordinates of an image pixel as drawn now (for tests and tools). */
    public javafx.geometry.Point2D toScreen(double u, double v) {
        return canvas.localToScreen(offsetX + u * scale, offsetY + v * scale);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 160;
    }

    private void redraw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (view == null || w < 1 || h < 1) {
            return;
        }
        scale = fitScale(w, h) * zoom;
        if (zoom == 1) {
            panX = 0;
            panY = 0;
        }
        offsetX = (w - view.width() * scale) / 2 + panX;
        offsetY = (h - view.height() * scale) / 2 + panY;
        paint(canvas.getGraphicsContext2D(), w, h, view, model.showPointsProperty().get() ? withPoints : plain,
                scale, offsetX, offsetY);
    }

    /**
     * Draws a camera view into {@code g}: the background, the image at {@code scale} and offset, the boxes on top,
     * clipped to the image. Shared with the screenshot renderer.
     */
    static void paint(GraphicsContext g, double w, double h, CameraView view, Image image, double scale,
                      double offsetX, double offsetY) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        double iw = view.width() * scale, ih = view.height() * scale;
        g.setImageSmoothing(true);
        g.drawImage(image, offsetX, offsetY, iw, ih);
        g.save();
        g.beginPath();
        g.rect(offsetX, offsetY, iw, ih);
        g.clip();
        g.setLineCap(StrokeLineCap.ROUND);
        ProjectedBox selected = null;
        for (ProjectedBox b : view.boxes().boxes()) {
            if (b.selected()) {
                selected = b;
                continue;
            }
            stroke(g, b.projection(), argb(b.argb(), 0.95), 1.6, scale, offsetX, offsetY);
            front(g, b.projection(), argb(b.argb(), 0.95), 1.2, scale, offsetX, offsetY);
        }
        if (selected != null) {
            stroke(g, selected.projection(), Color.rgb(255, 255, 255, 0.85), 5, scale, offsetX, offsetY);
            stroke(g, selected.projection(), argb(selected.argb(), 1), 2.6, scale, offsetX, offsetY);
            front(g, selected.projection(), argb(selected.argb(), 1), 2, scale, offsetX, offsetY);
            CuboidProjection p = selected.projection();
            double x = offsetX + p.boxLeft() * scale, y = offsetY + p.boxTop() * scale;
            g.setFont(Font.font(12));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.setFill(Color.rgb(0, 0, 0, 0.6));
            g.fillRect(x, Math.max(offsetY, y - 16), selected.className().length() * 7.5 + 6, 16);
            g.setFill(Color.WHITE);
            g.fillText(selected.className(), x + 3, Math.max(offsetY + 16, y) - 2);
        }
        g.restore();
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(Color.rgb(0, 0, 0, 0.55));
        g.fillRect(offsetX, offsetY, view.name().length() * 7 + 8, 16);
        g.setFill(Color.rgb(230, 230, 230));
        g.fillText(view.name(), offsetX + 4, offsetY + 2);
    }

    private static void stroke(GraphicsContext g, CuboidProjection p, Color color, double width, double scale,
                               double ox, double oy) {
        g.setStroke(color);
        g.setLineWidth(width);
        double[] s = p.segments();
        g.beginPath();
        for (int i = 0; i < p.segmentCount(); i++) {
            g.moveTo(ox + s[4 * i] * scale, oy + s[4 * i + 1] * scale);
            g.lineTo(ox + s[4 * i + 2] * scale, oy + s[4 * i + 3] * scale);
        }
        g.stroke();
    }

    /**
     * The heading marker: a cross on the box's front face (corners 0, 1, 5, 4 of {@code Cuboid#corners}), as the
     * 3D view draws it, so a box facing backwards shows at once. Drawn when the whole face is in front of the
     * camera.
     */
    private static void front(GraphicsContext g, CuboidProjection p, Color color, double width, double scale,
                              double ox, double oy) {
        if (!(p.cornerInFront(0) && p.cornerInFront(1) && p.cornerInFront(4) && p.cornerInFront(5))) {
            return;
        }
        double[] c = p.corners();
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeLine(ox + c[0] * scale, oy + c[1] * scale, ox + c[10] * scale, oy + c[11] * scale);
        g.strokeLine(ox + c[2] * scale, oy + c[3] * scale, ox + c[8] * scale, oy + c[9] * scale);
    }

    private static Color argb(int argb, double opacity) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, opacity);
    }

    /** A JavaFX image of ARGB pixels. */
    static Image image(int[] argb, int width, int height) {
        WritableImage img = new WritableImage(width, height);
        img.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return img;
    }
}
