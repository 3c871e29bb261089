package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.model.BoxActions;
import dev.fuselage.app.ui.workspace.model.ToolModel;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.PickResult;
import java.util.function.BiConsumer;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.joml.Vector3d;

/**
 * The 3D view's editing tools.
 * <ul>
 *   <li>Select / move: a click picks the box under the pointer ({@link Renderer#pick}) or clears the selection on
 *   empty space; a drag that starts on a box moves it on the ground plane (in the bird's-eye and the 3D view); a
 *   drag of the yellow handle in front of the selected box turns it; Ctrl+drag draws a rectangle that selects
 *   every box whose centre is inside (Ctrl+click adds or removes one box). Drags elsewhere move the camera.</li>
 *   <li>Create: a drag in the bird's-eye view draws a rectangle that becomes a box of the active class (choosing
 *   the tool switches the view to bird's-eye at the same scale); a click without a drag fits a box to the object
 *   under it (one-click fit, when {@link #setClickFit} gave one), else makes nothing.</li>
 * </ul>
 * A drag previews its box and ends in one edit; Escape ({@link #cancel}) drops it.
 */
public final class ViewportTools implements Viewport3D.Tool {
    /** Pick tolerance in pixels. */
    static final int PICK_RADIUS = 6;
    /** A create or rectangle drag shorter than this (pixels, both ways) is a click, not a rectangle. */
    static final double MIN_DRAG = 4;
    /** Pixels around the turn handle that still grab it. */
    static final double HANDLE_GRAB = 10;
    /** Screen distance of the turn handle beyond the front face (pixels). */
    static final double HANDLE_OFFSET_PX = 28;

    private enum Gesture { NONE, CREATE, RECTANGLE, MOVE, TURN }

    private final WorkspaceModel model;
    private final BoxActions actions;
    private final Renderer renderer;
    private final Viewport3D viewport;
    private final Rectangle band = new Rectangle();
    private final Line headingLine = new Line();
    private final Circle handle = new Circle(6);
    private Gesture gesture = Gesture.NONE;
    private double startX;
    private double startY;
    private Cuboid grabbedBox;
    private final Vector3d grabbedAt = new Vector3d();
    private BiConsumer<PickResult, Runnable> clickFit;

    public ViewportTools(WorkspaceModel model, BoxActions actions, Renderer renderer, Viewport3D viewport) {
        this.model = model;
        this.actions = actions;
        this.renderer = renderer;
        this.viewport = viewport;
        band.setFill(Color.rgb(90, 176, 255, 0.15));
        band.setStroke(Color.rgb(90, 176, 255));
        band.setVisible(false);
        band.setManaged(false);
        headingLine.setStroke(Color.rgb(255, 210, 80));
        headingLine.setManaged(false);
        handle.setFill(Color.rgb(255, 210, 80));
        handle.setStroke(Color.rgb(40, 30, 0));
        handle.setManaged(false);
        handle.getStyleClass().add("turn-handle");
        viewport.overlay().getChildren().addAll(band, headingLine, handle);
        model.tools().toolProperty().addListener((o, a, t) -> {
            if (t == ToolModel.Tool.CREATE && viewport.camera().mode() != OrbitCamera.Mode.BIRDS_EYE) {
                viewport.toggleBirdsEye();
            }
            placeHandle();
        });
        viewport.lastFrameProperty().addListener((o, a, f) -> placeHandle());
        model.selection().selectedProperty().addListener((o, a, b) -> placeHandle());
        model.selection().previewProperty().addListener((o, a, b) -> placeHandle());
        placeHandle();
    }

    @Override
    public boolean pressed(MouseEvent e) {
        startX = e.getX();
        startY = e.getY();
        if (model.tools().toolProperty().get() == ToolModel.Tool.CREATE) {
            if (e.isShiftDown()) {
                return false; // Shift+drag still moves the camera
            }
            if (viewport.camera().mode() != OrbitCamera.Mode.BIRDS_EYE) {
                viewport.toggleBirdsEye();
            }
            return begin(Gesture.CREATE, e);
        }
        if (e.isShortcutDown()) {
            return begin(Gesture.RECTANGLE, e);
        }
        RenderCamera cam = viewport.currentCamera();
        ObjectAnnotation sel = model.selection().selectedProperty().get();
        if (sel != null && nearHandle(cam, sel.box(), e.getX(), e.getY())) {
            grabbedBox = sel.box();
            return begin(Gesture.TURN, e);
        }
        PickResult pick = renderer.pick(cam, e.getX(), e.getY(), PICK_RADIUS);
        if (pick.cuboidId().isEmpty()) {
            return false; // empty space: the camera's drag
        }
        ObjectId id = model.frame().objectOfCuboid(pick.cuboidId().getAsLong()).orElse(null);
        if (id == null) {
            return false;
        }
        if (!id.equals(model.selection().selectedIdProperty().get())) {
            model.selection().select(id);
        }
        ObjectAnnotation o = model.selection().selectedProperty().get();
        if (o == null || !groundHit(cam, e.getX(), e.getY(), o.box().cz(), grabbedAt)) {
            return false;
        }
        grabbedBox = o.box();
        return begin(Gesture.MOVE, e);
    }

