package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.app.ui.workspace.model.BoxActions;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.project.edit.BoxPoints;
import dev.fuselage.project.edit.BoxView;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The top, side and rear views of the selected box, stacked. They follow the selection, its stored box and the
 * preview of a running drag; a drag in any of them previews in all of them and in the 3D view, and its release is
 * one edit.
 */
public final class BoxViewsPane extends VBox {
    private final WorkspaceModel model;
    private final Map<BoxView, BoxViewCanvas> views = new EnumMap<>(BoxView.class);
    private Cuboid pointsFor;
    private PointCloud pointsOf;
    private BoxPoints points;

    public BoxViewsPane(WorkspaceModel model, BoxActions actions) {
        super(4);
        this.model = model;
        getStyleClass().add("box-views");
        for (BoxView v : BoxView.values()) {
            BoxViewCanvas c = new BoxViewCanvas(v, model.selection()::setPreview, actions::setBox);
            VBox.setVgrow(c, Priority.ALWAYS);
            views.put(v, c);
            getChildren().add(c);
        }
        setPrefWidth(300);
        model.selection().selectedProperty().addListener((o, a, b) -> refresh());
        model.selection().previewProperty().addListener((o, a, b) -> refresh());
        model.frame().cloudProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** One of the three views. */
    public BoxViewCanvas view(BoxView v) {
        return views.get(v);
    }

    private void refresh() {
        ObjectAnnotation sel = model.selection().selectedProperty().get();
        PointCloud cloud = model.cloud();
        if (sel == null || cloud == null) {
            views.values().forEach(v -> v.show(null, null, null, 0));
            return;
        }
        Cuboid anchor = sel.box();
        Cuboid shown = model.selection().shownBox().orElse(anchor);
        if (!anchor.equals(pointsFor) || cloud != pointsOf) {
            points = BoxPoints.around(cloud, anchor, BoxViewCanvas.MARGIN);
            pointsFor = anchor;
            pointsOf = cloud;
        }
        int argb = SceneLoader.classColor(model.ontology(), sel.className());
        views.values().forEach(v -> v.show(anchor, shown, pointsInside(shown, anchor), argb));
    }

    /** Points around the anchor, with "inside" meaning inside the box as shown (it changes during a drag). */
    private BoxPoints pointsInside(Cuboid shown, Cuboid anchor) {
        if (shown.equals(anchor)) {
            return points;
        }
        boolean[] in = new boolean[points.count()];
        int n = 0;
        double c = Math.cos(anchor.yaw()), s = Math.sin(anchor.yaw());
        for (int i = 0; i < points.count(); i++) {
            // back to world, then the shown box's test
            double wx = anchor.cx() + c * points.x()[i] - s * points.y()[i];
            double wy = anchor.cy() + s * points.x()[i] + c * points.y()[i];
            in[i] = shown.contains(wx, wy, anchor.cz() + points.z()[i]);
            n += in[i] ? 1 : 0;
        }
        return new BoxPoints(points.x(), points.y(), points.z(), in, points.count(), n);
    }
}
