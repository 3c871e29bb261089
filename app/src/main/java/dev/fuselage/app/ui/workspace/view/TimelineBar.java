package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.workspace.model.PlaybackModel;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The frame timeline: previous / play-pause / next, the frame rate, "next unlabeled", and a strip with one marker
 * per frame (its height the frame's object count, grey when empty) to click or drag through the frames.
 */
public final class TimelineBar extends HBox {
    private final WorkspaceModel model;
    private final Canvas strip = new Canvas(400, 26);
    private final PlaybackModel playback;
    private final AnimationTimer player;
    private final Button play = button("\u25b6", "Play / Pause (Space)");
    private final Spinner<Integer> fps = new Spinner<>(PlaybackModel.MIN_FPS, PlaybackModel.MAX_FPS, 5);

    public TimelineBar(WorkspaceModel model) {
        super(6);
        this.model = model;
        this.playback = new PlaybackModel(model);
        player = new AnimationTimer() {
            @Override
            public void handle(long now) {
                playback.tick(now);
            }
        };
        getStyleClass().add("timeline");
        setStyle("-fx-padding: 4 8 4 8; -fx-alignment: center-left;");
        // ◀◀ / ▶▶ step, ▶ plays: the step buttons mirror each other, so ◀ is never mistaken for a reverse play
        Button prev = button("\u25c0\u25c0", "Previous Frame (Left)");
        prev.setOnAction(e -> model.previous());
        Button next = button("\u25b6\u25b6", "Next Frame (Right)");
        next.setOnAction(e -> model.next());
        play.setOnAction(e -> togglePlay());
        Button unlabeled = button("Next unlabeled", "Next Unlabeled Frame (U)");
        unlabeled.setOnAction(e -> model.nextUnlabeled());
        fps.setPrefWidth(70);
        fps.setFocusTraversable(false);
        Label frame = new Label();
        frame.textProperty().bind(model.frame().frameIdProperty().concat("  ")
                .concat(model.frame().frameIndexProperty().add(1).asString()).concat(" / ")
                .concat(javafx.beans.binding.Bindings.size(model.frames()).asString()));
        frame.setMinWidth(Region.USE_PREF_SIZE);
        StackPane stripBox = new StackPane(strip);
        stripBox.setMinWidth(100);
        HBox.setHgrow(stripBox, Priority.ALWAYS);
        strip.widthProperty().bind(stripBox.widthProperty());
        strip.widthProperty().addListener((o, a, b) -> drawStrip());
        model.objectCounts().addListener((ListChangeListener<Integer>) c -> drawStrip());
        model.frame().frameIndexProperty().addListener((o, a, b) -> drawStrip());
        strip.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> scrubTo(e.getX()));
        strip.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> scrubTo(e.getX()));
        Label fpsLabel = new Label("fps");
        fpsLabel.setMinWidth(Region.USE_PREF_SIZE);
        unlabeled.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(prev, play, next, fpsLabel, fps, unlabeled, stripBox, frame);
        playback.fpsProperty().set(fps.getValue());
        fps.valueProperty().addListener((o, a, b) -> playback.fpsProperty().set(b));
    }

    /** The playback this bar drives. */
    public PlaybackModel playback() {
        return playback;
    }

    /** Starts or stops playback at the set rate; a step waits for the previous frame to show. */
    public void togglePlay() {
        boolean on = !playback.playingProperty().get();
        playback.setPlaying(on);
        if (on) {
            player.start();
            play.setText("\u2759\u2759");
        } else {
            player.stop();
            play.setText("\u25b6");
        }
    }

    private void scrubTo(double x) {
        int n = model.frames().size();
        if (n == 0) {
            return;
        }
        int i = (int) Math.max(0, Math.min(n - 1, Math.floor(x / strip.getWidth() * n)));
        if (i != model.frame().frameIndexProperty().get()) {
            model.goTo(i);
        }
    }

    private void drawStrip() {
        GraphicsContext g = strip.getGraphicsContext2D();
        double w = strip.getWidth(), h = strip.getHeight();
        g.setFill(Color.rgb(28, 32, 40));
        g.fillRect(0, 0, w, h);
        int n = model.frames().size();
        if (n == 0) {
            return;
        }
        int max = Math.max(1, model.objectCounts().stream().mapToInt(Integer::intValue).max().orElse(1));
        double cw = w / n;
        int cur = model.frame().frameIndexProperty().get();
        for (int i = 0; i < n; i++) {
            int count = model.objectCounts().get(i);
            double bh = count == 0 ? 3 : 4 + (h - 8) * count / max;
            g.setFill(i == cur ? Color.rgb(255, 210, 80) : count == 0 ? Color.rgb(110, 115, 125)
                    : Color.rgb(90, 176, 255));
            g.fillRect(i * cw + Math.min(1, cw * 0.1), h - bh, Math.max(1, cw - 2), bh);
        }
    }

    private static Button button(String text, String tip) {
        Button b = new Button(text);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        return b;
    }
}
