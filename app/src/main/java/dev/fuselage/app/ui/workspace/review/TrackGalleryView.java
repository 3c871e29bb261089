package dev.fuselage.app.ui.workspace.review;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.edit.BoxPoints;
import dev.fuselage.project.edit.BoxView;
import dev.fuselage.project.review.TrackGallery;
import dev.fuselage.project.review.TrackGallery.Shot;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The object gallery: for one track, a contact sheet over its frames, each tile the box's top, side and rear view
 * with its points (inside ones in the class colour) and its L x W x H, so size jumps and misfits stand out side by
 * side. A click on a tile goes to that frame and selects the box. The shots are read in the background.
 */
public final class TrackGalleryView extends BorderPane {
    /** Most frames on one sheet (a longer track is sampled evenly). */
    public static final int MAX_SHOTS = 120;
    private static final double VIEW = 92;

    private final WorkspaceModel workspace;
    private final HBox tiles = new HBox(8);
    private final Label title = new Label();
    private Task<List<Shot>> loading;

    public TrackGalleryView(WorkspaceModel workspace) {
        this.workspace = workspace;
        getStyleClass().add("track-gallery");
        setPadding(new Insets(8));
        tiles.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToHeight(true);
        title.getStyleClass().add("pane-title");
        setTop(title);
        setCenter(scroll);
    }

    /** The tiles (tests count them). */
    public HBox tiles() {
        return tiles;
    }

    /** The task reading the current track's shots, if one was started. */
    public Task<List<Shot>> loading() {
        return loading;
    }

    /** Shows {@code track}, reading its shots on {@code background}. */
    public void show(TrackId track, Executor background) {
        if (loading != null) {
            loading.cancel();
        }
        title.setText("Track " + track + " \u2014 reading\u2026");
        tiles.getChildren().setAll(new ProgressIndicator());
        Task<List<Shot>> task = new Task<>() {
            @Override
            protected List<Shot> call() throws Exception {
                return TrackGallery.of(workspace.project(), track, MAX_SHOTS, ExportProgress.NONE);
            }
        };
        task.setOnSucceeded(e -> fill(track, task.getValue()));
        task.setOnFailed(e -> title.setText("Track " + track + ": " + task.getException().getMessage()));
        loading = task;
        background.execute(task);
    }

    private void fill(TrackId track, List<Shot> shots) {
        String cls = shots.isEmpty() ? "" : shots.get(0).object().className();
        title.setText("Track " + track + " " + cls + " \u2014 " + shots.size() + " frame" + (shots.size() == 1 ? ""
                : "s") + " (top, side, rear)");
        tiles.getChildren().clear();
        for (Shot s : shots) {
            tiles.getChildren().add(tile(s));
        }
    }

    private VBox tile(Shot s) {
        ObjectAnnotation o = s.object();
        Label head = new Label(s.frameId() + "  " + o.className());
        Label size = new Label(String.format(Locale.ROOT, "%.2f \u00d7 %.2f \u00d7 %.2f m", o.box().length(),
                o.box().width(), o.box().height()));
        Color colour = Color.web(String.format("#%06x", SceneLoader.classColor(workspace.ontology(), o.className())
                & 0xFFFFFF));
        VBox views = new VBox(2);
        for (BoxView v : BoxView.values()) {
            views.getChildren().add(view(v, s, colour));
        }
        VBox tile = new VBox(3, head, views, size);
        tile.getStyleClass().add("gallery-tile");
        tile.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> workspace.goTo(s.position())
                .thenRun(() -> workspace.selection().select(o.id())));
        return tile;
    }

    /** One view of a shot: the box outline and its points, scaled so box and margin fill the square. */
    private static Canvas view(BoxView v, Shot s, Color colour) {
        Canvas c = new Canvas(VIEW, VIEW);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.rgb(16, 20, 26));
        g.fillRect(0, 0, VIEW, VIEW);
        var b = s.object().box();
        double su = v.sizeU(b.length(), b.width(), b.height()), sv = v.sizeV(b.length(), b.width(), b.height());
        double scale = (VIEW - 6) / (Math.max(su, sv) + 2 * TrackGallery.MARGIN);
        double cx = VIEW / 2, cy = VIEW / 2;
        if (s.points().isPresent()) {
            BoxPoints p = s.points().get();
            float[] x = p.x(), y = p.y(), z = p.z();
            boolean[] in = p.inside();
            for (int i = 0; i < p.count(); i++) {
                g.setFill(in[i] ? colour : Color.rgb(120, 125, 135));
                double u = v.u(x[i], y[i], z[i]), w = v.v(x[i], y[i], z[i]);
                g.fillRect(cx + u * scale - 0.75, cy - w * scale - 0.75, 1.5, 1.5);
            }
        } else {
            g.setFill(Color.rgb(120, 125, 135));
            g.fillText("no cloud", 6, 14);
        }
        g.setStroke(colour);
        g.setLineWidth(1.5);
        g.strokeRect(cx - su / 2 * scale, cy - sv / 2 * scale, su * scale, sv * scale);
        g.setFill(Color.rgb(200, 205, 215));
        g.fillText(v.title(), 4, VIEW - 4);
        return c;
    }
}
