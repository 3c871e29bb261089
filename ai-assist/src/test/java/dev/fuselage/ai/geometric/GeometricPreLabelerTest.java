package dev.fuselage.ai.geometric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.ai.KittiScene;
import dev.fuselage.ai.PreLabel;
import dev.fuselage.ai.PreLabelInput;
import dev.fuselage.ai.Scorecard;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.ontology.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 2 of issue 12 (geometric half): clusters of the shared KITTI scans as pre-labels, recall of labeled
 * Car/Van/Truck within 40 m by centre within 1.5 m. KITTI labels only what camera 2 sees, so precision counts the
 * pre-labels whose centre projects into that image.
 */
class GeometricPreLabelerTest {
    private static final List<String> CLASSES = List.of("Car", "Van", "Truck", "Pedestrian", "Cyclist");

    @Test
    void findsLabeledVehiclesWithoutAModel() throws Exception {
        GeometricPreLabeler prelabeler = new GeometricPreLabeler(Presets.kitti(), CLASSES);
        Scorecard all = new Scorecard(), inView = new Scorecard();
        for (String id : KittiScene.LABELED) {
            KittiScene scene = KittiScene.load(id);
            List<PreLabel> pre = prelabeler.prelabel(PreLabelInput.scanOnly(scene.cloud()));
            CameraModel cam = scene.camera2().camera();
            List<PreLabel> seen = pre.stream().filter(p -> inImage(cam, p)).toList();
            seen.forEach(p -> System.out.println("geometric " + id + ": " + p));
            all.add(scene, pre, false);
            inView.add(scene, seen, false);
        }
        System.out.println("geometric pre-labels, KITTI training 000000-000003, Car/Van/Truck within 40 m, centre "
                + "within 1.5 m: in camera 2's view " + inView + "; whole scan " + all);
        assertTrue(inView.labels() >= 2);
        assertTrue(all.recall() >= 0.7, "goal recall 0.7: " + all);
    }

    @Test
    void preLabelsAreUnconfirmedAndMarked() throws Exception {
        KittiScene scene = KittiScene.load("000003");
        PreLabel p = new GeometricPreLabeler(Presets.kitti(), CLASSES)
                .prelabel(PreLabelInput.scanOnly(scene.cloud())).get(0);
        var a = p.toAnnotation("000003", TrackId.of(1));
        assertTrue(a.source() == Source.PRE_LABEL && !a.confirmed() && a.box().equals(p.box()));
    }

    private static boolean inImage(CameraModel cam, PreLabel p) {
        double[] c = cam.lidarToCamera().transform(p.box().cx(), p.box().cy(), p.box().cz(), new double[3]);
        double[] px = new double[2];
        return cam.projectCamera(c[0], c[1], c[2], px) && cam.inImage(px[0], px[1]);
    }
}
