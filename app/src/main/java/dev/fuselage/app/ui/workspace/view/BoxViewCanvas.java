package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.project.edit.BoxEdits;
import dev.fuselage.project.edit.BoxEdits.Handle;
import dev.fuselage.project.edit.BoxPoints;
import dev.fuselage.project.edit.BoxView;
import dev.fuselage.core.geometry.Cuboid;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * One orthogonal view of the selected box (top, side or rear), drawn on a canvas: the points in and around the
 * box projected onto the view's plane (inside ones in the class colour), the box outline, and handles. Dragging
 * an edge or a corner resizes, the body moves, the round handle in front of the top view turns the box. A drag
 * shows its box as a preview ({@code onPreview}) and ends in one edit ({@code onCommit}).
 *
 * <p>Points and outline are drawn in the frame of the {@code anchor} box (the box when the drag began), so the
 * view holds still while the box changes under the pointer.
 */
public final class BoxViewCanvas extends Region {
    /** Pixels around a handle that still grab it. */
    static final double GRAB = 7;
    /** Metres shown beyond the box on each side. */
    static final double MARGIN = 1.0;
    /** Distance of the rotation handle in front of the box (m). */
    static final double ROTATE_OFFSET = 0.6;

    private final BoxView view;
    private final Canvas canvas = new Canvas();
    private final Consumer<Cuboid> onPreview;
    private final Consumer<Cuboid> onCommit;
    private Cuboid anchor;
    private Cuboid shown;
    private BoxPoints points;
    private int classArgb = 0xFFFFFFFF;
    private double scale = 1;
    /** Zoom on top of the fit and the pan (pixels), kept until a double-click fits the box again. */
    private double zoom = 1;
    private double panX;
    private double panY;
    private double panFromX;
    private double panFromY;
    /** Zoom limits on top of the fit. */
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 20;
    private Handle grabbed;
    private double pressU;
    private double pressV;

