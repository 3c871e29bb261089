package dev.fuselage.app.ui.workspace.review;

import dev.fuselage.app.ui.workspace.review.ReviewModel.Mode;
import dev.fuselage.app.ui.workspace.view.KeyGuard;
import dev.fuselage.project.qa.Finding;
import dev.fuselage.project.review.ReviewOverview.Marker;
import dev.fuselage.project.store.PinnedComment;
import dev.fuselage.project.store.PinnedComment.Pin;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The review panel beside the object list. In both modes it shows the verdict on the selection (or the frame) with
 * its reason, the current frame's comments (the annotator reads and resolves them) and findings, the jumps to the
 * next rejected frame, finding and open comment, and a filter that dims the other frames in the status row; review
 * mode adds Accept and Reject (with a reason) for the selected object, or the frame when nothing is selected. A
 * comment goes on the selected object, or on the frame, optionally pinned to the 3D point the view is centred on.
 */
public final class ReviewPane extends VBox {
    private static final String ALL_FRAMES = "all frames";
    /** The timeline filter's choices. */
    private static final java.util.Map<String, Marker> FILTERS = new java.util.LinkedHashMap<>();

    static {
        FILTERS.put(ALL_FRAMES, null);
        FILTERS.put("rejected frames", Marker.REJECTED);
        FILTERS.put("frames with findings", Marker.FINDING);
        FILTERS.put("frames with open comments", Marker.OPEN_COMMENT);
    }

    private final ReviewModel model;
    private final TextField reason = new TextField();
    private final TextField commentText = new TextField();
    private final ListView<PinnedComment> comments = new ListView<>();
    private final ListView<Finding> findings = new ListView<>();

    /**
     * @param model     the review state
     * @param viewCentre the 3D point the view is centred on, for pinning
     */
    public ReviewPane(ReviewModel model, Supplier<Pin> viewCentre) {
        super(6);
        this.model = model;
        getStyleClass().add("review-pane");
        setPadding(new Insets(6));
        BooleanBinding reviewing = model.modeProperty().isEqualTo(Mode.REVIEW);

        Label title = new Label("Review");
        title.getStyleClass().add("pane-title");
        ToggleButton mode = new ToggleButton();
        mode.getStyleClass().add("review-mode");
        mode.textProperty().bind(Bindings.when(reviewing).then("Reviewing").otherwise("Annotating"));
        mode.setSelected(reviewing.get());
        mode.selectedProperty().addListener((o, a, on) -> model.modeProperty().set(on ? Mode.REVIEW : Mode.ANNOTATE));
        model.modeProperty().addListener((o, a, m) -> mode.setSelected(m == Mode.REVIEW));
        mode.setFocusTraversable(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, title, gap, mode);

        Label verdict = new Label();
        verdict.getStyleClass().add("review-verdict");
        verdict.textProperty().bind(model.verdictProperty());
        verdict.setWrapText(true);
        reason.setPromptText("Reason for rejecting");
        reason.getStyleClass().add("review-reason");
        KeyGuard.keepPlainKeys(reason);
        Button accept = button("Accept", "review-accept", model::accept);
        Button reject = button("Reject", "review-reject", this::reject);
        HBox verdictRow = new HBox(4, accept, reject);
        Label next = new Label("Next:");
        next.setMinWidth(Region.USE_PREF_SIZE);
        HBox jumps = new HBox(4, next, button("rejected", "next-rejected", () -> model.next(Marker.REJECTED)),
                button("finding", "next-finding", () -> model.next(Marker.FINDING)),
                button("comment", "next-comment", () -> model.next(Marker.OPEN_COMMENT)));
        jumps.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ComboBox<String> show = new ComboBox<>();
        show.getStyleClass().add("review-filter");
        show.getItems().addAll(FILTERS.keySet());
        show.setValue(ALL_FRAMES);
        show.setFocusTraversable(false);
        show.valueProperty().addListener((o, a, b) -> model.filterProperty().set(FILTERS.get(b)));
        Label showLabel = new Label("Show:");
        showLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox filterRow = new HBox(4, showLabel, show);
        filterRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox reviewOnly = new VBox(6, reason, verdictRow);
        reviewOnly.visibleProperty().bind(reviewing);
        reviewOnly.managedProperty().bind(reviewing);

        commentText.setPromptText("Comment on the selection or frame");
        commentText.getStyleClass().add("comment-text");
        KeyGuard.keepPlainKeys(commentText);
        CheckBox pin = new CheckBox("Pin at view centre");
        pin.setFocusTraversable(false);
        Button add = button("Comment", "add-comment", () -> {
            model.comment(commentText.getText(), pin.isSelected() ? Optional.of(viewCentre.get()) : Optional.empty());
            commentText.clear();
        });
        HBox commentRow = new HBox(8, add, pin);
        commentRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        comments.getStyleClass().add("review-comments");
        comments.setItems(model.frameComments());
        comments.setCellFactory(v -> new CommentCell());
        comments.setPrefHeight(110);
        findings.getStyleClass().add("review-findings");
        findings.setItems(model.frameFindings());
        findings.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.severity().jsonName() + " \u2022 " + f.kind().jsonName() + ": "
                        + f.message());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        findings.setPrefHeight(90);
        Label qa = new Label();
        qa.textProperty().bind(model.qaStateProperty());
        Button check = button("Run checks", "run-checks", model::runChecks);
        HBox qaRow = new HBox(6, check, qa);
        Label compared = new Label();
        compared.getStyleClass().add("review-comparison");
        compared.setWrapText(true);
        compared.textProperty().bind(model.comparisonProperty());
        getChildren().addAll(head, verdict, reviewOnly, commentText, commentRow, comments, jumps, filterRow,
                new Label("Findings in this frame"), findings, qaRow, compared);
    }

    /** Rejects the selection (or the frame) with the reason typed, and clears the field. */
    public void reject() {
        model.reject(reason.getText());
        reason.clear();
    }

    /** The comment list (tests read it). */
    public ListView<PinnedComment> comments() {
        return comments;
    }

    /** A comment with its state and a button to resolve or reopen it. */
    private final class CommentCell extends ListCell<PinnedComment> {
        @Override
        protected void updateItem(PinnedComment c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String where = model.objectOf(c).map(o -> " on " + o.className() + " " + o.trackId())
                    .orElse(c.pin().map(p -> String.format(Locale.ROOT, " at %.1f, %.1f, %.1f", p.x(), p.y(), p.z()))
                            .orElse(""));
            Label text = new Label((c.comment().resolved() ? "\u2713 " : "\u25cf ") + c.comment().author() + where
                    + ": " + c.comment().text());
            text.setWrapText(true);
            text.getStyleClass().add(c.comment().resolved() ? "comment-resolved" : "comment-open");
            boolean resolved = c.comment().resolved();
            Button toggle = button(resolved ? "Reopen" : "Resolve", "comment-resolve",
                    () -> model.resolve(c, !resolved));
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            setText(null);
            setGraphic(new HBox(4, text, toggle));
            setPrefWidth(0);
        }
    }

    private static Button button(String text, String styleClass, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add(styleClass);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
