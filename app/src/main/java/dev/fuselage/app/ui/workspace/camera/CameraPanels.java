package dev.fuselage.app.ui.workspace.camera;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The camera strip: a bar with the points toggle ({@value #TOGGLE_KEY}) and a {@link CameraPanel} per camera of
 * the shown frame, stacked when there are one or two cameras, in tabs when there are more. Panels are kept while
 * the frame's cameras keep their names (stepping through a sequence only swaps their images).
 */
public final class CameraPanels extends BorderPane {
    /** The key that shows or hides the lidar points. */
    public static final String TOGGLE_KEY = "P";
    /** At most this many cameras are stacked; more go into tabs. */
    public static final int MAX_STACKED = 2;

    private final CameraOverlayModel model;
    private final List<CameraPanel> panels = new ArrayList<>();
    private final StackPane content = new StackPane();
    private final Label message = new Label();

    public CameraPanels(CameraOverlayModel model) {
        this.model = model;
        getStyleClass().add("camera-panels");
        CheckBox points = new CheckBox("Lidar points (" + TOGGLE_KEY + ")");
        points.selectedProperty().bindBidirectional(model.showPointsProperty());
        points.setFocusTraversable(false);
        message.textProperty().bind(model.messageProperty());
        message.setStyle("-fx-opacity: 0.75;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label title = new Label("Cameras");
        title.setStyle("-fx-font-weight: bold;");
        HBox bar = new HBox(12, title, message, gap, points);
        bar.setPadding(new Insets(2, 6, 2, 6));
        setTop(bar);
        setCenter(content);
        model.views().addListener((ListChangeListener<CameraView>) c -> update());
        update();
    }

    /** Shows or hides the lidar points in every camera image (the window binds it to its View menu and key). */
    public void togglePoints() {
        model.showPointsProperty().set(!model.showPointsProperty().get());
    }

    public CameraOverlayModel model() {
        return model;
    }

    /** The panels shown now, in camera order. */
    public List<CameraPanel> panels() {
        return List.copyOf(panels);
    }

    /**
     * The 3D view above this strip in a vertical split, the strip taking {@code fraction} of the height and keeping
     * its height when the window grows. The strip is there only while the frame has cameras (or a camera error to
     * show), so frames without images leave the whole height to the 3D view.
     */
    public SplitPane below(Node view3d, double fraction) {
        SplitPane split = new SplitPane(view3d);
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(this, false);
        Runnable place = () -> {
            boolean wanted = !model.views().isEmpty() || !model.messageProperty().get().isEmpty();
            if (wanted && !split.getItems().contains(this)) {
                split.getItems().add(this);
                split.setDividerPositions(1 - fraction);
            } else if (!wanted) {
                split.getItems().remove(this);
            }
        };
        model.views().addListener((ListChangeListener<CameraView>) c -> place.run());
        model.messageProperty().addListener((o, a, b) -> place.run());
        place.run();
        return split;
    }

    private void update() {
        List<CameraView> views = model.views();
        boolean sameCameras = views.size() == panels.size();
        for (int i = 0; sameCameras && i < views.size(); i++) {
            sameCameras = views.get(i).name().equals(panels.get(i).view().name());
        }
        if (sameCameras) {
            for (int i = 0; i < views.size(); i++) {
                panels.get(i).setView(views.get(i));
            }
            return;
        }
        panels.clear();
        views.forEach(v -> panels.add(new CameraPanel(model, v)));
        if (panels.size() <= MAX_STACKED) {
            VBox stack = new VBox(4);
            panels.forEach(p -> VBox.setVgrow(p, Priority.ALWAYS));
            stack.getChildren().setAll(panels);
            content.getChildren().setAll(stack);
        } else {
            TabPane tabs = new TabPane();
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            for (CameraPanel p : panels) {
                tabs.getTabs().add(new Tab(p.view().name(), p));
            }
            content.getChildren().setAll(tabs);
        }
    }
}