    public BoxViewCanvas(BoxView view, Consumer<Cuboid> onPreview, Consumer<Cuboid> onCommit) {
        this.view = view;
        this.onPreview = onPreview;
        this.onCommit = onCommit;
        getChildren().add(canvas);
        getStyleClass().add("box-view");
        setMinSize(120, 100);
        widthProperty().addListener((o, a, b) -> draw());
        heightProperty().addListener((o, a, b) -> draw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        // the wheel zooms about the pointer, a right or middle drag pans, a double-click fits the box again
        canvas.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                double perNotch = e.getMultiplierY() > 0 ? e.getMultiplierY() : 40.0;
                zoomAt(e.getX(), e.getY(), Math.pow(1.2, e.getDeltaY() / perNotch));
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                fit();
            }
        });
    }

    /** Zooms by {@code factor} about a position in this view: the point under it stays under it. */
    public void zoomAt(double x, double y, double factor) {
        if (anchor == null) {
            return;
        }
        double u = (x - getWidth() / 2 - panX) / scale, v = (getHeight() / 2 + panY - y) / scale;
        double fit = fitScale(anchor);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        scale = fit * zoom;
        panX = x - getWidth() / 2 - u * scale;
        panY = y - getHeight() / 2 + v * scale;
        draw();
    }

    /** The whole box in the view again. */
    public void fit() {
        zoom = 1;
        panX = 0;
        panY = 0;
        if (anchor != null) {
            scale = fitScale(anchor);
        }
        draw();
    }

    /** The zoom on top of the fit (1: fitted). */
    public double zoom() {
        return zoom;
    }

    /** Which view this is. */
    public BoxView view() {
        return view;
    }

    /** Pixels per metre now. */
    public double scale() {
        return scale;
    }

    /** Whether a drag is running (the box shown is a preview). */
    public boolean isDragging() {
        return grabbed != null;
    }

    /**
     * Shows a box: {@code anchor} fixes the frame, {@code box} is drawn in it, {@code pts} are the points around
     * the anchor in its frame. Null clears the view.
     */
    public void show(Cuboid anchorBox, Cuboid box, BoxPoints pts, int argb) {
        if (anchorBox == null || grabbed == null) {
            scale = anchorBox == null ? 1 : fitScale(anchorBox) * zoom;
        }
        anchor = anchorBox;
        shown = box;
        points = pts;
        classArgb = argb;
        draw();
    }

    /** Screen position (in this view) of a point given in the anchor's (u, v), for tests and handles. */
    public double screenX(double u) {
        return getWidth() / 2 + panX + u * scale;
    }

    public double screenY(double v) {
        return getHeight() / 2 + panY - v * scale;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        canvas.relocate(0, 0);
    }

    private double fitScale(Cuboid b) {
        double su = view.sizeU(b.length(), b.width(), b.height()) + 2 * MARGIN + (view == BoxView.TOP ? 2 * ROTATE_OFFSET : 0);
        double sv = view.sizeV(b.length(), b.width(), b.height()) + 2 * MARGIN;
        double w = Math.max(1, getWidth() - 16), h = Math.max(1, getHeight() - 28);
        return Math.max(1e-3, Math.min(w / su, h / sv));
    }

    /** The shown box's centre and half sizes in the anchor's (u, v). */
    private double[] shownRect() {
        double c = Math.cos(anchor.yaw()), s = Math.sin(anchor.yaw());
        double dx = shown.cx() - anchor.cx(), dy = shown.cy() - anchor.cy(), dz = shown.cz() - anchor.cz();
        double lx = c * dx + s * dy, ly = -s * dx + c * dy;
        double u = view.u(lx, ly, dz), v = view.v(lx, ly, dz);
        double hu = view.sizeU(shown.length(), shown.width(), shown.height()) / 2;
        double hv = view.sizeV(shown.length(), shown.width(), shown.height()) / 2;
        return new double[] {u, v, hu, hv};
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth(), h = getHeight();
        g.setFill(Color.rgb(20, 24, 30));
        g.fillRect(0, 0, w, h);
        g.setFill(Color.rgb(160, 170, 185));
        g.fillText(view.title(), 6, 14);
        if (anchor == null || shown == null) {
            g.fillText("No box selected", 6, 30);
            return;
        }
        drawPoints(g);
        drawBox(g);
    }

    private void drawPoints(GraphicsContext g) {
        if (points == null) {
            return;
        }
        Color in = argb(classArgb), out = Color.rgb(150, 155, 165, 0.8);
        float[] px = points.x(), py = points.y(), pz = points.z();
        boolean[] inside = points.inside();
        for (int i = 0; i < points.count(); i++) {
            g.setFill(inside[i] ? in : out);
            g.fillRect(screenX(view.u(px[i], py[i], pz[i])) - 1, screenY(view.v(px[i], py[i], pz[i])) - 1, 2.2, 2.2);
        }
    }

    private void drawBox(GraphicsContext g) {
        double[] r = shownRect();
        double yawInView = view == BoxView.TOP ? shown.yaw() - anchor.yaw() : 0;
        double cu = r[0], cv = r[1], hu = r[2], hv = r[3];
        double c = Math.cos(yawInView), s = Math.sin(yawInView);
        double[][] corner = {{hu, hv}, {-hu, hv}, {-hu, -hv}, {hu, -hv}};
        double[] xs = new double[4], ys = new double[4];
        for (int i = 0; i < 4; i++) {
            xs[i] = screenX(cu + c * corner[i][0] - s * corner[i][1]);
            ys[i] = screenY(cv + s * corner[i][0] + c * corner[i][1]);
        }
        Color line = argb(classArgb);
        g.setStroke(line);
        g.setLineWidth(1.6);
        g.strokePolygon(xs, ys, 4);
        g.setFill(Color.WHITE);
        for (int i = 0; i < 4; i++) {
            g.fillRect(xs[i] - 3, ys[i] - 3, 6, 6);
            int j = (i + 1) % 4;
            g.fillOval((xs[i] + xs[j]) / 2 - 3, (ys[i] + ys[j]) / 2 - 3, 6, 6);
        }
        if (view != BoxView.REAR) { // heading: the front (+u) side drawn thicker
            g.setLineWidth(3);
            g.strokeLine(xs[0], ys[0], xs[3], ys[3]);
        }
        if (view == BoxView.TOP) {
            double ru = cu + c * (hu + ROTATE_OFFSET), rv = cv + s * (hu + ROTATE_OFFSET);
            g.setLineWidth(1);
            g.strokeLine(screenX(cu + c * hu), screenY(cv + s * hu), screenX(ru), screenY(rv));
            g.setFill(Color.rgb(255, 210, 80));
            g.fillOval(screenX(ru) - 5, screenY(rv) - 5, 10, 10);
        }
    }

    /** The handle under a screen position, or null (only when the box is unturned in this view). */
    Handle handleAt(double x, double y) {
        double[] r = shownRect();
        double cu = r[0], cv = r[1], hu = r[2], hv = r[3];
        double u = (x - getWidth() / 2 - panX) / scale, v = (getHeight() / 2 + panY - y) / scale;
        double grab = GRAB / scale;
        if (view == BoxView.TOP && Math.hypot(u - (cu + hu + ROTATE_OFFSET), v - cv) <= grab * 1.5) {
            return Handle.ROTATE;
        }
        int su = Math.abs(u - (cu + hu)) <= grab ? 1 : Math.abs(u - (cu - hu)) <= grab ? -1 : 0;
        int sv = Math.abs(v - (cv + hv)) <= grab ? 1 : Math.abs(v - (cv - hv)) <= grab ? -1 : 0;
        boolean withinU = Math.abs(u - cu) <= hu + grab, withinV = Math.abs(v - cv) <= hv + grab;
        if ((su != 0 || sv != 0) && withinU && withinV) {
            return new Handle(BoxEdits.Grip.SIDES, su, sv);
        }
        return withinU && withinV ? Handle.BODY : null;
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY
                || e.getButton() == javafx.scene.input.MouseButton.MIDDLE) {
            panFromX = e.getX();
            panFromY = e.getY();
            e.consume();
            return;
        }
        if (anchor == null || shown == null || e.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
            return;
        }
        grabbed = handleAt(e.getX(), e.getY());
        pressU = e.getX();
        pressV = e.getY();
        e.consume();
    }

    private void onDragged(MouseEvent e) {
        if (e.isSecondaryButtonDown() || e.isMiddleButtonDown()) {
            panX += e.getX() - panFromX;
            panY += e.getY() - panFromY;
            panFromX = e.getX();
            panFromY = e.getY();
            draw();
            e.consume();
            return;
        }
        if (grabbed == null) {
            return;
        }
        onPreview.accept(dragged(e));
        e.consume();
    }

    private void onReleased(MouseEvent e) {
        if (grabbed == null) {
            return;
        }
        Cuboid result = dragged(e);
        grabbed = null;
        onCommit.accept(result);
        e.consume();
    }

    private Cuboid dragged(MouseEvent e) {
        if (grabbed.grip() == BoxEdits.Grip.ROTATE) {
            double u = (e.getX() - getWidth() / 2 - panX) / scale, v = (getHeight() / 2 + panY - e.getY()) / scale;
            double[] r = shownRect();
            return BoxEdits.drag(anchor, view, grabbed, u - r[0], v - r[1]);
        }
        double du = (e.getX() - pressU) / scale, dv = -(e.getY() - pressV) / scale;
        return BoxEdits.drag(anchor, view, grabbed, du, dv);
    }

    private static Color argb(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }
}
