package dev.fuselage.ai.lift;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.ai.KittiScene;
import dev.fuselage.ai.PreLabel;
import dev.fuselage.ai.PreLabelInput;
import dev.fuselage.ai.Scorecard;
import dev.fuselage.ai.detect.RgbImage;
import dev.fuselage.ai.detect.YoloxDetector;
import dev.fuselage.ai.model.ModelRuntime;
import dev.fuselage.ontology.Presets;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acceptance 2 of issue 12 (lifting half): YOLOX-Nano detections lifted to cuboids on the shared KITTI frames. */
class LiftingTest {
    @Test
    void liftsLabeledVehiclesWithin40m() throws Exception {
        Path onnx = TestData.file("models/yolox_nano_coco.onnx");
        Scorecard card = new Scorecard();
        try (ModelRuntime runtime = new ModelRuntime(2)) {
            YoloxDetector detector = new YoloxDetector(runtime.model(onnx, runtime.inferDescriptor(onnx)));
            DetectionPreLabeler prelabeler = new DetectionPreLabeler(detector, Presets.kitti());
            for (String id : KittiScene.LABELED) {
                KittiScene scene = KittiScene.load(id);
                List<PreLabel> pre = prelabeler.prelabel(new PreLabelInput(scene.cloud(),
                        List.of(new PreLabelInput.CameraView(scene.camera2().camera(), RgbImage.read(scene.image())))));
                pre.forEach(p -> System.out.println("lifted " + id + ": " + p));
                card.add(scene, pre, true);
            }
        }
        System.out.println("lifting (YOLOX-Nano + lidar), KITTI training 000000-000003, Car/Van/Truck within 40 m, "
                + "BEV IoU >= 0.5: " + card);
        assertTrue(card.labels() >= 2, "the shared frames label vehicles within 40 m");
        assertTrue(card.recall() >= 0.6, "recall " + card);
    }
}
