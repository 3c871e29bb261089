package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.model.BoxActions;
import dev.fuselage.app.ui.workspace.model.ToolModel;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.render.PickResult;
import java.util.function.BiConsumer;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.joml.Vector3d;

/**
 * The 3D view's editing tools. Select: a click picks the box under the pointer ({@link Renderer#pick}), or clears
 * the selection on empty space. Create: a drag in the bird's-eye view draws a rectangle that becomes a box of the
 * active class (the tool switches the view to bird's-eye); a click fits a box to the object under it (one-click fit,
 * when {@link #setClickFit} gave one), or else makes a box of the class's prior size.
 */
public final class ViewportTools implements Viewport3D.Tool {
    /** Pick tolerance in pixels. */
    static final int PICK_RADIUS = 6;
    /** A press and release closer than this (pixels) is a click, not a drag. */
    static final int CLICK_SLOP = 4;

    private final WorkspaceModel model;
    private final BoxActions actions;
    private final Renderer renderer;
    private final Viewport3D viewport;
    private final Rectangle band = new Rectangle();
    private double startX;
    private double startY;
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
        viewport.overlay().getChildren().add(band);
        model.tools().toolProperty().addListener((o, a, t) -> {
            if (t == ToolModel.Tool.CREATE && viewport.camera().mode() != OrbitCamera.Mode.BIRDS_EYE) {
                viewport.toggleBirdsEye();
            }
        });
    }

    @Override
    public boolean pressed(MouseEvent e) {
        if (model.tools().toolProperty().get() != ToolModel.Tool.CREATE || e.isShiftDown()) {
            return false; // select tool: drags stay camera moves
        }
        if (viewport.camera().mode() != OrbitCamera.Mode.BIRDS_EYE) {
            viewport.toggleBirdsEye();
        }
        startX = e.getX();
        startY = e.getY();
        band.setVisible(true);
        updateBand(e.getX(), e.getY());
        return true;
    }

    @Override
    public void dragged(MouseEvent e) {
        updateBand(e.getX(), e.getY());
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
        band.setVisible(false);
        Cuboid footprint = footprint(viewport.currentCamera(), startX, startY, e.getX(), e.getY());
        if (clickFit != null && Math.abs(e.getX() - startX) < CLICK_SLOP && Math.abs(e.getY() - startY) < CLICK_SLOP) {
            PickResult pick = renderer.pick(viewport.currentCamera(), e.getX(), e.getY(), PICK_RADIUS);
            if (pick.hasPoint()) {
                clickFit.accept(pick, () -> actions.create(footprint));
                return;
            }
        }
        actions.create(footprint);
    }

    @Override
    public void clicked(MouseEvent e) {
        if (model.tools().toolProperty().get() != ToolModel.Tool.SELECT) {
            return;
        }
        PickResult pick = renderer.pick(viewport.currentCamera(), e.getX(), e.getY(), PICK_RADIUS);
        if (pick.cuboidId().isPresent()) {
            model.frame().objectOfCuboid(pick.cuboidId().getAsLong()).ifPresent(model.selection()::select);
        } else {
            model.selection().clear();
        }
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

    private void updateBand(double x, double y) {
        band.setX(Math.min(startX, x));
        band.setY(Math.min(startY, y));
        band.setWidth(Math.abs(x - startX));
        band.setHeight(Math.abs(y - startY));
    }
}
