package dev.fuselage.app.ui.workspace.camera;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.app.ui.workspace.model.SelectionModel;
import dev.fuselage.project.dataset.sustech.SustechLabels;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.Presets;
import dev.fuselage.render.scene.Colormaps;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows a SUSTechPOINTS frame in the camera panels with its labelled boxes, for the docs screenshot (the workspace
 * does not import SUSTech labels yet): {@code java ... SustechOverlayShot SCENE_DIR FRAME}. Uses the same
 * {@link CameraPanels} the workspace shows; classes the KITTI preset does not know get a stable hashed colour.
 */
public final class SustechOverlayShot {
    private SustechOverlayShot() {
    }

    /** The window (a nested class: the java launcher refuses a main class that is an Application). */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Path scene = Path.of(args.isEmpty() ? "/work/shared/data/sustech" : args.get(0));
        String frame = args.size() > 1 ? args.get(1) : "000965";
        Path lidar = scene.resolve("lidar");
        ProjectFrames source = ProjectFrames.ofFolder(lidar);
        PointCloud cloud = PointCloudIO.read(source.cloud(frame));
        ObservableList<ObjectAnnotation> objects = FXCollections.observableArrayList();
        for (SustechLabels.Label l : SustechLabels.read(SustechLabels.file(scene, frame))) {
            objects.add(ObjectAnnotation.manual(frame, TrackId.of(objects.size() + 1), l.type(), l.box()));
        }
        Ontology kitti = Presets.kitti();
        CameraOverlayModel model = new CameraOverlayModel(new SimpleStringProperty(frame),
                new SimpleObjectProperty<>(cloud), objects, new SelectionModel(),
                c -> kitti.find(c).isPresent() ? SceneLoader.classColor(kitti, c) : Colormaps.hashed(c.hashCode()),
                () -> source, Platform::runLater);
        CameraPanels panels = new CameraPanels(model);
        stage.setTitle("Fuselage \u2014 SUSTechPOINTS " + frame + " cameras");
        stage.setScene(new Scene(panels, 1280, 1010));
        stage.setOnHidden(e -> model.close());
        stage.show();
    }

    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }
}
