package dev.fuselage.app.ui.workspace.review;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.app.ui.workspace.view.WorkspaceAction;
import dev.fuselage.project.compare.LabelSet;
import dev.fuselage.project.review.ReviewOverview.Marker;
import dev.fuselage.project.store.PinnedComment.Pin;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.joml.Vector3d;

/**
 * Puts the reviewer mode into a workspace window: the {@link ReviewPane} beside the object list, the
 * {@link ReviewStrip} under the timeline, the gallery and dashboard windows, and the handlers of the Review menu's
 * {@link WorkspaceAction}s. The workspace window only places the two nodes and registers the handlers.
 */
public final class ReviewWorkspace {
    private final Stage owner;
    private final ReviewModel model;
    private final ReviewPane pane;
    private final ReviewStrip strip;
    private final Executor background;
    private TrackGalleryView gallery;
    private ReviewDashboard dashboard;
    private boolean checked;
    private java.util.function.Function<Stage, java.util.Optional<java.nio.file.Path>> referenceChooser =
            ReviewWorkspace::askForReference;

    public ReviewWorkspace(Stage owner, WorkspaceModel workspace, Viewport3D viewport) {
        this.owner = owner;
        this.background = workspace.background();
        this.model = new ReviewModel(workspace, background);
        this.pane = new ReviewPane(model, () -> {
            Vector3d t = viewport.camera().target();
            return new Pin(t.x, t.y, t.z);
        });
        this.strip = new ReviewStrip(model);
        // the checks read every frame's data, so they wait until someone reviews (or asks for them)
        model.modeProperty().addListener((o, a, m) -> {
            if (m == ReviewModel.Mode.REVIEW && !checked) {
                checked = true;
                model.runChecks();
            }
        });
    }

    public ReviewModel model() {
        return model;
    }

    /** The panel for beside the object list. */
    public ReviewPane pane() {
        return pane;
    }

    /** The panel in a scroll pane, for a column that may be too short for all of it. */
    public javafx.scene.control.ScrollPane scrollPane() {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** The row for under the timeline. */
    public ReviewStrip strip() {
        return strip;
    }

    /** Registers the handlers of the review actions. */
    public void bind(Map<WorkspaceAction, Runnable> handlers) {
        handlers.put(WorkspaceAction.REVIEW_MODE, model::toggleMode);
        handlers.put(WorkspaceAction.ACCEPT, () -> {
            if (model.modeProperty().get() == ReviewModel.Mode.REVIEW) {
                model.accept();
            }
        });
        handlers.put(WorkspaceAction.REJECT, () -> {
            if (model.modeProperty().get() == ReviewModel.Mode.REVIEW) {
                pane.reject();
            }
        });
        handlers.put(WorkspaceAction.NEXT_REJECTED, () -> model.next(Marker.REJECTED));
        handlers.put(WorkspaceAction.NEXT_FINDING, () -> model.next(Marker.FINDING));
        handlers.put(WorkspaceAction.NEXT_COMMENT, () -> model.next(Marker.OPEN_COMMENT));
        handlers.put(WorkspaceAction.RUN_CHECKS, () -> {
            checked = true;
            model.runChecks();
        });
        handlers.put(WorkspaceAction.GALLERY, this::showGallery);
        handlers.put(WorkspaceAction.COMPARE, this::chooseReference);
        handlers.put(WorkspaceAction.DASHBOARD, this::showDashboard);
    }

    /**
     * Asks for a project or KITTI label folder and, read in the background, makes it the reference drawn over the
     * frames (see {@link ReviewModel#referenceProperty()}).
     */
    public void chooseReference() {
        java.util.Optional<java.nio.file.Path> chosen = referenceChooser.apply(owner);
        if (chosen.isEmpty()) {
            return;
        }
        java.nio.file.Path folder = chosen.get();
        javafx.concurrent.Task<LabelSet> task = new javafx.concurrent.Task<>() {
            @Override
            protected LabelSet call() throws Exception {
                return readReference(folder);
            }
        };
        task.setOnSucceeded(e -> model.referenceProperty().set(task.getValue()));
        task.setOnFailed(e -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                task.getException().getMessage()).show());
        background.execute(task);
    }

    /** Replaces the folder chooser of {@link #chooseReference} (tests: a native dialog cannot be driven). */
    public void setReferenceChooser(java.util.function.Function<Stage, java.util.Optional<java.nio.file.Path>> chooser) {
        this.referenceChooser = java.util.Objects.requireNonNull(chooser, "chooser");
    }

    private static java.util.Optional<java.nio.file.Path> askForReference(Stage owner) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Compare with a Fuselage project or a KITTI folder (label_2 + calib)");
        return java.util.Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    /** A project's labels when the folder is a project, else the KITTI labels in it. */
    static LabelSet readReference(java.nio.file.Path folder) throws java.io.IOException {
        if (java.nio.file.Files.isRegularFile(folder.resolve(dev.fuselage.project.store.ProjectStore.DESCRIPTOR_FILE))) {
            try (var p = dev.fuselage.project.store.ProjectStore.open(folder)) {
                return LabelSet.of(p);
            }
        }
        return LabelSet.ofKittiFolder(folder);
    }

    /** The gallery, once it was opened. */
    public java.util.Optional<TrackGalleryView> gallery() {
        return java.util.Optional.ofNullable(gallery);
    }

    /** Opens (or refreshes) the gallery of the selected box's track; does nothing without a selection. */
    public TrackGalleryView showGallery() {
        var selected = model.workspace().selection().selected();
        if (selected.isEmpty()) {
            return gallery;
        }
        if (gallery == null) {
            gallery = new TrackGalleryView(model.workspace());
            window("Track gallery", gallery, 1100, 420);
        }
        gallery.show(selected.get().trackId(), background);
        ((Stage) gallery.getScene().getWindow()).show();
        return gallery;
    }

    /** The dashboard, once it was opened. */
    public java.util.Optional<ReviewDashboard> dashboard() {
        return java.util.Optional.ofNullable(dashboard);
    }

    /** Opens the dashboard, which follows the review overview from then on. */
    public ReviewDashboard showDashboard() {
        if (dashboard == null) {
            dashboard = new ReviewDashboard();
            window("Review dashboard", dashboard, 1100, 760);
            model.overviewProperty().addListener((o, a, b) -> {
                if (b != null) {
                    dashboard.show(b);
                }
            });
        }
        if (model.overviewProperty().get() != null) {
            dashboard.show(model.overviewProperty().get());
        }
        ((Stage) dashboard.getScene().getWindow()).show();
        return dashboard;
    }

    private void window(String title, javafx.scene.Parent root, double w, double h) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Fuselage \u2014 " + title);
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().setAll(owner.getScene() == null ? java.util.List.of()
                : owner.getScene().getStylesheets());
        stage.setScene(scene);
    }
}