    private boolean begin(Gesture g, MouseEvent e) {
        gesture = g;
        if (g == Gesture.CREATE || g == Gesture.RECTANGLE) {
            band.setVisible(true);
            updateBand(e.getX(), e.getY());
        }
        return true;
    }

    @Override
    public void dragged(MouseEvent e) {
        switch (gesture) {
            case CREATE, RECTANGLE -> updateBand(e.getX(), e.getY());
            case MOVE, TURN -> model.selection().setPreview(draggedBox(gesture, e.getX(), e.getY()));
            default -> { }
        }
    }

    /**
     * Makes a click with the create tool fit the object under it (a drag still draws the box): {@code fit} gets
     * the clicked point and what to do instead when no object is there.
     */
    public void setClickFit(BiConsumer<PickResult, Runnable> fit) {
        clickFit = fit;
    }

    @Override
    public void released(MouseEvent e) {
        Gesture g = gesture;
        gesture = Gesture.NONE;
        band.setVisible(false);
        boolean moved = Math.abs(e.getX() - startX) >= MIN_DRAG || Math.abs(e.getY() - startY) >= MIN_DRAG;
        boolean rectangle = Math.abs(e.getX() - startX) >= MIN_DRAG && Math.abs(e.getY() - startY) >= MIN_DRAG;
        switch (g) {
            case CREATE -> {
                if (rectangle) { // a box only from a real drag: a stray click (on the view cube, say) makes none
                    actions.create(footprint(viewport.currentCamera(), startX, startY, e.getX(), e.getY()));
                } else if (clickFit != null) { // one-click fit: the object under the click, nothing on the road
                    PickResult pick = renderer.pick(viewport.currentCamera(), e.getX(), e.getY(), PICK_RADIUS);
                    if (pick.hasPoint()) {
                        clickFit.accept(pick, () -> { });
                    }
                }
            }
            case RECTANGLE -> {
                if (rectangle) {
                    selectInside(viewport.currentCamera(), startX, startY, e.getX(), e.getY());
                } else {
                    toggleAt(e.getX(), e.getY());
                }
            }
            case MOVE, TURN -> {
                Cuboid box = moved ? draggedBox(g, e.getX(), e.getY()) : null;
                model.selection().setPreview(null);
                if (box != null) {
                    actions.setBox(box);
                }
            }
            default -> { }
        }
        grabbedBox = null;
    }

    /** Drops a running drag without an edit; false when none was running. */
    public boolean cancel() {
        if (gesture == Gesture.NONE) {
            return false;
        }
        gesture = Gesture.NONE;
        band.setVisible(false);
        grabbedBox = null;
        model.selection().setPreview(null);
        viewport.cancelToolGesture();
        return true;
    }

    @Override
    public void clicked(MouseEvent e) {
        if (model.tools().toolProperty().get() != ToolModel.Tool.SELECT || e.isShortcutDown()) {
            return;
        }
        PickResult pick = renderer.pick(viewport.currentCamera(), e.getX(), e.getY(), PICK_RADIUS);
        if (pick.cuboidId().isPresent()) {
            model.frame().objectOfCuboid(pick.cuboidId().getAsLong()).ifPresent(model.selection()::select);
        } else {
            model.selection().clear();
        }
    }

    /** The grabbed box moved (or turned) so that the ground point under the press is under {@code (x, y)}. */
    private Cuboid draggedBox(Gesture g, double x, double y) {
        RenderCamera cam = viewport.currentCamera();
        Vector3d at = new Vector3d();
        if (grabbedBox == null || !groundHit(cam, x, y, grabbedBox.cz(), at)) {
            return grabbedBox;
        }
        if (g == Gesture.TURN) { // the handle sits straight ahead of the box: its heading points at the cursor
            return grabbedBox.withYaw(Math.atan2(at.y - grabbedBox.cy(), at.x - grabbedBox.cx()));
        }
        return grabbedBox.withCenter(grabbedBox.cx() + at.x - grabbedAt.x, grabbedBox.cy() + at.y - grabbedAt.y,
                grabbedBox.cz());
    }

    /**
     * Where the pointer's ray meets the horizontal plane {@code z}: in the bird's-eye view straight below the
     * pointer, in perspective where the ray crosses the plane. False when the ray runs (nearly) parallel to it or
     * meets it behind the camera.
     */
    static boolean groundHit(RenderCamera cam, double x, double y, double z, Vector3d dest) {
        Vector3d o = new Vector3d(), d = new Vector3d();
        cam.ray(x, y, o, d);
        if (Math.abs(d.z) < 1e-6) {
            return false;
        }
        double t = (z - o.z) / d.z;
        if (t < 0) {
            return false;
        }
        dest.set(o.x + t * d.x, o.y + t * d.y, z);
        return true;
    }

