package dev.fuselage.app.ui.workspace.review;

import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.project.review.FrameStatus;
import dev.fuselage.project.review.ReviewOverview;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The review row under the timeline: each frame's status as a colour (unlabeled grey, pre-labeled violet, in
 * progress amber, done blue, accepted green, rejected red) and above it markers, an orange tick for QA findings and
 * a cyan one for open comments. Frames the review filter leaves out are dimmed. A click goes to the frame.
 */
public final class ReviewStrip extends StackPane {
    /** The colour of each status, as the legend of the tooltip names it. */
    public static final Map<FrameStatus, Color> COLOURS = new EnumMap<>(Map.of(
            FrameStatus.UNLABELED, Color.rgb(95, 100, 110),
            FrameStatus.PRE_LABELED, Color.rgb(160, 120, 230),
            FrameStatus.IN_PROGRESS, Color.rgb(240, 180, 60),
            FrameStatus.DONE, Color.rgb(80, 160, 240),
            FrameStatus.ACCEPTED, Color.rgb(70, 200, 110),
            FrameStatus.REJECTED, Color.rgb(235, 70, 70)));
    private static final Color FINDING = Color.rgb(255, 140, 40);
    private static final Color COMMENT = Color.rgb(60, 220, 230);

    private final WorkspaceModel workspace;
    private final ReviewModel review;
    private final Canvas canvas = new Canvas(400, 16);

    public ReviewStrip(ReviewModel review) {
        this.review = review;
        this.workspace = review.workspace();
        getStyleClass().add("review-strip");
        getChildren().add(canvas);
        setMinHeight(16);
        setPrefHeight(16);
        canvas.widthProperty().bind(widthProperty());
        canvas.widthProperty().addListener((o, a, b) -> draw());
        review.overviewProperty().addListener((o, a, b) -> draw());
        review.filterProperty().addListener((o, a, b) -> draw());
        workspace.frame().frameIndexProperty().addListener((o, a, b) -> draw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            int n = workspace.frames().size();
            if (n > 0) {
                workspace.goTo((int) Math.max(0, Math.min(n - 1, Math.floor(e.getX() / canvas.getWidth() * n))));
            }
        });
        Tooltip.install(this, new Tooltip("Frame status: grey unlabeled, violet pre-labeled, amber in progress,"
                + " blue done, green accepted, red rejected; orange tick = QA finding, cyan tick = open comment"));
    }

    /** Whether the frame at {@code position} is dimmed by the filter. */
    public boolean dimmed(int position) {
        ReviewOverview o = review.overviewProperty().get();
        var marker = review.filterProperty().get();
        return marker != null && o != null && position < o.frameIds().size() && !o.has(marker, position);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.rgb(20, 24, 30));
        g.fillRect(0, 0, w, h);
        ReviewOverview o = review.overviewProperty().get();
        int n = o == null ? 0 : o.frameIds().size();
        if (n == 0 || n != workspace.frames().size()) {
            return;
        }
        double cw = w / n;
        int cur = workspace.frame().frameIndexProperty().get();
        for (int i = 0; i < n; i++) {
            double x = i * cw;
            g.setGlobalAlpha(dimmed(i) ? 0.2 : 1);
            g.setFill(COLOURS.get(o.status(i)));
            g.fillRect(x + Math.min(1, cw * 0.1), 7, Math.max(1, cw - 2), h - 7);
            double tick = Math.max(2, Math.min(6, cw / 2 - 1));
            if (o.findings(i) > 0) {
                g.setFill(FINDING);
                g.fillRect(x + cw / 2 - tick, 0, tick, 6);
            }
            if (o.openComments(i) > 0) {
                g.setFill(COMMENT);
                g.fillRect(x + cw / 2, 0, tick, 6);
            }
            g.setGlobalAlpha(1);
            if (i == cur) {
                g.setStroke(Color.rgb(255, 210, 80));
                g.setLineWidth(2);
                g.strokeRect(x + 1, 1, Math.max(2, cw - 2), h - 2);
            }
        }
    }
}