    /**
     * The bird's-eye rectangle between two window positions as a flat box: its longer side is the length, so a
     * box drawn across the view heads along the view's y axis.
     */
    static Cuboid footprint(RenderCamera cam, double x0, double y0, double x1, double y1) {
        Vector3d a = cam.unproject(x0, y0, 0.5, new Vector3d()), b = cam.unproject(x1, y1, 0.5, new Vector3d());
        double cx = (a.x + b.x) / 2, cy = (a.y + b.y) / 2;
        double dx = Math.abs(a.x - b.x), dy = Math.abs(a.y - b.y);
        return dx >= dy ? Cuboid.upright(cx, cy, 0, dx, dy, 0, 0) : Cuboid.upright(cx, cy, 0, dy, dx, 0, Math.PI / 2);
    }

    /** Selects every box of the frame whose centre projects inside the window rectangle. */
    private void selectInside(RenderCamera cam, double x0, double y0, double x1, double y1) {
        double minX = Math.min(x0, x1), maxX = Math.max(x0, x1), minY = Math.min(y0, y1), maxY = Math.max(y0, y1);
        List<ObjectId> inside = new ArrayList<>();
        Vector3d s = new Vector3d();
        for (ObjectAnnotation o : model.frame().objects()) {
            Cuboid b = o.box();
            if (cam.project(b.cx(), b.cy(), b.cz(), s) && s.x >= minX && s.x <= maxX && s.y >= minY && s.y <= maxY) {
                inside.add(o.id());
            }
        }
        model.selection().selectAll(inside, null);
    }

    private void toggleAt(double x, double y) {
        PickResult pick = renderer.pick(viewport.currentCamera(), x, y, PICK_RADIUS);
        if (pick.cuboidId().isPresent()) {
            model.frame().objectOfCuboid(pick.cuboidId().getAsLong()).ifPresent(model.selection()::toggle);
        }
    }

    /** The turn handle's world position for a box seen through {@code cam}: ahead of the front face. */
    private static boolean handleOnScreen(RenderCamera cam, Cuboid b, Vector3d dest) {
        double c = Math.cos(b.yaw()), s = Math.sin(b.yaw());
        Vector3d front = new Vector3d();
        if (!cam.project(b.cx() + c * b.length() / 2, b.cy() + s * b.length() / 2, b.cz(), front)
                || !cam.project(b.cx() + c * (b.length() / 2 + 1), b.cy() + s * (b.length() / 2 + 1), b.cz(), dest)) {
            return false;
        }
        double px = dest.x - front.x, py = dest.y - front.y, len = Math.hypot(px, py);
        if (len < 1e-6) {
            return false; // looking straight along the heading: no handle to grab
        }
        dest.set(front.x + px / len * HANDLE_OFFSET_PX, front.y + py / len * HANDLE_OFFSET_PX, 0);
        return true;
    }

    private static boolean nearHandle(RenderCamera cam, Cuboid b, double x, double y) {
        Vector3d h = new Vector3d();
        return handleOnScreen(cam, b, h) && Math.hypot(h.x - x, h.y - y) <= HANDLE_GRAB;
    }

    /** Puts the heading line and the turn handle at the selected box as drawn in the frame on screen. */
    private void placeHandle() {
        FrameImage f = viewport.lastFrameProperty().get();
        Cuboid b = model.selection().shownBox().orElse(null);
        boolean show = f != null && b != null && model.tools().toolProperty().get() == ToolModel.Tool.SELECT;
        Vector3d h = new Vector3d(), front = new Vector3d();
        if (show) {
            RenderCamera cam = f.camera();
            double c = Math.cos(b.yaw()), s = Math.sin(b.yaw());
            show = handleOnScreen(cam, b, h)
                    && cam.project(b.cx() + c * b.length() / 2, b.cy() + s * b.length() / 2, b.cz(), front);
        }
        handle.setVisible(show);
        headingLine.setVisible(show);
        if (show) {
            handle.setCenterX(h.x);
            handle.setCenterY(h.y);
            headingLine.setStartX(front.x);
            headingLine.setStartY(front.y);
            headingLine.setEndX(h.x);
            headingLine.setEndY(h.y);
        }
    }

    /** The turn handle (tests grab it). */
    public Circle turnHandle() {
        return handle;
    }

    private void updateBand(double x, double y) {
        band.setX(Math.min(startX, x));
        band.setY(Math.min(startY, y));
        band.setWidth(Math.abs(x - startX));
        band.setHeight(Math.abs(y - startY));
    }
}
